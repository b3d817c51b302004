import { randomUUID } from 'node:crypto';
import { DossierError } from '../../core/errors';
import type { Emit } from '../../core/api/emit';
import { buildSelectors } from '../../core/anchoring/selectors';
import { DEFAULT_HIGHLIGHT_COLOR } from '../../core/annotations/colors';
import * as H from '../../core/annotations/highlights';
import * as L from '../../core/annotations/links';
import * as M from '../../core/annotations/story-meta';
import * as F from '../../core/annotations/fixes';
import * as B from '../../core/annotations/briefs';
import * as D from '../../core/annotations/dismissals';
import * as S from '../../core/annotations/storyline-moves';
import * as T from '../../core/annotations/tags';
import { followDocRename } from '../../core/annotations/doc-rename';
import { exportAll } from '../../core/annotations/export-all';
import type { Highlight, HighlightAnchor, SegmentFix } from '../../core/annotations/model';
import type { AnnotationPort } from '../../core/ports/annotation-port';
import { getRow, rows } from '../../core/annotations/table';
import { normalizeTagName } from '../../core/annotations/tag-names';
import type * as V from '../../core/annotations/views';
import type { Story } from '../../core/types';
import { AnnotationEdits } from './annotation-edits';
import { AnnotationReanchoring } from './annotation-reanchoring';
import type { AnnotationWorkspace } from './annotation-workspace';
import { AnnotationStore } from '../store/annotation-store';

export type { AnnotationWorkspace };

/**
 * Highlights, tags, links, notes, fixes and briefs for the open workspace: the one object the
 * API and the other services talk to. Edits, saved and undoable, go through
 * annotation-edits.ts; keeping anchors right as the library changes is
 * annotation-reanchoring.ts; changes are announced with `annotations.changed`.
 */
export class AnnotationService implements AnnotationPort {
  readonly store = new AnnotationStore();
  private listeners = new Set<(change: V.AnnotationsChange) => void>();
  private readonly reanchoring: AnnotationReanchoring;
  private readonly edits: AnnotationEdits;

  constructor(
    private readonly workspace: AnnotationWorkspace,
    private readonly emit: Emit,
    private readonly clock: () => Date = () => new Date(),
  ) {
    const announce = (change: V.AnnotationsChange) => this.announce(change);
    this.reanchoring = new AnnotationReanchoring({ store: this.store, workspace, now: () => this.now(), announce });
    this.edits = new AnnotationEdits({ store: this.store, reanchoring: this.reanchoring, announce });
  }

  /** Start on a workspace: open `<folder>/.dossier/db.json` and re-anchor every highlight against the files as they are now. */
  async start(folder: string): Promise<V.StoreStatus> {
    this.edits.clear();
    this.reanchoring.restart();
    const status = await this.store.open(folder);
    await this.reanchoring.all();
    return status;
  }

  /** Stop re-anchoring, fold the journal into db.json and release the workspace lock. */
  async stop(): Promise<void> {
    this.reanchoring.restart();
    await this.store.close();
  }

