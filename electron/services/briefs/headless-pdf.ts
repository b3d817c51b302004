import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DossierError } from '../../core/errors';
import type { BriefExporter } from '../../core/ports/briefs-port';
import type { PrintSetup } from '../../core/briefs/print-setup';
import { HeadlessPrinter } from './headless-printer';

/** Names a Chromium-family browser goes by on Linux, macOS (via PATH shims) and Windows. */
const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

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

/** Print one brief's HTML to PDF bytes in a headless Chromium started for it and closed after. */
export async function printPdfHeadless(html: string, setup: PrintSetup, executablePath = findChromium()): Promise<Uint8Array> {
  const printer = new HeadlessPrinter(() => executablePath, 0);
  try {
    return await printer.print(html, setup);
  } finally {
    await printer.close();
  }
}

/**
 * Exports outside the app (CLI, e2e): no dialogs. `saveTo` decides where an export goes
 * (the e2e harness passes a temp folder); without it an in-app style export is refused.
 */
export class HeadlessBriefExporter implements BriefExporter {
  /** One Chromium for the export session: the second brief does not wait for a browser to start. */
  private readonly printer = new HeadlessPrinter(() => findChromium());

  constructor(private readonly saveTo: ((suggestedName: string) => string | null) | null = null) {}

  async chooseSavePath(suggestedName: string): Promise<string | null> {
    if (!this.saveTo)
      throw new DossierError('no-dialog', 'There is no window to ask where to save; use `dossier export-brief ... --out <file>`.');
    return this.saveTo(suggestedName);
  }

  printPdf(html: string, setup: PrintSetup): Promise<Uint8Array> {
    return this.printer.print(html, setup);
  }

  close(): Promise<void> {
    return this.printer.close();
  }

  /** Nothing to open without a desktop; the path is returned to the caller. */
  async reveal(_path: string): Promise<void> {}
}
