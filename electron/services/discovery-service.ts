import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { DossierError } from '../core/errors';
import type { Emit } from '../core/api/emit';
import type { FileSummary, RawFileView, StorySummary, WorkspaceInfo } from '../core/api/views';
import type { Story } from '../core/types';
import { stableHash } from '../core/library/hash';
import { FullTextIndex } from '../core/search/full-text-index';
import { cleanBody } from '../core/search/clean-body';
import { parseQuery, QuerySyntaxError, type ParsedQuery } from '../core/search/query-parser';
import { matchQuery, runSearch, type SearchContext, type SearchableStory, type SearchResponse } from '../core/search/search-engine';
import type { Facets } from '../core/search/facets';
import type { AnnotationFacts } from '../core/search/annotation-facts';
import { extractStoryEntities } from '../core/entities/extract';
import { packEntities, unpackEntities } from '../core/entities/packed';
import { EntityIndex, type Entity } from '../core/entities/entity-index';
import type { EntityKind, EntityOverrides } from '../core/entities/types';
import { signature } from '../core/related/minhash';
import { findDuplicates, type DuplicateCluster } from '../core/related/duplicates';
import { relatedStories, type RelatedSuggestion } from '../core/related/related';
import { wordDiff } from '../core/related/word-diff';
import { buildTimeline, type Timeline, type TimelineUnit } from '../core/related/timeline';
import type { ClusterSummary, ClusterView, DiscoveryPhase, DiscoveryPort, DiscoveryStatus, EntityDetail, EntitySummary } from '../core/search/discovery-port';
import { loadDiscoveryCache, saveDiscoveryCache, type StoryFacts } from './discovery-cache';
import { fileDismissals, fileEntityOverrides, type DismissalStore } from './discovery-stores';

/** The part of the workspace discovery reads (WorkspaceService satisfies it). */
export interface DiscoveryWorkspace {
  current(): WorkspaceInfo | null;
  listStories(): StorySummary[];
  listFiles(): FileSummary[];
  storyRecord(id: string): Story;
  rawFile(path: string): RawFileView;
  /** The hash of a dump's bytes as last read, or null when it is not in the catalog. */
  contentHash(path: string): string | null;
}

export interface DiscoveryOptions {
  workspace: DiscoveryWorkspace;
  emit: Emit;
  /** Tags and highlights from the annotations area; null until that area provides them. */
  facts?: () => AnnotationFacts | null;
  /** Where manual entity corrections live; defaults to `.dossier/entity-overrides.json`. */
  overrides?: (folder: string) => Promise<EntityOverrides>;
  dismissals?: (folder: string) => Promise<DismissalStore>;
}

const FILE_CACHE = 48;
/**
 * A search index holds at most a few bytes per byte of text (4-byte postings, the terms and
 * ids once); an index file far larger than the library it claims to cover is not even read.
 */
const INDEX_BYTES_PER_TEXT_BYTE = 16;

/**
 * Search, entities, related stories, near-duplicates and the timeline over the open
 * workspace. The search index is built (or loaded from `.dossier/cache/`) when a workspace
 * opens; entities and near-duplicates follow in the background in chunks that yield to the
 * event loop and report `discovery.progress`. Framework-free apart from node:fs.
 */
export class DiscoveryService implements DiscoveryPort {
  private folder: string | null = null;
  private index = new FullTextIndex();
  private meta = new Map<string, SearchableStory>();
  private fileFp = new Map<string, string>();
  private facts = new Map<string, StoryFacts>();
  private entities: EntityIndex | null = null;
  private clusters: DuplicateCluster[] = [];
  private dupOf = new Map<string, { storyId: string; similarity: number }[]>();
  private texts = new Map<string, string>();
  private overrides: EntityOverrides | null = null;
  private dismissals: DismissalStore | null = null;
  private generation = 0;
  private background: Promise<void> = Promise.resolve();
  private phase: DiscoveryPhase = 'ready';
  /** Settles when the search index of the open workspace is built or loaded (and any update applied). */
  private indexing: Promise<void> = Promise.resolve();

