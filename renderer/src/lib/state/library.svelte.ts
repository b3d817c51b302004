import type { ApiError, ApiValue, FileSummary, IngestProgress, LibraryChange, StorySummary, WorkspaceInfo } from '@core/api';

type SearchResponse = ApiValue<'search.query'>;
export type Snippet = SearchResponse['results'][number]['snippet'];
import { untrack } from 'svelte';
import { call, on } from '../api';
import { groupRows, type ClusterOf, type GroupBy } from '../library/group';
import { Storylines } from './storylines.svelte';
import { unpackLibrary } from '@core/api/library-packed';
import { wordMatching } from '../search/word-matching.svelte';

/**
 * The library pane's state: the open workspace, its stories and files, the current filter
 * and selection. Big lists are `$state.raw` (replaced whole, never deeply proxied).
 */
export class LibraryState {
  workspace = $state<WorkspaceInfo | null>(null);
  stories = $state.raw<StorySummary[]>([]);
  files = $state.raw<FileSummary[]>([]);
  /** The search box, in the query syntax (words, "phrases", -not, source:, tag:, after: …). */
  query = $state('');
  /** The list's answer for the query (results and snippets), apart from the facets counted after it. */
  private listed = $state.raw<SearchResponse | null>(null);
  /** Facets and exact totals, which land after the list: apart, so their arrival never re-derives the 500-row list. */
  private counted = $state.raw<Pick<SearchResponse, 'facets' | 'total' | 'warnings'> | null>(null);
  /** The query's answer as the panes show it: the list, with the facets once they are counted. */
  search = $derived<SearchResponse | null>(this.listed && this.counted ? { ...this.listed, ...this.counted } : this.listed);
  /**
   * The facets the filter panel shows: the last ones counted, kept while the next query's are
   * counted (`facetsPending`). Emptying the panel in between made it collapse and grow back on every
   * keystroke, and the list below jump, re-measure and redraw twice.
   */
  shownFacets = $state.raw<SearchResponse['facets'] | null>(null);
  facetsPending = $derived(this.listed !== null && this.counted === null);
  searchError = $state<ApiError | null>(null);
  searching = $state(false);
  private searchSeq = 0;
  selectedId = $state<string | null>(null);
  progress = $state<IngestProgress | null>(null);
  error = $state<ApiError | null>(null);
  loading = $state(true);
  groupBy = $state<GroupBy>((localStorage.getItem('dossier.groupBy') as GroupBy | null) ?? 'none');
  /** The whole library's counts while only the listing's first page has landed (then null). */
  private pageOf = $state<{ stories: number; files: number } | null>(null);
  /** Stories in the whole library: more than `stories` holds while only the first page has landed. */
  storyTotal = $derived(this.pageOf?.stories ?? this.stories.length);
  /** Files in the whole library (`files` holds only the first page's while it is all that has landed). */
  fileTotal = $derived(this.pageOf?.files ?? this.files.length);
  private refreshSeq = 0;

  /** Highlights per story, for the list's counts. */
  highlightCounts = $state.raw<Map<string, number>>(new Map());

  private byId = $derived(new Map(this.stories.map((s) => [s.id, s])));

  /** A story by id without scanning the list (titles in the inspector, links, briefs). */
  story(id: string): StorySummary | undefined {
    return this.byId.get(id);
  }

  /**
   * Whether the box holds a query. The lists below read this, not the text, so a keystroke
   * re-derives them only when its answer lands, not once more on the keystroke itself.
   */
  private hasQuery = $derived(this.query.trim() !== '');

  /** Stories shown: all of them, or the search results best first. */
  visible = $derived.by(() => {
    if (!this.listed || !this.hasQuery) return this.stories;
    // A loop, not flatMap: a keystroke's garbage (one array per result) is what the next GC pauses for.
    const out: StorySummary[] = [];
    // Read once: each read of a derived field inside the loop is a tracked read, 500 per keystroke.
    const byId = this.byId;
    for (const r of this.listed.results) {
      const s = byId.get(r.storyId);
      if (s) out.push(s);
    }
    return out;
  });

  /** Why each result matched, by story id. */
  snippets = $derived.by(() => {
    // Loops, like `visible`: no pair array per result for the next collection to sweep.
    const out = new Map<string, Snippet>();
    if (this.hasQuery && this.listed) for (const r of this.listed.results) out.set(r.storyId, r.snippet);
    return out;
  });
  /** Stories the query matched only in their hidden lines (captions, quoted posts): listed after the rest, marked so. */
  hiddenHits = $derived.by(() => {
    const out = new Set<string>();
    if (this.hasQuery && this.listed) for (const r of this.listed.results) if (r.tier === 'hidden') out.add(r.storyId);
    return out;
  });

  /** The query the list answers (the box may already hold a newer one). */
  private listedQuery = $state('');

  /**
   * Words and phrases of the query the list answers, for marking hits in the reader: a keystroke
   * repaints the reader's hits together with the list it changes, not once on its own before that.
   */
  hitTerms = $derived(this.hasQuery && wordMatching.core ? wordMatching.core.hitTermsOf(this.listedQuery) : []);

