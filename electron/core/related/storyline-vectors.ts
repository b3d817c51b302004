import type { StorylineSettings } from './storyline-settings';
import { eachTerm, type PackedTerms } from './story-terms';

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
  /** Its top content words with counts, as a list or as kept in the discovery cache (story-terms.ts). */
  terms: readonly (readonly [string, number])[] | PackedTerms;
}

/**
 * A story as a pair of sparse unit vectors, IDF-weighted names and TF-IDF words, each as
 * feature numbers in ascending order with their weights: a dot product is one merge of two
 * short typed arrays, and 20,000 stories make no per-story maps for the collector to chase.
 */
export interface StoryVector {
  index: number;
  day: number | null;
  entIds: Int32Array;
  entW: Float64Array;
  wordIds: Int32Array;
  wordW: Float64Array;
  /** Rare enough names and words to propose candidates with: entity numbers, then word numbers plus `entities.length`. */
  keys: Int32Array;
}

/** Every story's vectors, and what their feature numbers stand for. */
export interface StoryVectors {
  vecs: StoryVector[];
  /** The entity id of each entity number. */
  entities: string[];
  /** The word of each word number. */
  words: string[];
}

const DAY = 86_400_000;

/** Whole days since the epoch of a YYYY-MM-DD date, or null when there is none or it is not a date. */
export function dayNumber(date: string | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY);
}

/** A count from the untrusted cache or caller: at least 1, and 1 when it is not a finite number. */
const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 1 ? n : 1);

/**
 * Every story's distinct features as numbers (first-seen order across the library, and within
 * a story), flat: story `i` holds `ids[off[i]..off[i+1])` with the largest count it gave each.
 */
interface Bags {
  ids: Int32Array;
  counts: Float64Array;
  off: Int32Array;
  names: string[];
  /** How many stories hold each feature. */
  df: Int32Array;
}

/** Number the features `each` yields per story (at most `total` in all), deduped within each story. */
function bags(n: number, total: number, each: (story: number, add: (name: string, count: number) => void) => void): Bags {
  const no = new Map<string, number>();
  const names: string[] = [];
  const ids = new Int32Array(total);
  const counts = new Float64Array(total);
  const off = new Int32Array(n + 1);
  const df = new Int32Array(total);
  // Per feature, the last story that held it and its slot there: a repeat in one story keeps its largest count.
  const lastStory = new Int32Array(total).fill(-1);
  const lastSlot = new Int32Array(total);
  let at = 0;
  let story = 0;
  const add = (name: string, c: number) => {
    let f = no.get(name);
    if (f === undefined) {
      f = names.length;
      no.set(name, f);
      names.push(name);
    }
    if (lastStory[f] === story) {
      counts[lastSlot[f]] = Math.max(counts[lastSlot[f]], c);
      return;
    }
    lastStory[f] = story;
    lastSlot[f] = at;
    df[f]++;
    ids[at] = f;
    counts[at++] = c;
  };
  for (; story < n; story++) {
    off[story] = at;
    each(story, add);
  }
  off[n] = at;
  return { ids, counts, off, names, df };
}

/**
 * Unit vectors for every story. Document frequencies come from the stories themselves, so the
 * weights need nothing but the list: a name in two stories of ten thousand says a lot, one in
 * half of them nothing.
 */
export function storyVectors(stories: readonly StorylineStory[], settings: StorylineSettings): StoryVectors {
  const N = Math.max(1, stories.length);
  let entTotal = 0;
  let wordTotal = 0;
  for (const s of stories) {
    entTotal += s.entities.length;
    wordTotal += typeof s.terms === 'string' ? spaces(s.terms) + 1 : s.terms.length;
  }
  const ents = bags(stories.length, entTotal, (i, add) => {
    const s = stories[i];
    for (let j = 0; j < s.entities.length; j++) add(s.entities[j], count(s.mentions?.[j]));
  });
  const words = bags(stories.length, wordTotal, (i, add) => {
    const t = stories[i].terms;
    if (typeof t === 'string') eachTerm(t, (w, c) => add(w, count(c)));
    else if (Array.isArray(t)) for (const [w, c] of t) if (typeof w === 'string') add(w, count(c));
  });
  const cap = Math.max(settings.minDfCap, settings.maxDfShare * N);
  const idf = (df: number) => Math.log((N + 1) / df);
  const ent = unitVectors(ents, (c, df) => (1 + settings.mentionWeight * Math.log(c)) * idf(df), cap, settings.candidateKeys, 0);
  const word = unitVectors(words, (c, df) => (1 + Math.log(c)) * idf(df), cap, settings.candidateKeys, ents.names.length);
  const vecs = stories.map((s, index): StoryVector => {
    const [a, b] = [ents.off[index], ents.off[index + 1]];
    const [c, d] = [words.off[index], words.off[index + 1]];
    return {
      index,
      day: dayNumber(s.date),
      entIds: ent.ids.subarray(a, b),
      entW: ent.weights.subarray(a, b),
      wordIds: word.ids.subarray(c, d),
      wordW: word.weights.subarray(c, d),
      // Only the heaviest few propose candidates: a related story shares at least one of them, and the work stays bounded.
      keys: Int32Array.from([...ent.keys[index], ...word.keys[index]]),
    };
  });
  return { vecs, entities: ents.names, words: words.names };
}

