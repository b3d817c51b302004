import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { DossierError } from '../../core/errors';
import type { AnnotationPort } from '../../core/ports/annotation-port';
import { buildFromTags, type CreateFromTagsArgs } from '../../core/briefs/build-from-tags';
import {
  BriefContentSchema,
  parseStoredBrief,
  stampBrief,
  toBriefSummary,
  type Brief,
  type BriefContent,
  type BriefSummary,
} from '../../core/briefs/model';
import type { BriefExporter, BriefsPort } from '../../core/ports/briefs-port';
import { printSetup } from '../../core/briefs/print-setup';
import { exportFileName, renderBrief, type ExportFormat, type TextFormat } from '../../core/briefs/render';
import { workspaceBriefSource, type AnnotationReader, type StoryCatalog } from '../../core/briefs/workspace-source';
import { atomicWriteFile } from '../store/atomic-write';

/** The annotation service's brief storage (opaque records, undoable) plus what briefs read. */
export type BriefAnnotations = AnnotationReader & Pick<AnnotationPort, 'listBriefs' | 'createBrief' | 'updateBrief' | 'deleteBrief'>;

export interface BriefServiceOptions {
  catalog: StoryCatalog;
  annotations: BriefAnnotations;
  exporter: BriefExporter;
  now?: () => Date;
  newId?: () => string;
}

/**
 * Briefs over the workspace database: the annotation service stores them (so create,
 * edit and delete are saved and undoable like every other annotation) and this service
 * owns what a brief is, how one is built from tags, and how it is exported.
 */
export class BriefService implements BriefsPort {
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(private readonly opts: BriefServiceOptions) {
    this.now = opts.now ?? (() => new Date());
    this.newId = opts.newId ?? (() => randomUUID());
  }

  /** Release the exporter's warm browser, if it keeps one (the services are stopping). */
  async stop(): Promise<void> {
    await this.opts.exporter.close?.();
  }

  /** Newest first. Records that no longer parse are left out of the list, never deleted. */
  list(): BriefSummary[] {
    return this.opts.annotations
      .listBriefs()
      .map(parseStoredBrief)
      .filter((b): b is Brief => b !== null)
      .map(toBriefSummary)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(id: string): Brief {
    const record = this.opts.annotations.listBriefs().find((r) => r.id === id);
    if (!record) throw new DossierError('brief-not-found', 'That brief no longer exists; it may have been deleted or undone.');
    const brief = parseStoredBrief(record);
    if (!brief)
      throw new DossierError(
        'brief-unreadable',
        'That brief is stored in a form this version of Dossier cannot read. It has been left as it is in .dossier/db.json.',
      );
    return brief;
  }

  async create(content: Partial<BriefContent> = {}): Promise<Brief> {
    const full = validContent({
      title: 'Untitled brief',
      author: '',
      date: this.today(),
      handling: 'Internal',
      summary: '',
      paper: 'A4',
      appendix: false,
      sections: [],
      ...content,
    });
    return this.store(full);
  }

  async createFromTags(args: CreateFromTagsArgs): Promise<Brief> {
    const content = buildFromTags(this.source(), { ...args, date: this.today(), newId: () => this.newId().slice(0, 12) });
    if (content.sections.length === 0) {
      const which = args.tags.length ? `tagged ${args.tags.map((t) => `"${t}"`).join(' or ')}` : 'at all';
      throw new DossierError(
        'no-highlights',
        `There are no highlights ${which} in this workspace, so the brief would be empty. Tag some highlights first, or check the tag names.`,
      );
    }
    return this.store(validContent(content));
  }

  async update(id: string, content: BriefContent): Promise<Brief> {
    const old = this.get(id);
    const brief = stampBrief(validContent(content), id, this.now().toISOString(), old.createdAt);
    return parseStoredBrief(await this.opts.annotations.updateBrief({ ...brief })) ?? brief;
  }

  async duplicate(id: string): Promise<Brief> {
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...content } = this.get(id);
    return this.store(validContent({ ...content, title: `${content.title} (copy)`.slice(0, 300) }));
  }

  async delete(id: string): Promise<void> {
    this.get(id);
    await this.opts.annotations.deleteBrief(id);
  }

  render(id: string, format: TextFormat): string {
    return renderBrief(this.get(id), this.source(), format);
  }

  async export(id: string, format: ExportFormat): Promise<{ path: string } | null> {
    const brief = this.get(id);
    const path = await this.opts.exporter.chooseSavePath(exportFileName(brief.title, format), format);
    if (!path) return null;
    await this.exportTo(id, format, path);
    await this.opts.exporter.reveal(path).catch(() => undefined);
    return { path };
  }

  /**
   * Write the brief to `path`. The file appears whole or not at all (store/atomic-write.ts:
   * written beside it, fsynced, renamed), so a failed print never leaves a truncated PDF
   * where the old one was.
   */
  async exportTo(id: string, format: ExportFormat, path: string): Promise<{ path: string; bytes: number }> {
    const brief = this.get(id);
    const source = this.source();
    const data: string | Uint8Array =
      format === 'pdf'
        ? await this.opts.exporter.printPdf(
            renderBrief(brief, source, 'html'),
            printSetup({ paper: brief.paper, title: brief.title, handling: brief.handling }),
          )
        : renderBrief(brief, source, format);
    try {
      await atomicWriteFile(path, data);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
      throw new DossierError(
        'export-failed',
        `The brief could not be written to ${path} (${code}). Check that the folder exists and is writable, then export again.`,
      );
    }
    return { path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength };
  }

  private async store(content: BriefContent): Promise<Brief> {
    const brief = stampBrief(content, `brief-${this.newId()}`, this.now().toISOString());
    // The store stamps its own times; what it saved is what the caller gets back.
    return parseStoredBrief(await this.opts.annotations.createBrief({ ...brief })) ?? brief;
  }

  private source() {
    return workspaceBriefSource(this.opts.catalog, this.opts.annotations);
  }

  /** The analyst's local calendar date: a brief written late on the 3rd is dated the 3rd. */
  private today(): string {
    const d = this.now();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
}

function validContent(content: BriefContent): BriefContent {
  const r = v.safeParse(BriefContentSchema, content);
  if (r.success) return r.output;
  const issue = r.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') || 'brief';
  throw new DossierError('invalid-brief', `The brief cannot be saved: ${where}: ${issue.message}.`);
}
