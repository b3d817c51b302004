import type { CreateFromTagsArgs } from '../briefs/build-from-tags';
import type { Brief, BriefContent, BriefSummary } from '../briefs/model';
import type { PrintSetup } from '../briefs/print-setup';
import type { ExportFormat, TextFormat } from '../briefs/render';

/** Briefs as the API sees them. Mutations resolve once the change is saved (and undoable). */
export interface BriefsPort {
  list(): BriefSummary[];
  get(id: string): Brief;
  create(content?: Partial<BriefContent>): Promise<Brief>;
  createFromTags(args: CreateFromTagsArgs): Promise<Brief>;
  update(id: string, content: BriefContent): Promise<Brief>;
  duplicate(id: string): Promise<Brief>;
  delete(id: string): Promise<void>;
  /** The brief in a text format, e.g. the print HTML for a live preview. */
  render(id: string, format: TextFormat): string;
  /** Ask where to save, write the export, open it; null when the user cancels. */
  export(id: string, format: ExportFormat): Promise<{ path: string } | null>;
}

/**
 * How an export leaves the app: in Electron a Save dialog, `webContents.printToPDF` and the
 * system viewer (main/pdf/); in the CLI and e2e runs, headless Chromium and no dialogs
 * (services/briefs/headless-pdf.ts).
 */
export interface BriefExporter {
  /** Where to save an export; null when the user cancels. */
  chooseSavePath(suggestedName: string, format: ExportFormat): Promise<string | null>;
  printPdf(html: string, setup: PrintSetup): Promise<Uint8Array>;
  /** Show the user the saved file. */
  reveal(path: string): Promise<void>;
  /** Release what the exporter keeps between exports (a warm browser); called when the services stop. */
  close?(): Promise<void>;
}
