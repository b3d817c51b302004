import type { ApiError, ApiValue } from '@core/api';
import { moveItem, placeItem, regroup, removeItem, updateItem, moveSection, type ItemAt } from '@core/briefs/edit';
import type { BriefContent, BriefItem } from '@core/briefs/model';
import type { ExportFormat } from '@core/briefs/render';
import { call, on } from '../api';
import { humanError } from './errors';

type Brief = ApiValue<'briefs.get'>;
type BriefSummary = ApiValue<'briefs.list'>[number];
type Highlight = ApiValue<'highlights.list'>[number];
type StorySummary = ApiValue<'stories.list'>[number];
type GroupBy = Parameters<typeof regroup>[1];

/** What the reader adds to a brief: a highlight, or the whole story. */
export type InboxItem = { kind: 'highlight'; highlightId: string } | { kind: 'story'; storyId: string };

/** Where the brief the analyst is working on is remembered across launches. */
const CURRENT_KEY = 'dossier.currentBrief';

/**
 * The brief composer's state: the workspace's briefs, the one being edited, and what its
 * items refer to (highlights, stories) for display. Every edit saves the whole brief through
 * `briefs.update`, where it is validated and recorded for undo; the shown brief is what the
 * store returned, so the screen never shows an edit that was not saved.
 */
export class BriefsState {
  list = $state.raw<BriefSummary[]>([]);
  current = $state.raw<Brief | null>(null);
  highlights = $state.raw<Map<string, Highlight>>(new Map());
  private readonly libraryStories: (() => StorySummary[]) | undefined = undefined;
  private fetchedStories = $state.raw<StorySummary[]>([]);
  /** Stories by id, for titles and provenance; built only when the composer reads it. */
  stories = $derived(new Map((this.libraryStories?.() ?? this.fetchedStories).map((s) => [s.id, s])));
  /**
   * Whether the composer is on screen. Off screen, the workspace's highlights (the brief's
   * quotes) are not fetched on every annotation change, only once the composer is shown again.
   */
  private showing = true;
  private refsStale = false;
  /** The item keyboard moves act on. */
  focused = $state<ItemAt | null>(null);
  message = $state<string | null>(null);
  busy = $state(false);

  /**
   * `libraryStories`: the library's own list, so the composer does not fetch (and the main
   * process does not send) every story a second time. Without it the composer fetches them.
   */
  constructor(libraryStories?: () => StorySummary[]) {
    this.libraryStories = libraryStories;
  }

  itemCount = $derived(this.current ? this.current.sections.reduce((n, s) => n + s.items.length, 0) : 0);

  /** Follow undo/redo, the CLI and the reader's "add to brief". */
  listen(): () => void {
    return on('annotations.changed', (c) => {
      if (c.tables.includes('briefs') || c.tables.includes('highlights')) void this.load(this.current?.id);
    });
  }

  /** Tell the state whether the composer is on screen; showing it catches up on what it skipped. */
  setShowing(showing: boolean): void {
    this.showing = showing;
    if (showing && this.refsStale) void this.loadRefs();
  }

  async load(openId?: string): Promise<void> {
    const [list] = await Promise.all([call('briefs.list'), this.showing ? this.loadRefs() : (this.refsStale = true)]);
    if (!list.ok) return this.fail(list.error);
    this.list = list.value;
    const id = openId && list.value.some((b) => b.id === openId) ? openId : list.value[0]?.id;
    if (id) await this.open(id);
    else this.current = null;
  }

  /** What the brief's items point at: every highlight, and the stories unless the library lends its own. */
  private async loadRefs(): Promise<void> {
    this.refsStale = false;
    const [hl, stories] = await Promise.all([call('highlights.list'), this.libraryStories ? null : call('stories.list')]);
    if (hl.ok) this.highlights = new Map(hl.value.map((h) => [h.id, h]));
    if (stories?.ok) this.fetchedStories = stories.value;
  }

  async open(id: string): Promise<void> {
    const r = await call('briefs.get', { id });
    if (!r.ok) return this.fail(r.error);
    this.current = r.value;
    remember(id);
  }

  /**
   * "Add to brief" from the reader: append to the brief the analyst is working on (the last
   * one opened, or a new "Working brief"), into its last section, and show that brief.
   */
  async addToCurrent(item: InboxItem): Promise<{ ok: true; id: string; title: string } | { ok: false; error: ApiError }> {
    let brief = await currentBrief();
    if (!brief) {
      const created = await call('briefs.create', {
        content: { title: 'Working brief', sections: [{ id: newId(), heading: 'Findings', items: [] }] },
      });
      if (!created.ok) return created;
      brief = created.value as Brief;
      remember(brief.id);
    }
    const sections =
      brief.sections.length > 0
        ? brief.sections.map((s) => ({ ...s, items: [...s.items] }))
        : [{ id: newId(), heading: 'Findings', items: [] as BriefItem[] }];
    const target = sections[sections.length - 1];
    const exists = target.items.some((i) =>
      item.kind === 'highlight'
        ? i.kind === 'highlight' && i.highlightId === item.highlightId
        : i.kind === 'story' && i.storyId === item.storyId,
    );
    if (!exists)
      target.items.push(
        item.kind === 'highlight'
          ? { kind: 'highlight', id: newId(), highlightId: item.highlightId }
          : { kind: 'story', id: newId(), storyId: item.storyId, comment: '' },
      );
    const { id, title, author, date, handling, summary, paper, appendix } = brief;
    const r = await call('briefs.update', { id, content: { title, author, date, handling, summary, paper, appendix, sections } });
    if (!r.ok) return r;
    void this.load(id);
    return { ok: true, id, title };
  }

