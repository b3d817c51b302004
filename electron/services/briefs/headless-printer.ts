import type { Browser } from 'playwright-core';
import { DossierError } from '../../core/errors';
import type { PrintSetup } from '../../core/briefs/print-setup';

/** Flags for headless Chromium on a machine without network, GPU or a user profile (the e2e tests use them too). */
export const HEADLESS_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--mute-audio',
];

/** How long a printer keeps Chromium after its last print: an analyst exporting several briefs pays the start once. */
const DEFAULT_IDLE_MS = 60_000;

/**
 * Prints HTML to PDF in a headless Chromium that stays up for an export session. Starting
 * Chromium is most of a one-off print's time (about 1 s of 1.5 on the bench machine), so
 * the browser is started on the first print and closed after `idleMs` without one, or by
 * `close()`. Every print gets its own context with JavaScript off and no network, so
 * nothing of one brief can reach the next, and the document prints exactly what its
 * markup and CSS say. A browser that crashed or was killed is started again next time.
 */
export class HeadlessPrinter {
  private browser: Promise<Browser> | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;
  private busy = 0;

  constructor(
    private readonly executablePath: () => string,
    private readonly idleMs = DEFAULT_IDLE_MS,
  ) {}

  async print(html: string, setup: PrintSetup): Promise<Uint8Array> {
    this.busy++;
    this.clearIdle();
    try {
      const browser = await this.start();
      // No request interception (it costs a round trip per resource and slows the page down):
      // the document's own CSP is default-src 'none' and the context is offline.
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const m = setup.marginsMm;
        const pdf = await page.pdf({
          format: setup.paper,
          margin: { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` },
          displayHeaderFooter: true,
          headerTemplate: setup.headerTemplate,
          footerTemplate: setup.footerTemplate,
          printBackground: true,
          tagged: true,
          outline: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close().catch(() => undefined);
      }
    } catch (err) {
      if (err instanceof DossierError) throw err;
      throw new DossierError('pdf-failed', `Chromium could not print the brief: ${firstLine(err)}`);
    } finally {
      if (--this.busy === 0) this.armIdle();
    }
  }

  /** Close the browser now (at quit, or when a one-shot tool is done); a later print starts it again. */
  async close(): Promise<void> {
    this.clearIdle();
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
  }

  private start(): Promise<Browser> {
    if (this.browser) return this.browser;
    const executablePath = this.executablePath();
    // playwright-core is loaded on the first print, not with the services: its code is about
    // 20 MB of every process's memory, and most sessions never print.
    const starting = import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath, args: HEADLESS_CHROMIUM_ARGS, headless: true }))
      .then(
        (browser) => {
          browser.on('disconnected', () => {
            if (this.browser === starting) this.browser = null;
          });
          return browser;
        },
        (err: unknown) => {
          if (this.browser === starting) this.browser = null;
          throw new DossierError('pdf-failed', `Chromium at ${executablePath} could not be started: ${firstLine(err)}`);
        },
      );
    this.browser = starting;
    return starting;
  }

  private armIdle(): void {
    if (!this.browser) return;
    if (this.idleMs <= 0) {
      void this.close();
      return;
    }
    this.idle = setTimeout(() => void this.close(), this.idleMs);
    // A warm browser must never be what keeps a finished CLI command or test alive.
    this.idle.unref();
  }

  private clearIdle(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