  constructor(private readonly opts: DiscoveryOptions) {}

  /**
   * Open hook: load the cache, re-index only files whose fingerprint changed, then start the
   * background work. Does not hold up the workspace opening: queries wait for the index.
   */
  opened(folder: string): Promise<void> {
    const gen = ++this.generation;
    this.indexing = this.load(folder, gen).catch(() => undefined);
    return this.indexing;
  }

  private async load(folder: string, gen: number): Promise<void> {
    this.folder = resolve(folder);
    this.texts.clear();
    this.entities = null;
    this.clusters = [];
    this.dupOf.clear();
    this.overrides = await (this.opts.overrides ?? fileEntityOverrides)(this.folder);
    this.dismissals = await (this.opts.dismissals ?? fileDismissals)(this.folder);
    const libraryBytes = this.opts.workspace.listFiles().reduce((n, f) => n + f.size, 0);
    const cache = await loadDiscoveryCache(this.folder, INDEX_BYTES_PER_TEXT_BYTE * libraryBytes + (1 << 20));
    this.index = cache?.index ?? new FullTextIndex();
    this.fileFp = cache?.files ?? new Map();
    this.facts = cache?.facts ?? new Map();
    const stories = this.opts.workspace.listStories();
    this.meta = new Map(stories.map((s) => [s.id, { id: s.id, path: s.path, title: s.title, date: s.date, source: s.source, language: s.language }]));
    const paths = [...new Set(stories.map((s) => s.path))];
    const stale = new Set(this.fileFp.keys());
    const changed: string[] = [];
    const layouts = this.layouts();
    // The cache must also agree with itself: a story of a matching file that the index lacks is read again, a story the catalog does not have is dropped.
    const unindexed = new Set(stories.filter((st) => !this.index.has(st.id)).map((st) => st.path));
    const extra = this.index.ids().filter((id) => !this.meta.has(id));
    for (const id of extra) this.index.remove(id);
    for (const p of paths) {
      stale.delete(p);
      if (unindexed.has(p) || this.fileFp.get(p) !== this.fingerprint(p, layouts)) changed.push(p);
    }
    const dirty = changed.length > 0 || stale.size > 0 || extra.length > 0 || !cache;
    await this.reindex(changed, [...stale], gen);
    if (gen !== this.generation) return;
    if (dirty) await saveDiscoveryCache(this.folder, { files: this.fileFp, index: this.index, facts: this.facts });
    this.startBackground(gen);
  }

  /**
   * Incremental update after the workspace re-read some files (the watcher calls this):
   * re-index changed paths, drop removed ones, then refresh entities and duplicates.
   */
  updateFiles(changedPaths: string[], removedPaths: string[]): Promise<void> {
    const run = this.indexing.then(() => this.update(changedPaths, removedPaths));
    this.indexing = run.catch(() => undefined);
    return run;
  }

  private async update(changedPaths: string[], removedPaths: string[]): Promise<void> {
    if (!this.folder) return;
    const gen = this.generation;
    const stories = this.opts.workspace.listStories();
    // A changed headline changes the story id: forget ids the catalog no longer has first.
    const live = new Set(stories.map((s) => s.id));
    for (const id of [...this.meta.keys()]) if (!live.has(id)) this.meta.delete(id);
    for (const s of stories) this.meta.set(s.id, { id: s.id, path: s.path, title: s.title, date: s.date, source: s.source, language: s.language });
    await this.reindex(changedPaths, removedPaths, gen);
    if (gen !== this.generation) return;
    await saveDiscoveryCache(this.folder, { files: this.fileFp, index: this.index, facts: this.facts });
    this.startBackground(gen);
  }