  /** In-process subscribers (e.g. the workspace re-applying segmentation fixes). */
  onChange(listener: (change: V.AnnotationsChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Re-anchor every highlight of a dump after it changed on disk (`text` null when the file
   * is gone: its highlights become orphans, and come back when it is restored).
   */
  reanchorFile(docPath: string, text: string | null): Promise<{ ok: number; moved: number; orphaned: number }> {
    return this.reanchoring.file(docPath, text);
  }

  /**
   * A dump was renamed (same bytes, new path): its highlights and fixes follow it. Derived
   * bookkeeping, like re-anchoring, so it is saved but never put on the undo stack.
   */
  async renameDoc(from: string, to: string): Promise<void> {
    const changed = followDocRename(this.data, from, to);
    if (changed.length === 0 || !this.store.writable) return;
    await this.store.save(changed);
    this.announce({ tables: ['highlights', 'fixes'], storyIds: [], docPaths: [from, to] });
  }

  // ── highlights ──────────────────────────────────────────────────────────

  async createHighlight(a: V.CreateHighlightArgs): Promise<Highlight> {
    const { story, text } = this.selection(a.storyId, a.start, a.end, a.exact);
    const now = this.now();
    const h: Highlight = {
      id: randomUUID(),
      storyId: story.id,
      docPath: story.path,
      selectors: buildSelectors(text, a.start, a.end),
      color: a.color ?? DEFAULT_HIGHLIGHT_COLOR,
      note: a.note ?? '',
      tags: this.tagNames(a.tags ?? []),
      createdAt: now,
      updatedAt: now,
      anchor: { status: 'ok', start: a.start, end: a.end, checkedAt: now },
    };
    await this.edits.commit(() => H.createHighlight(this.data, h));
    return H.requireHighlight(this.data, h.id);
  }

  async updateHighlight(a: V.UpdateHighlightArgs): Promise<Highlight> {
    const tags = a.tags ? this.tagNames(a.tags) : undefined;
    await this.edits.commit(() => H.updateHighlight(this.data, a.id, { color: a.color, note: a.note, tags }, this.now()));
    return H.requireHighlight(this.data, a.id);
  }

  async deleteHighlight(id: string): Promise<void> {
    await this.edits.commit(() => H.deleteHighlight(this.data, id));
  }

  listHighlights(docPath?: string): Highlight[] {
    return docPath === undefined ? H.sortByPosition(rows(this.data, 'highlights')) : H.highlightsForDoc(this.data, docPath);
  }

  highlightsForStory(storyId: string): Highlight[] {
    return H.highlightsForStory(this.data, storyId);
  }

  listOrphans(): Highlight[] {
    return H.sortByPosition(rows(this.data, 'highlights').filter((h) => h.anchor.status === 'orphaned'));
  }

  /** Attach a highlight (usually an orphan) to a new selection; undoable like any edit. */
  async reattach(a: V.ReattachArgs): Promise<Highlight> {
    const { story, text } = this.selection(a.storyId, a.start, a.end, a.exact);
    const now = this.now();
    const anchor: HighlightAnchor = { status: 'ok', start: a.start, end: a.end, checkedAt: now };
    await this.edits.commit(() =>
      H.reattachHighlight(
        this.data,
        a.id,
        { storyId: story.id, docPath: story.path, selectors: buildSelectors(text, a.start, a.end), anchor },
        now,
      ),
    );
    return H.requireHighlight(this.data, a.id);
  }

  // ── tags ────────────────────────────────────────────────────────────────

  listTags(): T.TagUsage[] {
    return T.listTags(this.data);
  }

  async renameTag(from: string, to: string): Promise<void> {
    await this.edits.commit(() => T.renameTag(this.data, normalizeTagName(from), normalizeTagName(to), this.now()));
  }

  async mergeTag(from: string, into: string): Promise<void> {
    await this.edits.commit(() => T.mergeTag(this.data, normalizeTagName(from), normalizeTagName(into), this.now()));
  }

  async deleteTag(name: string): Promise<void> {
    await this.edits.commit(() => T.deleteTag(this.data, normalizeTagName(name), this.now()));
  }

  async setTagColor(name: string, color: string): Promise<void> {
    await this.edits.commit(() => T.setTagColor(this.data, normalizeTagName(name), color));
  }

  storyTags(storyId: string): string[] {
    return M.storyTags(this.data, storyId);
  }

  async setStoryTags(storyId: string, tags: string[]): Promise<string[]> {
    this.workspace.storyRecord(storyId);
    const names = this.tagNames(tags);
    await this.edits.commit(() => M.setStoryTags(this.data, storyId, names));
    return M.storyTags(this.data, storyId);
  }

  // ── notes and links ─────────────────────────────────────────────────────

  getNote(storyId: string): V.StoryNote | null {
    return M.storyNote(this.data, storyId);
  }

  async setNote(storyId: string, text: string): Promise<V.StoryNote | null> {
    this.workspace.storyRecord(storyId);
    await this.edits.commit(() => M.setStoryNote(this.data, storyId, text, this.now()));
    return M.storyNote(this.data, storyId);
  }

  async createLink(a: V.CreateLinkArgs): Promise<V.StoryLink> {
    this.workspace.storyRecord(a.from);
    this.workspace.storyRecord(a.to);
    const label = a.type === 'custom' ? (a.label ?? '').trim() : '';
    if (a.type === 'custom' && !label) throw new DossierError('invalid-link', 'A custom link needs a label saying how the stories relate.');
    const link: V.StoryLink = { id: randomUUID(), from: a.from, to: a.to, type: a.type, label, note: a.note ?? '', createdAt: this.now() };
    await this.edits.commit(() => L.createLink(this.data, link));
    return link;
  }

  async deleteLink(id: string): Promise<void> {
    await this.edits.commit(() => L.deleteLink(this.data, id));
  }

  linksForStory(storyId: string): { links: V.StoryLink[]; backlinks: V.StoryLink[] } {
    return L.linksForStory(this.data, storyId);
  }

  // ── fixes, dismissals, briefs ───────────────────────────────────────────

  listFixes(docPath?: string): V.StoredFix[] {
    return F.listFixes(this.data, docPath);
  }

  async addFix(docPath: string, fix: SegmentFix): Promise<V.StoredFix> {
    const text = this.workspace.rawFile(docPath).text;
    const bad =
      fix.type === 'noise' ? fix.start < 0 || fix.end > text.length || fix.start >= fix.end : fix.at <= 0 || fix.at >= text.length;
    if (bad)
      throw new DossierError('invalid-fix', `That fix points outside ${docPath} (${text.length} characters); re-select and try again.`);
    const stored: V.StoredFix = { id: randomUUID(), docPath, fix, createdAt: this.now() };
    await this.edits.commit(() => F.addFix(this.data, stored));
    return stored;
  }

  async removeFix(id: string): Promise<void> {
    await this.edits.commit(() => F.removeFix(this.data, id));
  }

  listDismissed(): V.Dismissal[] {
    return D.listDismissed(this.data);
  }

  async dismissPair(a: string, b: string): Promise<void> {
    await this.edits.commit(() => D.dismissPair(this.data, a, b, this.now()));
  }

  async restorePair(a: string, b: string): Promise<void> {
    await this.edits.commit(() => D.restorePair(this.data, a, b));
  }

  /** The analyst's storyline corrections, oldest first. */
  listStorylineMoves(): V.StorylineMoveRow[] {
    return S.listStorylineMoves(this.data);
  }

  async moveStory(storyId: string, into: string | null): Promise<void> {
    await this.edits.commit(() => S.moveStory(this.data, storyId, into, this.now()));
  }

  listBriefs(): V.BriefRecord[] {
    return B.listBriefs(this.data);
  }

  async createBrief(brief: Omit<V.BriefRecord, 'id'> & { id?: string }): Promise<V.BriefRecord> {
    const now = this.now();
    const record: V.BriefRecord = { ...brief, id: brief.id ?? randomUUID(), createdAt: now, updatedAt: now };
    await this.edits.commit(() => B.createBrief(this.data, record));
    return record;
  }

  async updateBrief(brief: V.BriefRecord): Promise<V.BriefRecord> {
    const old = getRow(this.data, 'briefs', brief.id);
    const record: V.BriefRecord = { ...brief, createdAt: old?.createdAt ?? this.now(), updatedAt: this.now() };
    await this.edits.commit(() => B.updateBrief(this.data, record));
    return record;
  }

  async deleteBrief(id: string): Promise<void> {
    await this.edits.commit(() => B.deleteBrief(this.data, id));
  }

  // ── undo / redo ─────────────────────────────────────────────────────────

  undo(): Promise<V.HistoryStep> {
    return this.edits.undo();
  }

  redo(): Promise<V.HistoryStep> {
    return this.edits.redo();
  }

  history(): V.HistoryStep {
    return this.edits.history();
  }

  // ── whole-set views ─────────────────────────────────────────────────────

  /** Re-anchor everything against the files as they are now, and report. */
  verify(): Promise<V.VerifyReport> {
    return this.reanchoring.verify();
  }

  exportAll(): V.AnnotationExport {
    return exportAll(this.data);
  }

  status(): V.StoreStatus {
    return this.store.status();
  }

  // ── internals ───────────────────────────────────────────────────────────

  private get data() {
    return this.store.data;
  }

  /** Check a selection against the story and file text; the error says what to do. */
  private selection(storyId: string, start: number, end: number, exact: string | undefined): { story: Story; text: string } {
    const story = this.workspace.storyRecord(storyId);
    if (!(start >= story.start && end <= story.end && start < end)) {
      throw new DossierError(
        'invalid-range',
        `The selection ${start}..${end} is not inside the story (characters ${story.start}..${story.end} of ${story.path}). ` +
          'Select text within the story and try again.',
      );
    }
    const text = this.workspace.rawFile(story.path).text;
    if (exact !== undefined && text.slice(start, end) !== exact) {
      throw new DossierError(
        'quote-mismatch',
        `The text at ${start}..${end} is not the selected text; the file may have changed. Re-open the story and select again.`,
      );
    }
    return { story, text };
  }

  private tagNames(tags: string[]): string[] {
    return [...new Set(tags.map(normalizeTagName))];
  }

  private announce(change: V.AnnotationsChange): void {
    this.emit('annotations.changed', change);
    for (const l of this.listeners) l(change);
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