  problems = $derived(this.files.filter((f) => f.status !== 'ok'));

  /** Near-duplicate clusters, loaded when the library is grouped by them. */
  clusters = $state.raw<ClusterOf>(new Map());

  /** The workspace's storylines: the library groups by them, the timeline runs them as lanes. */
  readonly storylines = new Storylines();

  /** List rows: group headers (when grouped) and stories, in display order. */
  rows = $derived(groupRows(this.visible, this.groupBy, this.clusters, this.storylines.of));

  /** Stories in display order, which is what j/k walk through (a loop: 30,000 one-item arrays cost more than the list). */
  ordered = $derived.by(() => {
    if (this.groupBy === 'none') return this.visible;
    const out: StorySummary[] = [];
    for (const r of this.rows) if (r.type === 'story') out.push(r.story);
    return out;
  });

  selectedIndex = $derived(this.ordered.findIndex((s) => s.id === this.selectedId));

  selectedRow = $derived(this.rows.findIndex((r) => r.type === 'story' && r.story.id === this.selectedId));

  async loadCounts(): Promise<void> {
    const r = await call('highlights.list');
    if (!r.ok) return;
    const counts = new Map<string, number>();
    for (const h of r.value) if (h.anchor.status !== 'orphaned') counts.set(h.storyId, (counts.get(h.storyId) ?? 0) + 1);
    this.highlightCounts = counts;
  }

  /** Run the query; an older answer arriving late never replaces a newer one. */
  async runSearch(query: string): Promise<void> {
    this.query = query;
    const seq = ++this.searchSeq;
    if (!query.trim()) {
      this.listed = null;
      this.listedQuery = '';
      this.shownFacets = null;
      this.counted = null;
      this.searchError = null;
      return;
    }
    this.searching = true;
    // Marking the hits needs the search core's word matching; a box typed into before it has loaded asks for it.
    void wordMatching.load();
    // The list (fast) and, asked apart, the facets and exact totals, which cost far more at scale:
    // the list never waits for facet counting. Both are asked at once: the services count the facets
    // right after answering the list, so they often land before the list's frame is drawn and share
    // it, where asking once the list had landed always cost a second frame (style, layout, paint).
    const listAsked = call('search.query', { query, limit: 500, facets: false });
    const facetsAsked = call('search.facets', { query });
    const r = await listAsked;
    if (seq !== this.searchSeq) return;
    this.searching = false;
    if (!r.ok) {
      this.searchError = r.error;
      return;
    }
    this.listed = r.value;
    this.listedQuery = query;
    this.counted = null;
    this.searchError = null;
    const f = await facetsAsked;
    if (seq !== this.searchSeq || !f.ok || !this.listed) return;
    this.counted = { facets: f.value.facets, total: f.value.total, warnings: f.value.warnings };
    this.shownFacets = f.value.facets;
  }

  /** Add a facet filter (`source:"Reuters"`) to the query, or remove it if present. */
  toggleFilter(term: string): void {
    const q = this.query.includes(term) ? this.query.replace(term, '').replace(/\s+/g, ' ').trim() : `${this.query.trim()} ${term}`.trim();
    void this.runSearch(q);
  }

  async loadClusters(): Promise<void> {
    const r = await call('duplicates.clusters');
    if (!r.ok) return;
    const map: ClusterOf = new Map();
    for (const c of r.value) {
      const label = `${c.stories[0]?.title ?? 'Cluster'} · ${Math.round(c.similarity * 100)}% similar`;
      for (const s of c.stories) map.set(s.storyId, { id: c.id, label });
    }
    this.clusters = map;
  }

  setGroupBy(by: GroupBy): void {
    this.groupBy = by;
    if (by === 'cluster') void this.loadClusters();
    if (by === 'storyline') this.storylines.want();
    try {
      localStorage.setItem('dossier.groupBy', by);
    } catch {
      // not remembered; harmless
    }
  }

  /** Subscribe to main's events; returns the unsubscribe for the component's teardown. */
  listen(onchanged?: (change: LibraryChange) => void): () => void {
    const offs = [
      on('workspace.opened', () => void this.refresh()),
      // Others (the reader) hear about a change only once the list reflects it.
      on('library.changed', (c) => void this.refresh().then(() => onchanged?.(c))),
      on('ingest.progress', (p) => (this.progress = p.done >= p.total ? null : p)),
      on('annotations.changed', () => void this.loadCounts()),
      on('discovery.progress', (p) => p.phase === 'ready' && this.groupBy === 'cluster' && void this.loadClusters()),
      this.storylines.listen(),
    ];
    return () => offs.forEach((off) => off());
  }

  /** The first screen's page and the workspace, asked for by `askFirstPage` before the panes mount. */
  private firstAsked: { page: Promise<Listing>; ws: ReturnType<typeof askWorkspace> } | null = null;

  /**
   * Ask for the workspace and the first screen's page now, ahead of the first `refresh`: the app
   * calls this before its panes mount, so the replies travel while the panes are built (most of
   * a tenth of a second at startup) instead of after them.
   */
  askFirstPage(): void {
    this.firstAsked ??= { page: loadListing({ offset: 0, limit: FIRST_PAGE }), ws: askWorkspace() };
  }