  /** Resolves when entities and duplicates are up to date (the CLI waits; the app need not). */
  async whenReady(): Promise<void> {
    await this.indexing;
    await this.background;
  }

  status(): DiscoveryStatus {
    return { phase: this.phase, stories: this.index.size };
  }

  /** Search; waits for the index, and for entities when the query filters by entity. */
  async search(query: string, limit = 50, facets = true): Promise<SearchResponse> {
    const q = this.parse(query);
    await this.indexing;
    if (q.filters.some((f) => f.key === 'entity')) await this.background;
    return runSearch(this.index, this.context(), q, Math.max(1, Math.min(limit, 500)), facets);
  }

  async facets(query: string): Promise<{ facets: Facets; total: number; warnings: string[] }> {
    const r = await this.search(query, 1);
    return { facets: r.facets, total: r.total, warnings: r.warnings };
  }

  async timeline(query: string, by: TimelineUnit): Promise<Timeline & { warnings: string[] }> {
    const q = this.parse(query);
    await this.indexing;
    if (q.filters.some((f) => f.key === 'entity')) await this.background;
    const warnings: string[] = [];
    const { ranked } = matchQuery(this.index, this.context(), q, warnings);
    const stories = ranked.map(({ id }) => this.meta.get(id)!).filter(Boolean);
    return { ...buildTimeline(stories.map((s) => ({ id: s.id, title: s.title, path: s.path, date: s.date, source: s.source })), by), warnings: [...new Set(warnings)] };
  }

  async listEntities(kind?: EntityKind, limit = 500): Promise<EntitySummary[]> {
    const ents = await this.entityIndex();
    return [...ents.entities.values()]
      .filter((e) => !kind || e.kind === kind)
      .sort((a, b) => b.stories.size - a.stories.size || a.name.localeCompare(b.name))
      .slice(0, Math.max(1, Math.min(limit, 5000)))
      .map(summary);
  }

  /** The entities a story mentions, most mentioned first; `mentions` counts this story only. */
  async entitiesForStory(storyId: string): Promise<EntitySummary[]> {
    const ents = await this.entityIndex();
    return ents
      .forStory(storyId)
      .flatMap((id) => {
        const e = ents.entities.get(id);
        return e ? [{ ...summary(e), mentions: Math.round(e.stories.get(storyId) ?? 0) }] : [];
      })
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  async getEntity(id: string): Promise<EntityDetail> {
    const ents = await this.entityIndex();
    const e = ents.entities.get(id);
    if (!e) throw new DossierError('entity-not-found', 'That entity no longer exists; it may have been merged or split. Reload the entity list.');
    const co = new Map<string, number>();
    const storyList = [...e.stories]
      .map(([sid, count]) => ({ sid, count, m: this.meta.get(sid) }))
      .filter((x) => x.m)
      .map(({ sid, count, m }) => {
        for (const other of ents.forStory(sid)) if (other !== id) co.set(other, (co.get(other) ?? 0) + 1);
        return { storyId: sid, title: m!.title, path: m!.path, date: m!.date, count };
      })
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
    const dates = storyList.map((s) => s.date).filter((d): d is string => !!d).sort();
    return {
      ...summary(e),
      storyList,
      cooccurring: [...co]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([oid, n]) => ({ id: oid, name: ents.entities.get(oid)!.name, kind: ents.entities.get(oid)!.kind, stories: n })),
      firstSeen: dates[0] ?? null,
      lastSeen: dates[dates.length - 1] ?? null,
    };
  }

  async mergeEntities(from: string, into: string): Promise<EntitySummary> {
    const ents = await this.entityIndex();
    if (from === into) throw new DossierError('bad-merge', 'Choose two different entities to merge.');
    if (!ents.entities.has(from) || !ents.entities.has(into)) throw new DossierError('entity-not-found', 'One of those entities no longer exists. Reload the entity list and try again.');
    const o = this.requireOverrides();
    const data = o.get();
    await o.save({ ...data, merges: [...data.merges.filter((m) => m.from !== from), { from, into }] });
    this.rebuildEntities();
    return summary(this.entities!.entities.get(into)!);
  }

