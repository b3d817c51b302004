import type { StorylineSettings } from './storyline-settings';

/** What storyline clustering knows of one story. */
export interface StorylineStory {
  id: string;
  /** Published date (YYYY-MM-DD…), or null when the story states none. */
  date: string | null;
  source: string | null;
  /** Entity ids the story mentions (the discovery entity index's, merges applied). */
  entities: readonly string[];
  /**
   * How often the story mentions each of `entities` (same order); absent, once each. The
   * people an event is about are named again and again, a place in passing once.
   */
  mentions?: readonly number[];
  /** Its top content words with counts (story-terms.ts). */
  terms: readonly (readonly [string, number])[];
}

/** A story as a pair of sparse unit vectors: IDF-weighted names and TF-IDF words. */
export interface StoryVector {
  index: number;
  day: number | null;
  ents: Map<string, number>;
  words: Map<string, number>;
  /** The same two vectors as feature numbers in ascending order with their weights, for the fast dot product. */
  entIds: Int32Array;
  entW: Float64Array;
  wordIds: Int32Array;
  wordW: Float64Array;
  /** Rare enough names and words to propose candidates with. */
  keys: string[];
}

const DAY = 86_400_000;

/** Whole days since the epoch of a YYYY-MM-DD date, or null when there is none or it is not a date. */
export function dayNumber(date: string | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY);
}

/**
 * Unit vectors for every story. Document frequencies come from the stories themselves, so the
 * weights need nothing but the list: a name in two stories of ten thousand says a lot, one in
 * half of them nothing.
 */
export function storyVectors(stories: readonly StorylineStory[], settings: StorylineSettings): StoryVector[] {
  const N = Math.max(1, stories.length);
  const entDf = new Map<string, number>();
  const wordDf = new Map<string, number>();
  for (const s of stories) {
    for (const e of new Set(s.entities)) entDf.set(e, (entDf.get(e) ?? 0) + 1);
    for (const [w] of s.terms) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
  }
  const cap = Math.max(settings.minDfCap, settings.maxDfShare * N);
  const entNo = new Map([...entDf.keys()].map((k, i) => [k, i]));
  const wordNo = new Map([...wordDf.keys()].map((k, i) => [k, i]));
  const idf = (df: number) => Math.log((N + 1) / df);
  return stories.map((s, index) => {
    const ents = new Map<string, number>();
    const entKeys: [string, number][] = [];
    for (const [e, n] of mentionCounts(s)) {
      const df = entDf.get(e)!;
      const x = (1 + settings.mentionWeight * Math.log(n)) * idf(df);
      ents.set(e, x);
      if (df > 1 && df <= cap) entKeys.push([`e:${e}`, x]);
    }
    const words = new Map<string, number>();
    const wordKeys: [string, number][] = [];
    for (const [w, c] of s.terms) {
      const df = wordDf.get(w)!;
      const x = (1 + Math.log(c)) * idf(df);
      words.set(w, x);
      if (df > 1 && df <= cap) wordKeys.push([`w:${w}`, x]);
    }
    // Only the heaviest few propose candidates: a related story shares at least one of them, and the work stays bounded.
    const heaviest = (list: [string, number][]) => list.sort((a, b) => b[1] - a[1]).slice(0, settings.candidateKeys);
    const keys = [...heaviest(entKeys), ...heaviest(wordKeys)].map(([k]) => k);
    normalise(ents);
    normalise(words);
    const [entIds, entW] = packed(ents, entNo);
    const [wordIds, wordW] = packed(words, wordNo);
    return { index, day: dayNumber(s.date), ents, words, keys, entIds, entW, wordIds, wordW };
  });
}

/** Each distinct entity of a story with its mention count (at least 1; bad counts count once). */
function mentionCounts(s: StorylineStory): Map<string, number> {
  const out = new Map<string, number>();
  s.entities.forEach((e, i) => {
    const n = s.mentions?.[i];
    out.set(e, Math.max(out.get(e) ?? 1, typeof n === 'number' && Number.isFinite(n) && n >= 1 ? n : 1));
  });
  return out;
}

function packed(v: Map<string, number>, no: Map<string, number>): [Int32Array, Float64Array] {
  const pairs = [...v].map(([k, x]) => [no.get(k)!, x] as const).sort((a, b) => a[0] - b[0]);
  return [Int32Array.from(pairs, (p) => p[0]), Float64Array.from(pairs, (p) => p[1])];
}

function normalise(v: Map<string, number>): void {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
}

/** Cosine of two unit vectors, and the keys they share (heaviest first) for the explanation. */
export function cosine(a: Map<string, number>, b: Map<string, number>): { score: number; shared: string[] } {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let score = 0;
  const shared: [string, number][] = [];
  for (const [k, x] of small) {
    const y = big.get(k);
    if (y === undefined) continue;
    score += x * y;
    shared.push([k, x * y]);
  }
  shared.sort((p, q) => q[1] - p[1]);
  return { score, shared: shared.map(([k]) => k) };
}

/** Cosine of two unit vectors as sorted feature numbers, without the shared keys: the clustering loop's hot path. */
function dot(ai: Int32Array, aw: Float64Array, bi: Int32Array, bw: Float64Array): number {
  let score = 0;
  for (let i = 0, j = 0; i < ai.length && j < bi.length;) {
    if (ai[i] === bi[j]) score += aw[i++] * bw[j++];
    else if (ai[i] < bi[j]) i++;
    else j++;
  }
  return score;
}

/**
 * How alike two stories are: the weighted sum of their name and wording cosines, or 0 when
 * they share too few names and words to be one event (see STORYLINE_SETTINGS).
 */
export function storyScore(a: StoryVector, b: StoryVector, settings: StorylineSettings): number {
  return gatedScore(entityCosine(a, b), wordingCosine(a, b), settings);
}

/** The names cosine `e` and wording cosine `w` of two stories or storylines as one score, 0 below the floors. */
export function gatedScore(e: number, w: number, settings: StorylineSettings): number {
  if (w < settings.minWordingScore) return 0;
  if (e < settings.minEntityScore && w < settings.wordingAlone) return 0;
  return settings.entityWeight * e + settings.textWeight * w;
}

/** Names cosine of two stories. */
export const entityCosine = (a: StoryVector, b: StoryVector) => dot(a.entIds, a.entW, b.entIds, b.entW);
/** Wording cosine of two stories. */
export const wordingCosine = (a: StoryVector, b: StoryVector) => dot(a.wordIds, a.wordW, b.wordIds, b.wordW);

/** The score of two stories with the names and words they share, heaviest first, for the explanation. */
export function storySimilarity(
  a: StoryVector,
  b: StoryVector,
  settings: StorylineSettings,
): { score: number; sharedEntities: string[]; sharedWords: string[] } {
  return { score: storyScore(a, b, settings), sharedEntities: cosine(a.ents, b.ents).shared, sharedWords: cosine(a.words, b.words).shared };
}
