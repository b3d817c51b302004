import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';
import { DossierError } from '../../core/errors';
import type { BriefExporter } from '../../core/ports/briefs-port';
import type { PrintSetup } from '../../core/briefs/print-setup';

/** Names a Chromium-family browser goes by on Linux, macOS (via PATH shims) and Windows. */
const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

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

/**
 * The Chromium that prints briefs outside the app: `CHROME_PATH` if set (and it must then
 * exist: a wrong setting is reported, not silently replaced), else the first candidate on
 * PATH. Throws a DossierError telling the user how to fix it when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CHROME_PATH?.trim();
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new DossierError(
      'no-chromium',
      `CHROME_PATH points at ${configured}, which is not an executable file. Fix CHROME_PATH or unset it to search the PATH.`,
    );
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of CANDIDATES)
    for (const dir of dirs)
      for (const ext of exts) {
        const p = join(dir, name + ext);
        if (isExecutable(p)) return p;
      }
  throw new DossierError(
    'no-chromium',
    'Printing a PDF needs Chromium or Google Chrome, and none was found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to the browser executable. HTML, Markdown and JSON exports work without it.',
  );
}

function isExecutable(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Print a brief's HTML to PDF bytes in a headless Chromium. JavaScript is off and the
 * context is offline, so the document prints exactly what its markup and CSS say.
 */
export async function printPdfHeadless(html: string, setup: PrintSetup, executablePath = findChromium()): Promise<Uint8Array> {
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: HEADLESS_CHROMIUM_ARGS, headless: true });
  } catch (err) {
    throw new DossierError('pdf-failed', `Chromium at ${executablePath} could not be started: ${firstLine(err)}`);
  }
  try {
    // No request interception (it costs a round trip per resource and slows the page down):
    // the document's own CSP is default-src 'none' and the context is offline.
    const page = await browser.newPage({ javaScriptEnabled: false, offline: true });
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
  } catch (err) {
    if (err instanceof DossierError) throw err;
    throw new DossierError('pdf-failed', `Chromium could not print the brief: ${firstLine(err)}`);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

/**
 * Exports outside the app (CLI, e2e): no dialogs. `saveTo` decides where an export goes
 * (the e2e harness passes a temp folder); without it an in-app style export is refused.
 */
export class HeadlessBriefExporter implements BriefExporter {
  constructor(private readonly saveTo: ((suggestedName: string) => string | null) | null = null) {}

  async chooseSavePath(suggestedName: string): Promise<string | null> {
    if (!this.saveTo)
      throw new DossierError('no-dialog', 'There is no window to ask where to save; use `dossier export-brief ... --out <file>`.');
    return this.saveTo(suggestedName);
  }

  printPdf(html: string, setup: PrintSetup): Promise<Uint8Array> {
    return printPdfHeadless(html, setup);
  }

  /** Nothing to open without a desktop; the path is returned to the caller. */
  async reveal(_path: string): Promise<void> {}
}