  async splitEntity(entity: string, alias: string): Promise<EntitySummary[]> {
    const ents = await this.entityIndex();
    const e = ents.entities.get(entity);
    if (!e) throw new DossierError('entity-not-found', 'That entity no longer exists. Reload the entity list and try again.');
    if (!e.aliases.includes(alias)) throw new DossierError('alias-not-found', `"${alias}" is not one of the spellings of ${e.name}; choose one of: ${e.aliases.slice(0, 8).join(', ')}.`);
    if (e.aliases.length < 2) throw new DossierError('bad-split', `${e.name} has only one spelling; there is nothing to split off.`);
    const o = this.requireOverrides();
    const data = o.get();
    await o.save({ merges: data.merges.filter((m) => m.from !== entity && m.into !== entity), splits: [...data.splits, { entity, alias }] });
    this.rebuildEntities();
    return [...this.entities!.entities.values()].filter((x) => x.id === entity || x.aliases.includes(alias)).map(summary);
  }

  async related(id: string): Promise<RelatedSuggestion[]> {
    await this.indexing;
    if (!this.meta.has(id)) throw new DossierError('story-not-found', 'That story is no longer in the workspace; its file may have been moved or deleted.');
    const ents = await this.entityIndex();
    const dismissed = this.dismissals?.dismissedWith(id) ?? new Set<string>();
    return relatedStories(
      {
        story: (sid) => this.meta.get(sid),
        entitiesOf: (sid) => ents.forStory(sid),
        entity: (eid) => {
          const e = ents.entities.get(eid);
          return e && { name: e.name, stories: e.stories };
        },
        duplicatesOf: (sid) => this.dupOf.get(sid) ?? [],
        totalStories: this.meta.size,
        dismissed: (a, b) => (a === id ? dismissed.has(b) : b === id ? dismissed.has(a) : false),
      },
      id,
    );
  }

  async dismiss(id: string, otherId: string): Promise<void> {
    if (!this.dismissals) throw new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');
    await this.dismissals.add(id, otherId);
  }

  async duplicateClusters(): Promise<ClusterSummary[]> {
    if (!this.folder) throw new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');
    await this.whenReady();
    return this.clusters.map((c) => this.clusterSummary(c));
  }

  async duplicateCluster(id: string): Promise<ClusterView> {
    await this.whenReady();
    const c = this.clusters.find((x) => x.id === id);
    if (!c) throw new DossierError('cluster-not-found', 'That group of near-duplicates no longer exists; the library may have changed. Reload the list.');
    const [ref, ...rest] = c.storyIds;
    const refText = this.body(ref);
    const simTo = (sid: string) => c.pairs.filter((p) => (p.a === ref && p.b === sid) || (p.b === ref && p.a === sid))[0]?.similarity ?? c.similarity;
    return {
      ...this.clusterSummary(c),
      referenceId: ref,
      variants: [ref, ...rest].map((sid) => {
        const m = this.meta.get(sid)!;
        const text = sid === ref ? refText : this.body(sid);
        const diff = sid === ref ? { added: [], removed: [] } : wordDiff(refText, text);
        return { storyId: sid, path: m.path, title: m.title, text, similarity: sid === ref ? 1 : simTo(sid), added: diff.added, removed: diff.removed };
      }),
    };
  }

  // ---- internals ----

  private clusterSummary(c: DuplicateCluster): ClusterSummary {
    return {
      id: c.id,
      similarity: c.similarity,
      stories: c.storyIds.map((sid) => ({ storyId: sid, path: this.meta.get(sid)?.path ?? '', title: this.meta.get(sid)?.title ?? '' })),
    };
  }

