import type { ApiError, ApiValue } from '@core/api';
import type { LinkType } from '@core/annotations/model';
import { call, on } from '../api';
import { colorValue } from '../colors';
import type { PaintRange } from '../reader/pieces';
import type { StatusCallbacks } from './toasts.svelte';

type Highlight = ApiValue<'highlights.listForStory'>[number];
type Links = ApiValue<'links.listForStory'>;
type TagUsage = ApiValue<'tags.list'>[number];
type Note = ApiValue<'notes.get'>;

/**
 * The analyst's work on the open story (highlights, tags, note, links) plus the workspace's
 * tag list and orphans. Reloaded whenever main says annotations changed, so undo/redo, the
 * CLI or a second window are reflected without the panes tracking edits themselves.
 */
export class StoryAnnotations {
  storyId = $state<string | null>(null);
  highlights = $state.raw<Highlight[]>([]);
  /** The story `highlights` belong to: while a newly selected story loads, they are still the last one's. */
  highlightsFor = $state<string | null>(null);
  tags = $state.raw<string[]>([]);
  note = $state.raw<Note>(null);
  links = $state.raw<Links>({ links: [], backlinks: [] });
  allTags = $state.raw<TagUsage[]>([]);
  orphans = $state.raw<Highlight[]>([]);
  focusedHighlight = $state<string | null>(null);
  error = $state<ApiError | null>(null);
  canUndo = $state<string | null>(null);
  canRedo = $state<string | null>(null);

  /** Where saves, undo and redo say what they did. */
  private readonly status: StatusCallbacks;

  constructor(status: StatusCallbacks) {
    this.status = status;
  }

  tagColors = $derived(new Map(this.allTags.map((t) => [t.name, colorValue(t.color)])));

  /** Highlights that resolved in the current text, as the reader paints them. */
  paintRanges = $derived<PaintRange[]>(
    this.highlights.flatMap((h) =>
      h.anchor.status !== 'orphaned' && h.anchor.start !== null && h.anchor.end !== null
        ? [{ id: h.id, start: h.anchor.start, end: h.anchor.end, color: this.colorOf(h) }]
        : [],
    ),
  );

  listen(): () => void {
    return on('annotations.changed', () => void this.reload());
  }

  /**
   * Settles once the story last passed to `load` has its highlights set (or gets none, or the
   * analyst moved on): the reader waits for it to show the story's text and its highlights in
   * one frame, instead of laying out and painting the story twice a few milliseconds apart.
   */
  highlightsLanded: Promise<void> = Promise.resolve();

  async load(storyId: string | null): Promise<void> {
    this.storyId = storyId;
    this.focusedHighlight = null;
    let landed = () => {};
    this.highlightsLanded = new Promise<void>((r) => (landed = r));
    try {
      await this.reload(landed);
    } finally {
      landed();
    }
  }

  /**
   * All calls in one wave, the open story's highlights asked for first (the reader waits for
   * those). Highlights are set together with the tag list, so tag colours and highlights paint
   * once, not twice, and without waiting for the story's tags, note and links, which land on
   * their own, as do the workspace's orphans and undo history: a slow answer for any of them
   * never holds up the highlights.
   */
  async reload(onHighlights?: () => void): Promise<void> {
    const id = this.storyId;
    const highlights = id ? call('highlights.listForStory', { storyId: id }) : null;
    const rest = id
      ? Promise.all([
          call('stories.getTags', { storyId: id }),
          call('notes.get', { storyId: id }),
          call('links.listForStory', { storyId: id }),
        ])
      : null;
    const tags = call('tags.list');
    const workspace = Promise.all([call('orphans.list'), call('annotations.history')]).then(([orphans, history]) => {
      if (this.storyId !== id) return;
      if (orphans.ok) this.orphans = orphans.value;
      if (history.ok) {
        this.canUndo = history.value.canUndo;
        this.canRedo = history.value.canRedo;
      }
    });
    const [allTags, hl] = await Promise.all([tags, highlights]);
    if (this.storyId !== id) return; // the analyst moved on meanwhile
    if (allTags.ok) this.allTags = allTags.value;
    if (!hl || !rest) {
      this.highlightsFor = id;
      this.highlights = [];
      onHighlights?.();
      this.tags = [];
      this.note = null;
      this.links = { links: [], backlinks: [] };
      await workspace;
      return;
    }
    // A failed answer paints none, never the last story's highlights on this one.
    this.highlights = hl.ok ? [...hl.value].sort((a, b) => (a.anchor.start ?? 0) - (b.anchor.start ?? 0)) : [];
    this.highlightsFor = id;
    onHighlights?.();
    const [st, note, links] = await rest;
    if (this.storyId !== id) return;
    if (st.ok) this.tags = st.value;
    if (note.ok) this.note = note.value;
    if (links.ok) this.links = links.value;
    const failed = [hl, st, note, links].find((r) => !r.ok);
    if (failed && !failed.ok) this.fail(failed.error);
    else this.error = null;
    await workspace;
  }

