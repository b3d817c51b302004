import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServices } from '../../../electron/services/create-services';
import { contentSecurityPolicy } from '../../../electron/main/csp';
import type { Emit } from '../../../electron/core/api/emit';
import { CHROMIUM_ARGS, chromiumPath } from '../../support/chromium';
import { emitToPage, installBridge } from '../../support/bridge';
import { serveRenderer } from '../../support/serve';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const SAMPLE = join(ROOT, 'resources/sample-library');
const RESULTS = join(ROOT, 'test-results');

export interface AppHandle {
  page: Page;
  services: ReturnType<typeof createServices>;
  /** The temp copy of the sample library the app works on. */
  folder: string;
  linksOpened: string[];
  consoleErrors: string[];
  /** Quit and start again on the same folder: services re-read everything from disk. */
  restart(): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Start the real renderer in Debian's Chromium over real services on a temp copy of the
 * sample library (so tests never touch the repo's files), and open that workspace.
 */
export async function launchApp(opts: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<AppHandle> {
  // The app's data folder; the workspace is its copy of the sample, so the app shows it as the sample.
  const dataFolder = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const folder = join(dataFolder, 'sample-library');
  cpSync(SAMPLE, folder, { recursive: true });
  let page: Page | null = null;
  const emit: Emit = (event, payload) => {
    if (page) void emitToPage(page, event, payload);
  };
  const linksOpened: string[] = [];
  const make = () =>
    createServices({
      sampleFolder: SAMPLE,
      dataFolder,
      emit,
      app: () => ({
        chooseFolder: async () => null,
        openLink: async (url) => {
          linksOpened.push(url);
          return true;
        },
      }),
    });
  let services = make();
  await services.workspace.open(folder);
  // The bridge calls whichever services are current, so a restart swaps them underneath.
  const live = new Proxy({} as ReturnType<typeof createServices>, { get: (_t, key) => services[key as keyof typeof services] });

  const server = await serveRenderer(join(ROOT, 'out/renderer'), contentSecurityPolicy());
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1360, height: opts.height ?? 820 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await installBridge(page, live);
  await page.goto(server.url);

  const shutdown = () => services.stop().catch(() => undefined);
  return {
    page,
    get services() {
      return services;
    },
    folder,
    linksOpened,
    consoleErrors,
    async screenshot(name) {
      mkdirSync(RESULTS, { recursive: true });
      const path = join(RESULTS, `${name.replace(/[^\w.-]+/g, '-')}.png`);
      await page!.screenshot({ path, fullPage: false });
      return path;
    },
    async restart() {
      await shutdown();
      services = make();
      await services.workspace.open(folder);
      await page!.reload();
    },
    async close() {
      await shutdown();
      await browser.close().catch(() => undefined);
      await server.close();
      rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}