  private parse(query: string): ParsedQuery {
    if (!this.folder) throw new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');
    try {
      return parseQuery(query);
    } catch (err) {
      if (err instanceof QuerySyntaxError) throw new DossierError('bad-query', err.message);
      throw err;
    }
  }

  private context(): SearchContext {
    const ents = this.entities;
    return {
      story: (id) => this.meta.get(id),
      body: (id) => this.body(id),
      storiesWithEntity: (name) => (ents ? ents.storiesNamed(name) : null),
      entityNames: (id) => (ents ? ents.forStory(id).map((e) => ents.entities.get(e)!.name) : []),
      facts: this.opts.facts?.() ?? null,
    };
  }

  private async entityIndex(): Promise<EntityIndex> {
    if (!this.folder) throw new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');
    await this.whenReady();
    if (!this.entities) this.rebuildEntities();
    return this.entities!;
  }

  private requireOverrides(): EntityOverrides {
    if (!this.overrides) throw new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');
    return this.overrides;
  }

  private rebuildEntities(): void {
    const per = new Map<string, StoryFacts['entities']>();
    for (const id of this.meta.keys()) {
      const f = this.facts.get(id);
      if (f) per.set(id, f.entities);
    }
    this.entities = new EntityIndex(per, this.overrides?.get() ?? { merges: [], splits: [] });
  }

  /**
   * Per-story names the library index dropped (a bare capitalised run seen in one story
   * only) are not kept either: they were most of the per-story data in memory and in the
   * cache. A later story repeating such a name starts it afresh.
   */
  private forgetDroppedNames(): void {
    const ents = this.entities;
    if (!ents) return;
    for (const [id, f] of this.facts) {
      const list = unpackEntities(f.entities);
      const keep = list.filter((e) => e.strong || ents.resolveKey(e.kind, e.key));
      if (keep.length !== list.length) this.facts.set(id, { ...f, entities: packEntities(keep) });
    }
  }

  /**
   * Fingerprint of a file as the catalog sees it: the hash of the bytes it read plus the
   * story layout. Not size and mtime: a file rewritten in place with its mtime restored,
   * or a cache copied in from another folder with the same names, must not be trusted.
   */
  private fingerprint(path: string, layouts: Map<string, string>): string {
    return `${this.opts.workspace.contentHash(path) ?? 'unread'}:${stableHash(layouts.get(path) ?? '')}`;
  }

  /** Each file's story layout (ids, offsets, noise, metadata) in one pass over the catalog. */
  private layouts(): Map<string, string> {
    const out = new Map<string, string>();
    for (const s of this.opts.workspace.listStories()) {
      const r = this.opts.workspace.storyRecord(s.id);
      const line = `${s.id}:${r.start}:${r.end}:${r.noise.length}:${s.title}:${s.date}:${s.source}:${s.language}`;
      out.set(s.path, out.has(s.path) ? `${out.get(s.path)},${line}` : line);
    }
    return out;
  }

  private async reindex(changed: string[], removed: string[], gen: number): Promise<void> {
    const drop = new Set([...changed, ...removed]);
    if (drop.size) {
      for (const id of this.index.ids()) {
        const m = this.meta.get(id);
        if (!m || drop.has(m.path)) {
          this.index.remove(id);
          this.facts.delete(id);
        }
      }
      // Stories of a changed file may have new ids: drop what the catalog no longer has.
      for (const id of this.index.ids()) if (!this.meta.has(id)) this.index.remove(id);
    }
    for (const p of removed) {
      this.fileFp.delete(p);
      this.texts.delete(p);
    }
    const byPath = new Map<string, string[]>();
    for (const m of this.meta.values()) if (drop.has(m.path) || !this.fileFp.has(m.path)) byPath.set(m.path, [...(byPath.get(m.path) ?? []), m.id]);
    let done = 0;
    const total = byPath.size;
    const layouts = this.layouts();
    for (const [path, ids] of byPath) {
      if (removed.includes(path)) continue;
      this.texts.delete(path);
      for (const id of ids) {
        // Cached facts describe the text a story had when they were computed; this one is new.
        this.facts.delete(id);
        const body = this.tryBody(id);
        if (body !== null) this.index.add(id, this.meta.get(id)!.title, body);
      }
      this.fileFp.set(path, this.fingerprint(path, layouts));
      if (++done % 200 === 0) {
        this.opts.emit('discovery.progress', { phase: 'index', done, total });
        await tick();
        if (gen !== this.generation) return;
      }
    }
    this.opts.emit('discovery.progress', { phase: 'index', done: total, total });
  }