  async refresh(): Promise<void> {
    const seq = ++this.refreshSeq;
    // Only the first refresh may use what `askFirstPage` asked for; later ones ask again.
    const early = this.firstAsked;
    this.firstAsked = null;
    // While the list is empty, the first screen's page (a few kB) comes first and the whole
    // listing (MBs at 30,000 stories) is asked for once it has landed, so its packing and copying
    // never hold up the first rows. A list already shown is replaced by the whole listing only.
    // Untracked: refresh runs inside the app's mount effect, which must not re-run when the list changes.
    const pageAsked = untrack(() => this.stories.length === 0) ? (early?.page ?? loadListing({ offset: 0, limit: FIRST_PAGE })) : null;
    const listingAsked = pageAsked ? pageAsked.then(() => loadListing()) : loadListing();
    const ws = await (early?.ws ?? askWorkspace());
    if (!ws.ok) return this.fail(ws.error);
    this.workspace = ws.value;
    if (!ws.value) {
      this.stories = [];
      this.files = [];
      this.pageOf = null;
      this.loading = false;
      return;
    }
    const folder = ws.value.folder;
    const page = pageAsked && (await pageAsked);
    // A newer refresh makes this one's page moot.
    if (page?.ok && seq === this.refreshSeq) {
      this.stories = page.stories;
      this.files = page.files;
      this.pageOf = { stories: page.total, files: Math.max(ws.value.files, page.files.length) };
      this.loading = false;
      // Open the remembered story (or the first) now when the page holds it; else once all has landed.
      const pick = rememberedStory(folder) ?? this.ordered[0]?.id ?? null;
      if (!this.selectedId && pick && this.stories.some((s) => s.id === pick)) this.selectedId = pick;
    }
    const full = await listingAsked;
    if (!full.ok) return this.fail(full.error);
    this.stories = full.stories;
    this.files = full.files;
    this.pageOf = null;
    // The first rows are on screen by now: load what marking search hits needs while the analyst reads them.
    void wordMatching.load();
    if (this.query.trim()) void this.runSearch(this.query);
    void this.loadCounts();
    if (this.groupBy === 'cluster') void this.loadClusters();
    if (this.groupBy === 'storyline') this.storylines.want();
    this.error = null;
    this.loading = false;
    if (!this.selectedId || !this.stories.some((s) => s.id === this.selectedId)) {
      const remembered = rememberedStory(folder);
      this.selectedId = this.stories.some((s) => s.id === remembered) ? remembered : (this.ordered[0]?.id ?? null);
    }
  }

  select(id: string): void {
    this.selectedId = id;
    if (this.workspace) rememberStory(this.workspace.folder, id);
  }

  /** Move the selection through the visible list (j/k). */
  step(delta: number): void {
    const list = this.ordered;
    if (list.length === 0) return;
    const i = this.selectedIndex < 0 ? 0 : Math.min(list.length - 1, Math.max(0, this.selectedIndex + delta));
    this.select(list[i].id);
  }

  async openSample(): Promise<void> {
    const r = await call('workspace.openSample');
    if (!r.ok) return this.fail(r.error);
    await this.refresh();
  }

  async chooseFolder(): Promise<void> {
    const r = await call('app.chooseFolder');
    if (!r.ok) return this.fail(r.error);
    if (r.value) await this.refresh();
  }

  private fail(err: ApiError): void {
    this.error = err;
    this.loading = false;
  }
}

/** Stories in the listing's first page: a screen of rows and some to scroll, a few kB to send. */
const FIRST_PAGE = 100;

const askWorkspace = () => call('workspace.current');

type Listing = { ok: true; stories: StorySummary[]; files: FileSummary[]; total: number } | { ok: false; error: ApiError };

/**
 * Files and stories in one compact string (one copy across IPC instead of 30,000 objects), or one
 * page of them; the two plain listings are the fallback when the packed one is unavailable or malformed.
 */
async function loadListing(page?: { offset: number; limit: number }): Promise<Listing> {
  const packed = await call('library.listPacked', page);
  const unpacked = packed.ok ? unpackLibrary(packed.value) : null;
  if (unpacked) return { ok: true, ...unpacked };
  // A page that cannot be read is only a head start lost: the whole listing follows it.
  if (page) return { ok: false, error: packed.ok ? { code: 'internal', message: 'The library page could not be read.' } : packed.error };
  const [stories, files] = await Promise.all([call('stories.list'), call('files.list')]);
  if (!stories.ok) return stories;
  if (!files.ok) return files;
  return { ok: true, stories: stories.value, files: files.value, total: stories.value.length };
}

/** The last story read in each workspace, so reopening lands where the analyst left off. */
function rememberedStory(folder: string): string | null {
  try {
    return localStorage.getItem(`dossier.lastStory:${folder}`);
  } catch {
    return null;
  }
}

function rememberStory(folder: string, id: string): void {
  try {
    localStorage.setItem(`dossier.lastStory:${folder}`, id);
  } catch {
    // storage unavailable: nothing to remember
  }
}
