import { BANDS, WIDE_BANDS, bandKey, isEmptySignature, similarity } from './minhash';
import { alignTerms } from './word-diff';

/** Stories at least this similar are the same story (a lightly edited copy). */
const DUPLICATE_THRESHOLD = 0.7;
/**
 * Below DUPLICATE_THRESHOLD but above this, a candidate pair is aligned word by word: in a short
 * story one reworded clause can be a third of the shingles, while the words still line up.
 */
const VERIFY_FLOOR = 0.4;
/** Stories of fewer words than this also go into the wide LSH bands (minhash.ts): one clause is a large share of them. */
const SHORT_STORY_WORDS = 300;
/** An aligned pair is a copy when this share of the longer story's words line up in order… */
const ALIGNED_SHARE = 0.6;
/** …and the differences sit in at most this many separate runs (a clause, and one stray edit)… */
const MAX_EDIT_RUNS = 2;
/** …of at most this many words added and removed in all (a clause reworded on both sides); alignment stops beyond. */
const MAX_EDITED_WORDS = 60;
/** Verify candidate pairs for at most this long between yields to the event loop. */
const SLICE_MS = 25;

/** What near-duplicate detection needs per story. */
interface DupInput {
  id: string;
  signature: Uint32Array;
  /** Hash of the exact clean text: equal hashes are exact duplicates (similarity 1). */
  exactHash: string;
  /** The story's folded words, read only for the few candidates that need aligning. */
  terms?: () => readonly string[];
  /** How many words the story has; short stories get the wide bands too. Unknown counts as long. */
  words?: number;
}

export interface DuplicateCluster {
  /** Stable: the smallest story id in the cluster. */
  id: string;
  storyIds: string[];
  /** The lowest similarity among the pairs that joined the cluster: every variant is at least this close to another. */
  similarity: number;
  /** Similarity of each pair that linked the cluster. */
  pairs: { a: string; b: string; similarity: number }[];
}

/**
 * Near-duplicate clusters by MinHash + LSH: stories sharing any band bucket become candidate
 * pairs, candidates are verified by signature similarity (or, when that is middling, by
 * aligning their words: see `alignedShare`), and verified pairs are joined with union-find.
 * Work grows with the number of stories and true candidates, not with all pairs.
 * Exact copies meet in the same exact-hash bucket and score 1.
 */
export async function findDuplicates(
  items: readonly DupInput[],
  yieldEvery: (done: number) => Promise<void> = async () => undefined,
): Promise<DuplicateCluster[]> {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Numeric pair keys: a group of many copies meets in every band, so this map is asked millions of times.
  const n = items.length;
  const pairKey = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const pairs = new Map<number, { a: number; b: number; s: number }>();
  const link = (a: number, b: number, s: number) => {
    if (a === b) return;
    const key = pairKey(a, b);
    if (pairs.has(key)) return;
    pairs.set(key, { a: Math.min(a, b), b: Math.max(a, b), s });
    parent[find(a)] = find(b);
  };
  const exact = new Map<string, number>();
  items.forEach((it, i) => {
    if (!it.exactHash) return;
    const first = exact.get(it.exactHash);
    if (first === undefined) exact.set(it.exactHash, i);
    else link(first, i, 1);
  });
  const words = new Map<number, readonly string[]>();
  const wordsOf = (i: number) => {
    let w = words.get(i);
    if (!w) words.set(i, (w = items[i].terms?.() ?? []));
    return w;
  };
  const buckets = new Map<string, number[]>();
  let slice = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (isEmptySignature(items[i].signature)) continue;
    for (const bands of isShort(items[i]) ? [BANDS, WIDE_BANDS] : [BANDS]) {
      for (let b = 0; b < bands; b++) {
        const k = bandKey(items[i].signature, b, bands);
        const list = buckets.get(k);
        if (list) list.push(i);
        else buckets.set(k, [i]);
      }
    }
    // By time too: 2,000 stories' band keys (a string each, then their garbage) held the loop for 100 ms and more.
    if ((i & 63) === 63 && performance.now() - slice > SLICE_MS) {
      await yieldEvery(i + 1);
      slice = performance.now();
    }
  }
  let checked = 0;
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const b = list[y];
        if (pairs.has(pairKey(a, b))) continue;
        const s = similarity(items[a].signature, items[b].signature);
        if (s >= DUPLICATE_THRESHOLD) link(a, b, s);
        else if (s >= VERIFY_FLOOR && isShort(items[a]) && isShort(items[b]) && items[a].terms && items[b].terms) {
          const aligned = alignedShare(wordsOf(a), wordsOf(b));
          if (aligned !== null) link(a, b, aligned);
        }
        // By time, not by count: a pair that needs its words aligned costs a thousand plain ones,
        // and 20,000 such pairs held the event loop for seconds.
        if ((++checked & 63) === 0 && performance.now() - slice > SLICE_MS) {
          await yieldEvery(items.length);
          slice = performance.now();
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const byRoot = new Map<number, { a: number; b: number; s: number }[]>();
  for (const p of pairs.values()) {
    const r = find(p.a);
    const list = byRoot.get(r) ?? [];
    list.push(p);
    byRoot.set(r, list);
  }
  const clusters: DuplicateCluster[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const ps = byRoot.get(root) ?? [];
    const ids = members.map((i) => items[i].id).sort();
    clusters.push({
      id: ids[0],
      storyIds: ids,
      // A loop, not Math.min(...): a group of many copies has more pairs than a call can take arguments.
      similarity: Math.round(ps.reduce((m, p) => Math.min(m, p.s), Infinity) * 100) / 100,
      pairs: ps.map((p) => ({ a: items[p.a].id, b: items[p.b].id, similarity: Math.round(p.s * 100) / 100 })),
    });
  }
  return clusters.sort((a, b) => b.storyIds.length - a.storyIds.length || b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
}

/** In a long story one clause costs few shingles, so only short stories need the wide bands and the word alignment. */
const isShort = (it: DupInput) => (it.words ?? Infinity) < SHORT_STORY_WORDS;

/**
 * The share of the longer story's words that line up, in order, with the other story's, when
 * the differences are at most MAX_EDIT_RUNS runs and the share reaches ALIGNED_SHARE; else null.
 * Two different stories on one event share names and phrases, but not most of their words in
 * order with the rest in one or two places.
 */
function alignedShare(a: readonly string[], b: readonly string[]): number | null {
  const longer = Math.max(a.length, b.length);
  if (!longer || Math.min(a.length, b.length) < ALIGNED_SHARE * longer) return null;
  // Words in common regardless of order bound the aligned words from above, in one linear pass:
  // most candidates (stories sharing a few set phrases) stop here, before the quadratic-worst alignment.
  const bag = new Map<string, number>();
  for (const w of a) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = bag.get(w);
    if (n) {
      common++;
      bag.set(w, n - 1);
    }
  }
  if (common < ALIGNED_SHARE * longer) return null;
  const budget = Math.min(MAX_EDITED_WORDS, Math.floor(2 * (1 - ALIGNED_SHARE) * longer));
  const r = alignTerms(a, b, budget);
  if (!r || r.runs > MAX_EDIT_RUNS) return null;
  const share = r.matched / longer;
  return share >= ALIGNED_SHARE ? share : null;
}