  private startBackground(gen: number): void {
    this.background = this.computeBackground(gen).catch(() => undefined);
  }

  /** Entities and MinHash signatures for stories that lack them, then clusters. Yields often. */
  private async computeBackground(gen: number): Promise<void> {
    this.phase = 'entities';
    const missing = [...this.meta.keys()].filter((id) => !this.facts.has(id));
    let done = 0;
    let last = Date.now();
    for (const id of missing) {
      const body = this.tryBody(id);
      if (body === null) continue;
      const text = `${this.meta.get(id)!.title}\n\n${body}`;
      this.facts.set(id, { entities: packEntities(extractStoryEntities(text)), signature: signature(body), exactHash: createHash('sha1').update(body).digest('base64') });
      done++;
      if (Date.now() - last > 30) {
        this.opts.emit('discovery.progress', { phase: 'entities', done, total: missing.length });
        await tick();
        last = Date.now();
        if (gen !== this.generation) return;
      }
    }
    this.opts.emit('discovery.progress', { phase: 'entities', done: missing.length, total: missing.length });
    this.rebuildEntities();
    this.forgetDroppedNames();
    this.phase = 'duplicates';
    const items = [...this.meta.keys()].flatMap((id) => {
      const f = this.facts.get(id);
      return f ? [{ id, signature: f.signature, exactHash: f.exactHash }] : [];
    });
    this.opts.emit('discovery.progress', { phase: 'duplicates', done: 0, total: items.length });
    const clusters = await findDuplicates(items, async (n) => {
      this.opts.emit('discovery.progress', { phase: 'duplicates', done: n, total: items.length });
      await tick();
    });
    if (gen !== this.generation) return;
    this.clusters = clusters;
    this.dupOf.clear();
    for (const c of clusters) {
      for (const p of c.pairs) {
        this.dupOf.set(p.a, [...(this.dupOf.get(p.a) ?? []), { storyId: p.b, similarity: p.similarity }]);
        this.dupOf.set(p.b, [...(this.dupOf.get(p.b) ?? []), { storyId: p.a, similarity: p.similarity }]);
      }
    }
    this.phase = 'ready';
    this.opts.emit('discovery.progress', { phase: 'ready', done: items.length, total: items.length });
    if (missing.length && this.folder) await saveDiscoveryCache(this.folder, { files: this.fileFp, index: this.index, facts: this.facts });
  }

  /** The body, or null when the file went away meanwhile (the next change notice will tidy up). */
  private tryBody(id: string): string | null {
    try {
      return this.body(id);
    } catch {
      return null;
    }
  }

  /** A story's clean body, reading each file once through a small cache. */
  private body(id: string): string {
    const story = this.opts.workspace.storyRecord(id);
    let text = this.texts.get(story.path);
    if (text === undefined) {
      text = this.opts.workspace.rawFile(story.path).text;
      this.texts.set(story.path, text);
      if (this.texts.size > FILE_CACHE) this.texts.delete(this.texts.keys().next().value!);
    }
    return cleanBody(text, story);
  }
}

function summary(e: Entity): EntitySummary {
  return { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, stories: e.stories.size, mentions: e.mentions };
}

const tick = () => new Promise<void>((r) => setImmediate(r));
