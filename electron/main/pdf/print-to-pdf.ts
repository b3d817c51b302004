import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintSetup } from '../../core/briefs/print-setup';

const MM_PER_INCH = 25.4;
/** A session of its own, so the print window shares no cookies, cache or permissions with the app. */
const PARTITION = 'dossier-print';

/** The temp files being printed right now: the only URLs the print session will load. */
const allowed = new Set<string>();
let configured: Electron.Session | null = null;

function printSession(): Electron.Session {
  if (configured) return configured;
  const ses = session.fromPartition(PARTITION);
  ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !allowed.has(details.url) }));
  configured = ses;
  return ses;
}

/**
 * Print a brief's HTML with Chromium's own PDF engine, in a hidden window that is
 * sandboxed, has JavaScript off and may load nothing but the one temp file it is given.
 * The HTML goes through a temp file rather than a data URL, which has size limits an
 * appendix of full stories can exceed.
 */
export async function printHtmlToPdf(html: string, setup: PrintSetup): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-print-'));
  const file = join(dir, 'brief.html');
  await writeFile(file, html, 'utf8');
  const url = pathToFileURL(file).href;
  const ses = printSession();
  allowed.add(url);
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: ses,
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  try {
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await win.loadURL(url);
    const m = setup.marginsMm;
    const pdf = await win.webContents.printToPDF({
      pageSize: setup.paper,
      // printToPDF takes margins in inches (the shared Margins type's comment says pixels; that is webContents.print's).
      margins: { top: m.top / MM_PER_INCH, right: m.right / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH },
      displayHeaderFooter: true,
      headerTemplate: setup.headerTemplate,
      footerTemplate: setup.footerTemplate,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    allowed.delete(url);
    win.destroy();
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