  colorOf(h: Highlight): string {
    if (h.tags.length > 0 && h.color === 'yellow') {
      const c = this.tagColors.get(h.tags[0]);
      if (c) return c;
    }
    return colorValue(h.color);
  }

  async highlight(a: {
    start: number;
    end: number;
    exact: string;
    color?: string;
    tags?: string[];
    note?: string;
  }): Promise<Highlight | null> {
    if (!this.storyId) return null;
    const r = await call('highlights.create', { storyId: this.storyId, ...a });
    return this.settle(r, 'Highlighted') ? (r.ok ? r.value : null) : null;
  }

  async updateHighlight(a: { id: string; color?: string; note?: string; tags?: string[] }): Promise<void> {
    this.settle(await call('highlights.update', a), 'Highlight updated');
  }

  async deleteHighlight(id: string): Promise<void> {
    this.settle(await call('highlights.delete', { id }), 'Highlight deleted — Ctrl/Cmd+Z to undo');
  }

  async setTags(tags: string[]): Promise<void> {
    if (!this.storyId) return;
    this.settle(await call('stories.setTags', { storyId: this.storyId, tags }), 'Tags saved');
  }

  async setNote(text: string): Promise<void> {
    if (!this.storyId) return;
    this.settle(await call('notes.set', { storyId: this.storyId, text }), 'Note saved');
  }

  async link(to: string, type: LinkType, label?: string): Promise<boolean> {
    if (!this.storyId) return false;
    return this.settle(await call('links.create', { from: this.storyId, to, type, ...(label ? { label } : {}) }), 'Stories linked');
  }

  async unlink(id: string): Promise<void> {
    this.settle(await call('links.delete', { id }), 'Link removed — Ctrl/Cmd+Z to undo');
  }

  async reattach(id: string, sel: { start: number; end: number; exact: string }): Promise<void> {
    if (!this.storyId) return;
    this.settle(await call('orphans.reattach', { id, storyId: this.storyId, ...sel }), 'Highlight re-attached');
  }

  async undo(): Promise<void> {
    const r = await call('annotations.undo');
    this.report(r);
    await this.reload();
  }

  async redo(): Promise<void> {
    const r = await call('annotations.redo');
    this.report(r);
    await this.reload();
  }

  private report(r: { ok: true; value: { message: string } } | { ok: false; error: ApiError }): void {
    if (r.ok) this.status.onmessage(r.value.message);
    else this.fail(r.error);
  }

  private settle(r: { ok: true } | { ok: false; error: ApiError }, message: string): boolean {
    if (r.ok) {
      this.status.onmessage(message);
      this.error = null;
      void this.reload();
      return true;
    }
    this.fail(r.error);
    return false;
  }

  /** A failed edit: the inspector keeps the reason next to the story, the status line says it. */
  private fail(error: ApiError): void {
    this.error = error;
    this.status.onerror(error);
  }
}