  async create(): Promise<void> {
    const r = await call('briefs.create', { content: { title: 'New brief', sections: [{ id: newId(), heading: 'Findings', items: [] }] } });
    if (!r.ok) return this.fail(r.error);
    await this.load(r.value.id);
  }

  async duplicate(): Promise<void> {
    if (!this.current) return;
    const r = await call('briefs.duplicate', { id: this.current.id });
    if (!r.ok) return this.fail(r.error);
    await this.load(r.value.id);
    this.message = `Duplicated as “${r.value.title}”`;
  }

  async remove(): Promise<void> {
    if (!this.current) return;
    const { id, title } = this.current;
    const r = await call('briefs.delete', { id });
    if (!r.ok) return this.fail(r.error);
    await this.load();
    this.message = `Deleted “${title}” — Ctrl/Cmd+Z to undo`;
  }

  /** Save new content; on failure the brief stays as it was and the reason is shown. */
  async save(content: BriefContent): Promise<void> {
    if (!this.current) return;
    const r = await call('briefs.update', { id: this.current.id, content });
    if (!r.ok) return this.fail(r.error);
    this.current = r.value;
    this.list = this.list.map((b) => (b.id === r.value.id ? { ...b, title: r.value.title, updatedAt: r.value.updatedAt } : b));
  }

  edit(patch: Partial<BriefContent>): Promise<void> {
    const c = this.content();
    return c ? this.save({ ...c, ...patch }) : Promise.resolve();
  }

  async move(at: ItemAt, delta: -1 | 1): Promise<void> {
    const c = this.content();
    if (!c) return;
    const r = moveItem(c, at, delta);
    this.focused = r.at;
    if (r.content !== c) await this.save(r.content);
  }

  place(from: ItemAt, to: ItemAt): Promise<void> {
    return this.apply((c) => placeItem(c, from, to));
  }

  removeItem(at: ItemAt): Promise<void> {
    this.focused = null;
    return this.apply((c) => removeItem(c, at));
  }

  updateItem(at: ItemAt, change: (item: BriefItem) => BriefItem): Promise<void> {
    return this.apply((c) => updateItem(c, at, change));
  }

  moveSection(index: number, delta: -1 | 1): Promise<void> {
    return this.apply((c) => moveSection(c, index, delta));
  }

  addSection(): Promise<void> {
    return this.apply((c) => ({ ...c, sections: [...c.sections, { id: newId(), heading: 'New section', items: [] }] }));
  }

  renameSection(index: number, heading: string): Promise<void> {
    return this.apply((c) => ({ ...c, sections: c.sections.map((s, i) => (i === index ? { ...s, heading } : s)) }));
  }

  removeSection(index: number): Promise<void> {
    return this.apply((c) => ({ ...c, sections: c.sections.filter((_, i) => i !== index) }));
  }

  addText(section: number): Promise<void> {
    return this.apply((c) => ({
      ...c,
      sections: c.sections.map((s, i) => (i === section ? { ...s, items: [...s.items, { kind: 'text', id: newId(), text: '' }] } : s)),
    }));
  }

  addLinks(section: number): Promise<void> {
    return this.apply((c) => ({
      ...c,
      sections: c.sections.map((s, i) => (i === section ? { ...s, items: [...s.items, { kind: 'links', id: newId() }] } : s)),
    }));
  }

  /** One command: regroup the brief by story (published-date order) or by tag. */
  group(by: GroupBy): Promise<void> {
    const info = {
      storyOf: (id: string) => this.highlights.get(id)?.storyId ?? null,
      tagOf: (id: string) => this.highlights.get(id)?.tags[0] ?? null,
      storyTitle: (id: string) => this.stories.get(id)?.title ?? 'A story no longer in the library',
      storyOrder: (id: string) => `${this.stories.get(id)?.date ?? '9999'}|${this.stories.get(id)?.path ?? ''}`,
    };
    return this.apply((c) => regroup(c, by, info, newId));
  }

  async exportAs(format: ExportFormat): Promise<void> {
    if (!this.current) return;
    this.busy = true;
    try {
      const r = await call('briefs.export', { id: this.current.id, format });
      if (!r.ok) return this.fail(r.error);
      if (r.value) this.message = `Exported to ${r.value.path}`;
    } finally {
      this.busy = false;
    }
  }

  private apply(change: (c: BriefContent) => BriefContent): Promise<void> {
    const c = this.content();
    if (!c) return Promise.resolve();
    const next = change(c);
    return next === c ? Promise.resolve() : this.save(next);
  }

  private content(): BriefContent | null {
    if (!this.current) return null;
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...content } = this.current;
    return content;
  }

  private fail(error: ApiError): void {
    this.message = humanError(error);
  }
}

function remember(id: string): void {
  try {
    localStorage.setItem(CURRENT_KEY, id);
  } catch {
    // not remembered: the next add picks the newest brief
  }
}

/** The brief last opened, else the newest one, else none. */
async function currentBrief(): Promise<Brief | null> {
  let id: string | null = null;
  try {
    id = localStorage.getItem(CURRENT_KEY);
  } catch {
    id = null;
  }
  if (id) {
    const r = await call('briefs.get', { id });
    if (r.ok) return r.value;
  }
  const list = await call('briefs.list');
  if (!list.ok || list.value.length === 0) return null;
  const newest = [...list.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const r = await call('briefs.get', { id: newest.id });
  if (!r.ok) return null;
  remember(r.value.id);
  return r.value;
}

function newId(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}
