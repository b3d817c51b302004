import { dialog, shell, type BrowserWindow } from 'electron';
import type { BriefExporter } from '../../core/ports/briefs-port';
import type { ExportFormat } from '../../core/briefs/render';
import type { PrintSetup } from '../../core/briefs/print-setup';
import { printHtmlToPdf } from './print-to-pdf';

const FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  html: { name: 'Web page', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'JSON', extensions: ['json'] },
};

/** Brief export in the desktop app: the Save dialog, Chromium's printToPDF, and the system viewer. */
export class ElectronBriefExporter implements BriefExporter {
  constructor(private readonly getWindow: () => BrowserWindow | null) {}

  async chooseSavePath(suggestedName: string, format: ExportFormat): Promise<string | null> {
    const options = { title: 'Export brief', defaultPath: suggestedName, filters: [FILTERS[format]] };
    const win = this.getWindow();
    const res = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return res.canceled || !res.filePath ? null : res.filePath;
  }

  printPdf(html: string, setup: PrintSetup): Promise<Uint8Array> {
    return printHtmlToPdf(html, setup);
  }

  /** Open the exported file in the system's viewer, as the user expects after "Export PDF". */
  async reveal(path: string): Promise<void> {
    const error = await shell.openPath(path);
    if (error) shell.showItemInFolder(path);
  }
}
