import { beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSetup } from '../../electron/core/briefs/print-setup';

/**
 * The Electron binary cannot run here, so the in-app print path is checked against a mock
 * of the few Electron calls it makes: what kind of window prints, what it may load, the
 * options printToPDF gets, and that nothing is left behind.
 */
const state = vi.hoisted(() => ({
  windows: [] as {
    options: Record<string, unknown>;
    url: string | null;
    html: string | null;
    destroyed: boolean;
    printOptions: Record<string, unknown> | null;
  }[],
  beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  failPrint: false,
  saveDialog: { canceled: false, filePath: '/home/a/brief.pdf' } as { canceled: boolean; filePath?: string },
  opened: [] as string[],
}));

vi.mock('electron', () => {
  const session = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    webRequest: { onBeforeRequest: (h: typeof state.beforeRequest) => (state.beforeRequest = h) },
  };
  class BrowserWindow {
    private rec: (typeof state.windows)[number];
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.rec = { options, url: null, html: null, destroyed: false, printOptions: null };
      state.windows.push(this.rec);
      this.webContents = {
        on: () => undefined,
        setWindowOpenHandler: () => undefined,
        printToPDF: async (o: Record<string, unknown>) => {
          this.rec.printOptions = o;
          if (state.failPrint) throw new Error('printing failed');
          return Buffer.from('%PDF-1.7 fake');
        },
      };
    }
    async loadURL(url: string) {
      this.rec.url = url;
      this.rec.html = readFileSync(fileURLToPath(url), 'utf8');
    }
    destroy() {
      this.rec.destroyed = true;
    }
  }
  return {
    BrowserWindow,
    session: { fromPartition: () => session },
    dialog: { showSaveDialog: async () => state.saveDialog },
    shell: { openPath: async (p: string) => (state.opened.push(p), ''), showItemInFolder: () => undefined },
  };
});

const { printHtmlToPdf } = await import('../../electron/main/pdf/print-to-pdf');
const { ElectronBriefExporter } = await import('../../electron/main/pdf/electron-brief-exporter');

beforeEach(() => {
  state.windows = [];
  state.failPrint = false;
  state.opened = [];
});

describe('printing in the app (printToPDF in a hidden window)', () => {
  const setup = printSetup({ paper: 'Letter', title: 'T', handling: 'Internal' });

  it('prints from a hidden, sandboxed window with JavaScript off that may load only the brief', async () => {
    const pdf = await printHtmlToPdf('<!doctype html><p>Brief £ é Ж</p>', setup);
    expect(new TextDecoder().decode(pdf)).toContain('%PDF');
    const [w] = state.windows;
    expect(w.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false },
    });
    expect(w.html).toBe('<!doctype html><p>Brief £ é Ж</p>');
    const decide = (url: string) => new Promise<boolean>((r) => state.beforeRequest!({ url }, (x) => r(x.cancel)));
    expect(await decide('https://tracker.example/pixel.png')).toBe(true);
    expect(await decide('file:///etc/passwd')).toBe(true);
    expect(w.destroyed).toBe(true);
    // Once printed, even the brief's own file is no longer loadable, and it is gone from disk.
    expect(await decide(w.url!)).toBe(true);
    expect(existsSync(fileURLToPath(w.url!))).toBe(false);
  });

  it('passes paper, margins in inches, running header and page numbers to printToPDF', async () => {
    await printHtmlToPdf('<p>x</p>', setup);
    const o = state.windows[0].printOptions!;
    expect(o).toMatchObject({ pageSize: 'Letter', displayHeaderFooter: true, printBackground: true });
    expect((o.margins as { top: number }).top).toBeCloseTo(22 / 25.4, 5);
    expect(o.headerTemplate).toContain('Internal');
    expect(o.footerTemplate).toContain('class="pageNumber"');
    expect(o.footerTemplate).toContain('class="totalPages"');
  });

  it('cleans up the window and temp file when printing fails', async () => {
    state.failPrint = true;
    await expect(printHtmlToPdf('<p>x</p>', setup)).rejects.toThrow('printing failed');
    expect(state.windows[0].destroyed).toBe(true);
    expect(existsSync(fileURLToPath(state.windows[0].url!))).toBe(false);
  });

  it('asks where to save and opens the PDF afterwards', async () => {
    const exporter = new ElectronBriefExporter(() => null);
    expect(await exporter.chooseSavePath('Brief.pdf', 'pdf')).toBe('/home/a/brief.pdf');
    state.saveDialog = { canceled: true };
    expect(await exporter.chooseSavePath('Brief.pdf', 'pdf')).toBeNull();
    await exporter.reveal('/home/a/brief.pdf');
    expect(state.opened).toEqual(['/home/a/brief.pdf']);
  });
});