function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Each story's weights scaled to unit length, as feature numbers ascending (sorted in place in
 * one flat array), and its `n` heaviest features held by more than one story and by at most
 * `cap` (ties in first-seen order) as key numbers (feature + `base`).
 */
function unitVectors(b: Bags, weight: (count: number, df: number) => number, cap: number, n: number, base: number) {
  const ids = b.ids.slice(0, b.off[b.off.length - 1]);
  const weights = new Float64Array(ids.length);
  const scratch = new Float64Array(b.names.length);
  const keys: number[][] = [];
  for (let i = 0; i + 1 < b.off.length; i++) {
    const [from, to] = [b.off[i], b.off[i + 1]];
    let sum = 0;
    const pick: number[] = [];
    for (let j = from; j < to; j++) {
      const f = b.ids[j];
      const x = weight(b.counts[j], b.df[f]);
      scratch[f] = x;
      sum += x * x;
      if (b.df[f] > 1 && b.df[f] <= cap) pick.push(j);
    }
    pick.sort((p, q) => scratch[b.ids[q]] - scratch[b.ids[p]] || p - q);
    keys.push(pick.slice(0, n).map((j) => b.ids[j] + base));
    const norm = Math.sqrt(sum) || 1;
    ids.subarray(from, to).sort();
    for (let j = from; j < to; j++) weights[j] = scratch[ids[j]] / norm;
  }
  return { ids, weights, keys };
}

/** Dot product of two vectors as sorted feature numbers with weights: the clustering loop's hot path. */
export function dot(ai: Int32Array, aw: Float64Array, bi: Int32Array, bw: Float64Array): number {
  let score = 0;
  for (let i = 0, j = 0; i < ai.length && j < bi.length;) {
    if (ai[i] === bi[j]) score += aw[i++] * bw[j++];
    else if (ai[i] < bi[j]) i++;
    else j++;
  }
  return score;
}

/** Write a sparse vector into a dense array (or, with null weights, put those slots back to 0). */
export function scatter(ids: Int32Array, w: Float64Array | null, dense: Float64Array): void {
  for (let j = 0; j < ids.length; j++) dense[ids[j]] = w ? w[j] : 0;
}

/**
 * Dot product of a sparse vector with a dense one (`scatter`): one pass without branches, and
 * the same sum as `dot`, since the products of shared features are added in the same order.
 */
export function gather(ids: Int32Array, w: Float64Array, dense: Float64Array): number {
  let score = 0;
  for (let j = 0; j < ids.length; j++) score += w[j] * dense[ids[j]];
  return score;
}

/**
 * The `k` features two vectors share with the heaviest product of weights (ties by feature
 * number) among those `keep` accepts: what the explanation names, without sorting them all.
 */
export function sharedTop(
  ai: Int32Array,
  aw: Float64Array,
  bi: Int32Array,
  bw: Float64Array,
  k: number,
  keep: (f: number) => boolean = () => true,
): number[] {
  const ids: number[] = [];
  const xs: number[] = [];
  for (let i = 0, j = 0; i < ai.length && j < bi.length;) {
    if (ai[i] < bi[j]) i++;
    else if (ai[i] > bi[j]) j++;
    else {
      const f = ai[i];
      const x = aw[i++] * bw[j++];
      if (!keep(f)) continue;
      // Features come in ascending order, so a tie goes after the ones already kept.
      let at = ids.length;
      while (at > 0 && xs[at - 1] < x) at--;
      if (at >= k) continue;
      ids.splice(at, 0, f);
      xs.splice(at, 0, x);
      if (ids.length > k) {
        ids.pop();
        xs.pop();
      }
    }
  }
  return ids;
}

/**
 * How alike two stories or storylines are from their names cosine `e` and wording cosine `w`:
 * the weighted sum, or 0 when they share too few names and words to be one event (see STORYLINE_SETTINGS).
 * `namesAlone` false: names, however alike, do not stand in for the wording floor (a pair
 * that time cannot vouch for).
 */
export function gatedScore(e: number, w: number, settings: StorylineSettings, namesAlone = true): number {
  if (w < settings.minWordingScore && (!namesAlone || e < settings.entityAlone)) return 0;
  if (e < settings.minEntityScore && w < settings.wordingAlone) return 0;
  return settings.entityWeight * e + settings.textWeight * w;
}
