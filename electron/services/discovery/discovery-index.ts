import { resolve } from 'node:path';
import { stableHash } from '../../core/library/hash';
import { FullTextIndex } from '../../core/search/full-text-index';
import type { SearchableStory } from '../../core/search/search-engine';
import type { StorySummary } from '../../core/api/views';
import { loadDiscoveryCache } from './discovery-cache';
import { fileEntityOverrides } from './discovery-stores';
import type { DiscoveryState } from './discovery-state';
import { factsAhead } from './facts-ahead';
import { VersionedMap } from '../../core/search/versioned-map';
import { TimeSlices } from '../time-slices';

/**
 * A search index holds at most a few bytes per byte of text (4-byte postings, the terms and
 * ids once); an index file far larger than the library it claims to cover is not even read.
 */
const INDEX_BYTES_PER_TEXT_BYTE = 16;

const searchable = (s: StorySummary): SearchableStory => ({
  id: s.id,
  path: s.path,
  title: s.title,
  date: s.date,
  source: s.source,
  byline: s.byline,
  language: s.language,
});

/**
 * Opening a workspace: load the cache, re-index only files whose fingerprint changed, and
 * save when anything did. Resolves true when `gen` is still the open workspace (the caller
 * then starts the background facts), false when another folder opened meanwhile.
 */
export async function loadIndex(state: DiscoveryState, folder: string, gen: number): Promise<boolean> {
  const { workspace } = state.opts;
  state.folder = resolve(folder);
  state.entities = null;
  state.clusters = [];
  state.dupOf.clear();
  state.overrides = await (state.opts.overrides ?? fileEntityOverrides)(state.folder);
  state.dismissals = await state.opts.dismissals(state.folder);
  const libraryBytes = workspace.listFiles().reduce((n, f) => n + f.size, 0);
  const cache = await loadDiscoveryCache(state.folder, INDEX_BYTES_PER_TEXT_BYTE * libraryBytes + (1 << 20));
  state.index = cache?.index ?? new FullTextIndex();
  state.fileFp = cache?.files ?? new Map();
  state.facts = cache?.facts ?? new Map();
  const stories = workspace.listStories();
  // 20,000 stories: each step below holds the loop for a few hundred milliseconds unless cut in slices.
  const slices = new TimeSlices();
  const meta = new VersionedMap<string, SearchableStory>();
  for (const s of stories) {
    meta.set(s.id, searchable(s));
    if ((await slices.pause()) && gen !== state.generation) return false;
  }
  if (gen !== state.generation) return false;
  state.meta = meta;
  // The facts the cache lacks are computed on other cores while this thread builds the index.
  state.ahead = factsAhead(
    state,
    stories.filter((s) => !state.facts.has(s.id)).map((s) => s.id),
  );
  const paths = [...new Set(stories.map((s) => s.path))];
  const stale = new Set(state.fileFp.keys());
  const changed: string[] = [];
  const layouts = await storyLayouts(state, stories, slices);
  if (!layouts || gen !== state.generation) return false;
  // The cache must also agree with itself: a story of a matching file that the index lacks is read again, a story the catalog does not have is dropped.
  const unindexed = new Set(stories.filter((st) => !state.index.has(st.id)).map((st) => st.path));
  const extra = state.index.ids().filter((id) => !state.meta.has(id));
  for (const id of extra) state.index.remove(id);
  for (const p of paths) {
    stale.delete(p);
    if (unindexed.has(p) || state.fileFp.get(p) !== fingerprint(state, p, layouts)) changed.push(p);
  }
  const dirty = changed.length > 0 || stale.size > 0 || extra.length > 0 || !cache;
  await reindex(state, changed, [...stale], gen, layouts);
  if (gen !== state.generation) return false;
  if (dirty) await state.save();
  return true;
}

/**
 * After the workspace re-read some files: re-index changed paths, drop removed ones and save.
 * Resolves true when the background facts should be refreshed.
 */
