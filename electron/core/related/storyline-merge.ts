import type { StorylineSettings } from './storyline-settings';
import { dot, gatedScore, type StoryVector } from './storyline-vectors';

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
  /** The centroid: the members' unit vectors summed, scaled to unit length, as sorted feature numbers. */
  entIds: Int32Array;
  entW: Float64Array;
  wordIds: Int32Array;
  wordW: Float64Array;
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
 * compared (`pairs`, flat: story, story, story, story…), so the work stays that of the first
 * pass. Clusters further apart in time than `mergeWindowDays` (gap between their date ranges)
 * never join.
 */
export function mergeStorylines(
  groups: readonly (readonly number[])[],
  vecs: readonly StoryVector[],
  pairs: readonly number[],
  settings: StorylineSettings,
): { groups: number[][]; links: MergeLink[] } {
  const sum = new Centroids(vecs);
  const clusters: (Cluster | null)[] = groups.map((m) => sum.of(m));
  const owner = new Int32Array(vecs.length).fill(-1);
  groups.forEach((m, g) => m.forEach((i) => (owner[i] = g)));
  const candidates = onePerGroupPair(pairs, owner, groups.length);
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
    for (let p = 0; p < candidates.length; p += 2) {
      const x = candidates[p];
      const y = candidates[p + 1];
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
      // The centroids' names and wording cosines, with the same floors as two stories.
      const e = dot(ca.entIds, ca.entW, cb.entIds, cb.entW);
      const w = dot(ca.wordIds, ca.wordW, cb.wordIds, cb.wordW);
      const score = gatedScore(e, w, settings);
      if (score >= settings.mergeThreshold || namesVouch(ca, cb, e, w, settings)) scored.push({ a, b, score });
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
      clusters[keep] = sum.of([...k.members, ...g.members]);
      clusters[gone] = null;
    }
    changed = used;
  }
  return { groups: clusters.flatMap((c) => (c ? [c.members] : [])), links };
}

/**
 * One story pair per pair of first-pass storylines: a round scores storylines, not stories, so
 * the other pairs between the same two would only be looked up and skipped, round after round.
 */
function onePerGroupPair(pairs: readonly number[], owner: Int32Array, groups: number): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const a = owner[pairs[p]];
    const b = owner[pairs[p + 1]];
    if (a === b || a < 0 || b < 0) continue;
    const key = Math.min(a, b) * groups + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(pairs[p], pairs[p + 1]);
  }
  return out;
}

/** Centroids of groups of stories, summed in a dense scratch array and packed back (no map per cluster). */
class Centroids {
  private readonly acc: Float64Array;
  private readonly touched: Int32Array;

  constructor(private readonly vecs: readonly StoryVector[]) {
    let size = 0;
    for (const v of vecs) {
      for (const f of v.entIds) size = Math.max(size, f + 1);
      for (const f of v.wordIds) size = Math.max(size, f + 1);
    }
    this.acc = new Float64Array(size);
    this.touched = new Int32Array(size);
  }

  of(members: readonly number[]): Cluster {
    let first: number | null = null;
    let last: number | null = null;
    for (const i of members) {
      const d = this.vecs[i].day;
      if (d === null) continue;
      first = first === null ? d : Math.min(first, d);
      last = last === null ? d : Math.max(last, d);
    }
    const [entIds, entW] = this.sum(members, (v) => [v.entIds, v.entW]);
    const [wordIds, wordW] = this.sum(members, (v) => [v.wordIds, v.wordW]);
    return { members: members.slice(), entIds, entW, wordIds, wordW, first, last };
  }

  private sum(members: readonly number[], pick: (v: StoryVector) => [Int32Array, Float64Array]): [Int32Array, Float64Array] {
    if (members.length === 1) return pick(this.vecs[members[0]]);
    let n = 0;
    for (const i of members) {
      const [ids, w] = pick(this.vecs[i]);
      for (let j = 0; j < ids.length; j++) {
        if (this.acc[ids[j]] === 0) this.touched[n++] = ids[j];
        this.acc[ids[j]] += w[j];
      }
    }
    const ids = this.touched.slice(0, n).sort();
    const w = new Float64Array(n);
    let sq = 0;
    for (let j = 0; j < n; j++) {
      w[j] = this.acc[ids[j]];
      this.acc[ids[j]] = 0;
      sq += w[j] * w[j];
    }
    const norm = Math.sqrt(sq) || 1;
    for (let j = 0; j < n; j++) w[j] /= norm;
    return [ids, w];
  }
}

/** Days between two clusters' date ranges (0 when they overlap); 0 when either has no date. */
function apart(a: Cluster, b: Cluster): number {
  if (a.first === null || b.first === null) return 0;
  return Math.max(0, a.first - b.last!, b.first - a.last!);
}

/**
 * Whether two storylines' names alone say they are one event: their centroids' names at least
 * `mergeNamesAlone` alike (as specific as `entityAlone` is for two stories), their wording at
 * least the wording floor, and their dates within `windowDays` (time must vouch when the
 * wording does not, so undated storylines are not joined this way). A tournament's round
 * reports and its winner's story name the same players and course in other words.
 */
function namesVouch(a: Cluster, b: Cluster, e: number, w: number, settings: StorylineSettings): boolean {
  if (a.first === null || b.first === null || apart(a, b) > settings.windowDays) return false;
  return e >= settings.mergeNamesAlone && w >= settings.minWordingScore;
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
    const a = vecs[i];
    const b = vecs[o];
    const s = dot(a.entIds, a.entW, b.entIds, b.entW) + dot(a.wordIds, a.wordW, b.wordIds, b.wordW);
    if (s > bestScore) [best, bestScore] = [o, s];
  }
  return best;
}
