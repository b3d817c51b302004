import type { StorylineSettings } from './storyline-settings';
import { gatedScore, type StoryVector } from './storyline-vectors';

/** Two stories the first pass compared: the candidates of the second. */
export type StoryPair = readonly [number, number];

/** A storyline that joined another in the second pass, and through which pair of stories. */
export interface MergeLink {
  /** The first report of the storyline that joined. */
  story: number;
  /** The story of the other storyline it is most alike. */
  via: number;
  /** The two storylines' centroid score. */
  score: number;
}

interface Cluster {
  members: number[];
  ents: Map<string, number>;
  words: Map<string, number>;
  first: number | null;
  last: number | null;
}

/**
 * The second pass: storylines (of two stories or more, or one story with such a storyline)
 * whose centroids are alike join, best pair first, as in average-linkage agglomerative
 * clustering. A single first pass matches a story with one earlier story, so a long event
 * whose wording drifts (the killing, the funeral, the inquiry) splits where no two stories are
 * close enough, yet each part is close to the whole of the other: the centroid adds up what
 * its stories share and drowns what only one says. Candidates are the pairs the first pass
 * compared, so the work stays that of the first pass. Clusters further apart in time than
 * `mergeWindowDays` (gap between their date ranges) never join.
 */
export function mergeStorylines(
  groups: readonly (readonly number[])[],
  vecs: readonly StoryVector[],
  pairs: readonly StoryPair[],
  settings: StorylineSettings,
): { groups: number[][]; links: MergeLink[] } {
  const clusters: (Cluster | null)[] = groups.map((m) => cluster(m, vecs));
  const owner = new Int32Array(vecs.length).fill(-1);
  groups.forEach((m, g) => m.forEach((i) => (owner[i] = g)));
  const links: MergeLink[] = [];
  const n = clusters.length;
  // Clusters that changed in the last round: a pair of two unchanged clusters scores as before,
  // and was either below the threshold or beaten by a pair that changed one of its sides, so
  // after the first round only pairs touching a changed cluster are scored again.
  let changed: Set<number> | null = null;
  for (let round = 0; round < settings.mergeRounds; round++) {
    // One score per pair of clusters however many story pairs link them (numeric keys: no
    // string per pair, and a big storyline's centroid is not compared again per story pair).
    const seen = new Set<number>();
    const scored: { a: number; b: number; score: number }[] = [];
    for (const [x, y] of pairs) {
      const a = Math.min(owner[x], owner[y]);
      const b = Math.max(owner[x], owner[y]);
      if (a === b || a < 0) continue;
      if (changed && !changed.has(a) && !changed.has(b)) continue;
      const key = a * n + b;
      if (seen.has(key)) continue;
      seen.add(key);
      const ca = clusters[a]!;
      const cb = clusters[b]!;
      if (ca.members.length + cb.members.length < 3 || apart(ca, cb) > settings.mergeWindowDays) continue;
      const score = centroidScore(ca, cb, settings);
      if (score >= settings.mergeThreshold) scored.push({ a, b, score });
    }
    if (!scored.length) break;
    const used = new Set<number>();
    for (const { a, b, score } of scored.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b)) {
      if (used.has(a) || used.has(b)) continue;
      used.add(a);
      used.add(b);
      const [keep, gone] = earliest(clusters[a]!, clusters[b]!, vecs) ? [a, b] : [b, a];
      const k = clusters[keep]!;
      const g = clusters[gone]!;
      links.push({ story: g.members[0], via: closest(g.members[0], k.members, vecs), score });
      for (const i of g.members) owner[i] = keep;
      clusters[keep] = cluster([...k.members, ...g.members], vecs);
      clusters[gone] = null;
    }
    changed = used;
  }
  return { groups: clusters.flatMap((c) => (c ? [c.members] : [])), links };
}

function cluster(members: readonly number[], vecs: readonly StoryVector[]): Cluster {
  const ents = new Map<string, number>();
  const words = new Map<string, number>();
  let first: number | null = null;
  let last: number | null = null;
  for (const i of members) {
    const v = vecs[i];
    for (const [k, x] of v.ents) ents.set(k, (ents.get(k) ?? 0) + x);
    for (const [k, x] of v.words) words.set(k, (words.get(k) ?? 0) + x);
    if (v.day !== null) {
      first = first === null ? v.day : Math.min(first, v.day);
      last = last === null ? v.day : Math.max(last, v.day);
    }
  }
  return { members: members.slice(), ents: unit(ents), words: unit(words), first, last };
}

function unit(v: Map<string, number>): Map<string, number> {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) s += x * (big.get(k) ?? 0);
  return s;
}

/** Days between two clusters' date ranges (0 when they overlap); 0 when either has no date. */
function apart(a: Cluster, b: Cluster): number {
  if (a.first === null || b.first === null) return 0;
  return Math.max(0, a.first - b.last!, b.first - a.last!);
}

/** The weighted names + wording cosine of two centroids, with the same floors as two stories. */
function centroidScore(a: Cluster, b: Cluster, settings: StorylineSettings): number {
  return gatedScore(dot(a.ents, b.ents), dot(a.words, b.words), settings);
}

/** Whether `a` holds the earlier first story (its id then names the merged storyline). */
function earliest(a: Cluster, b: Cluster, vecs: readonly StoryVector[]): boolean {
  const day = (c: Cluster) => c.first ?? Number.MAX_SAFE_INTEGER;
  return day(a) !== day(b) ? day(a) < day(b) : firstIndex(a, vecs) < firstIndex(b, vecs);
}

/** The lowest story index of a cluster (a loop: a spread of a huge cluster would overflow the stack). */
function firstIndex(c: Cluster, vecs: readonly StoryVector[]): number {
  let min = Number.MAX_SAFE_INTEGER;
  for (const i of c.members) min = Math.min(min, vecs[i].index);
  return min;
}

/** The member of `others` most alike story `i` (names + wording), for the explanation. */
function closest(i: number, others: readonly number[], vecs: readonly StoryVector[]): number {
  let best = others[0];
  let bestScore = -1;
  for (const o of others) {
    const s = dot(vecs[i].ents, vecs[o].ents) + dot(vecs[i].words, vecs[o].words);
    if (s > bestScore) [best, bestScore] = [o, s];
  }
  return best;
}