export async function updateIndex(state: DiscoveryState, changedPaths: string[], removedPaths: string[]): Promise<boolean> {
  if (!state.folder) return false;
  const gen = state.generation;
  const stories = state.opts.workspace.listStories();
  // A changed headline changes the story id: forget ids the catalog no longer has first.
  const live = new Set(stories.map((s) => s.id));
  for (const id of [...state.meta.keys()]) if (!live.has(id)) state.meta.delete(id);
  for (const s of stories) state.meta.set(s.id, searchable(s));
  const layouts = await storyLayouts(state, stories, new TimeSlices(), gen);
  if (!layouts) return false;
  await reindex(state, changedPaths, removedPaths, gen, layouts);
  if (gen !== state.generation) return false;
  await state.save();
  return true;
}

/**
 * Fingerprint of a file as the catalog sees it: the hash of the bytes it read plus the
 * story layout. Not size and mtime: a file rewritten in place with its mtime restored,
 * or a cache copied in from another folder with the same names, must not be trusted.
 */
function fingerprint(state: DiscoveryState, path: string, layouts: Map<string, string>): string {
  return `${state.opts.workspace.contentHash(path) ?? 'unread'}:${stableHash(layouts.get(path) ?? '')}`;
}

/**
 * Each file's story layout (ids, offsets, noise, metadata) in one pass over the catalog, in
 * time slices; null when another folder opened meanwhile (`gen`).
 */
async function storyLayouts(
  state: DiscoveryState,
  stories: readonly StorySummary[],
  slices: TimeSlices,
  gen = state.generation,
): Promise<Map<string, string> | null> {
  const { workspace } = state.opts;
  const out = new Map<string, string>();
  for (const s of stories) {
    // Between slices a watched change may have taken a story away: its file is re-indexed by the update that follows.
    let r;
    try {
      r = workspace.storyRecord(s.id);
    } catch {
      continue;
    }
    const line = `${s.id}:${r.start}:${r.end}:${r.noise.length}:${s.title}:${s.date}:${s.source}:${s.language}`;
    out.set(s.path, out.has(s.path) ? `${out.get(s.path)},${line}` : line);
    if ((await slices.pause()) && gen !== state.generation) return null;
  }
  return out;
}

async function reindex(
  state: DiscoveryState,
  changed: string[],
  removed: string[],
  gen: number,
  layouts: Map<string, string>,
): Promise<void> {
  const { index, meta, facts, fileFp } = state;
  const gone = new Set(removed);
  const drop = new Set([...changed, ...removed]);
  if (drop.size) {
    for (const id of index.ids()) {
      const m = meta.get(id);
      if (!m || drop.has(m.path)) {
        index.remove(id);
        facts.delete(id);
      }
    }
    // Stories of a changed file may have new ids: drop what the catalog no longer has.
    for (const id of index.ids()) if (!meta.has(id)) index.remove(id);
  }
  for (const p of removed) fileFp.delete(p);
  const byPath = new Map<string, string[]>();
  for (const m of meta.values()) {
    if (!drop.has(m.path) && fileFp.has(m.path)) continue;
    const ids = byPath.get(m.path);
    if (ids) ids.push(m.id);
    else byPath.set(m.path, [m.id]);
  }
  let done = 0;
  const total = byPath.size;
  const slices = new TimeSlices();
  for (const [path, ids] of byPath) {
    if (gone.has(path)) continue;
    for (const id of ids) {
      // Cached facts describe the text a story had when they were computed; this one is new.
      facts.delete(id);
      const text = state.trySearchText(id);
      if (text !== null) index.add(id, meta.get(id)!.title, text.clean, text.hidden);
    }
    fileFp.set(path, fingerprint(state, path, layouts));
    if (++done % 200 === 0) state.opts.emit('discovery.progress', { phase: 'index', done, total });
    // By time, not by file count: 200 files of long stories held the event loop for half a second.
    if ((await slices.pause()) && gen !== state.generation) return;
  }
  state.opts.emit('discovery.progress', { phase: 'index', done: total, total });
}
