import { STORYLINE_SETTINGS, type StorylineSettings } from './storyline-settings';
import {
  gatedScore,
  gather,
  scatter,
  sharedTop,
  storyVectors,
  type StorylineStory,
  type StoryVector,
  type StoryVectors,
} from './storyline-vectors';
import { mergeStorylines } from './storyline-merge';
import { agreesWithStoryline } from './storyline-agreement';
import { applyStorylineMoves, MOVED_IN, type StorylineMove } from './storyline-moves';

export type { StorylineStory } from './storyline-vectors';
export type { StorylineMove } from './storyline-moves';

/** One story of a storyline, and why it is there. */
export interface StorylineMember {
  storyId: string;
  date: string | null;
  source: string | null;
  /** "first report", "shares Lavrov, Wang Yi, Beijing; 2 days apart", "near-copy of …", "moved here by you". */
  reason: string;
  /** The earlier story it was matched with (null for the first report and for moves). */
  via: string | null;
  /** The score it joined with (0–1), 1 for near-copies, null for the first report and for moves. */
  score: number | null;
}

/** Stories about one real-world event: the first report, the follow-ups, the reactions. */
export interface Storyline {
  /** `sl-` + its earliest story's id (not counting stories the analyst moved in): kept when others join or leave. */
  id: string;
  /** Its most telling names and words. */
  label: string;
  /** Oldest first; undated stories last. */
  members: StorylineMember[];
  first: string | null;
  last: string | null;
  /** The outlets that carried it, most stories first. */
  sources: string[];
}

/** What clustering reads besides the stories: entity names and the near-duplicate groups. */
export interface StorylineContext {
  entityName(id: string): string | undefined;
  /** The near-duplicate group of a story (its id), or null. */
  duplicateGroup(storyId: string): string | null;
}

/** A storyline id from its anchor story, and back. */
export const storylineId = (storyId: string) => `sl-${storyId}`;
export const anchorOf = (id: string) => (id.startsWith('sl-') ? id.slice(3) : id);

type Reason = Pick<StorylineMember, 'reason' | 'via' | 'score'>;

interface Group {
  members: number[];
  reasons: Map<number, Reason>;
}

/**
 * Storylines by single-pass clustering in date order (as in topic detection and tracking):
 * each story joins the storyline of the earlier story it is most alike (names + wording,
 * storyline-vectors.ts) among those at most `windowDays` before it, if that score reaches
 * `threshold` and the rest of that storyline near it in time agrees (storyline-agreement.ts);
 * else it starts a storyline. Near-copies always share one. Candidates come from
 * rare names and words only, so the work grows with the library, not with its square. A
 * second pass then joins storylines whose centroids are alike (storyline-merge.ts): an event
 * whose wording drifts from first report to inquiry falls apart in the first. The analyst's
 * moves are applied last; storylines of one story are left out.
 */
export function buildStorylines(
  stories: readonly StorylineStory[],
  ctx: StorylineContext,
  moves: readonly StorylineMove[] = [],
  settings: StorylineSettings = STORYLINE_SETTINGS,
): Storyline[] {
  const sv = storyVectors(stories, settings);
  const vecs = sv.vecs;
  const order = vecs.slice().sort(byTime(stories));
  const groupOf = new Int32Array(stories.length).fill(-1);
  const groups: Group[] = [];
  const scan: Scan = {
    postings: new Array<number[] | undefined>(sv.entities.length + sv.words.length),
    seen: new Int32Array(stories.length).fill(-1),
    pairs: [],
    candidates: [],
    ents: new Float64Array(sv.entities.length),
    words: new Float64Array(sv.words.length),
  };
  // The first story of each near-duplicate group: the one its later copies name.
  const dupFirst = new Map<string, number>();
  for (const v of order) {
    const s = stories[v.index];
    const dup = ctx.duplicateGroup(s.id);
    const first = dup === null ? undefined : dupFirst.get(dup);
    let joined: { group: number; reason: Reason } | null = null;
    if (first !== undefined) {
      joined = { group: groupOf[first], reason: { reason: `near-copy of ${stories[first].id}`, via: stories[first].id, score: 1 } };
    } else {
      const best = bestMatch(v, vecs, scan, settings, (o) => groups[groupOf[o]].members);
      if (best) {
        const other = stories[best.index];
        joined = {
          group: groupOf[best.index],
          reason: { reason: explain(v, vecs[best.index], sv, ctx), via: other.id, score: round(best.score) },
        };
      }
    }
    let g: number;
    if (joined) {
      g = joined.group;
      groups[g].members.push(v.index);
      groups[g].reasons.set(v.index, joined.reason);
    } else {
      g = groups.length;
      groups.push({ members: [v.index], reasons: new Map([[v.index, { reason: 'first report', via: null, score: null }]]) });
    }
    groupOf[v.index] = g;
    if (dup !== null && first === undefined) dupFirst.set(dup, v.index);
    for (const k of v.keys) {
      const list = scan.postings[k];
      if (list) list.push(v.index);
      else scan.postings[k] = [v.index];
    }
  }
  const reasons = new Map<number, Reason>();
  for (const g of groups) for (const [i, r] of g.reasons) reasons.set(i, r);
  const merged = mergeStorylines(
    groups.map((g) => g.members),
    vecs,
    scan.pairs,
    settings,
  );
  for (const { story, via, score } of merged.links) {
    reasons.set(story, {
      reason: explain(vecs[story], vecs[via], sv, ctx, ' with this storyline'),
      via: stories[via].id,
      score: round(score),
    });
  }
  const raw = merged.groups.flatMap(undatedPairApart(vecs, reasons, settings)).map((g) => ({
    members: g.map((i) => ({ storyId: stories[i].id, date: stories[i].date, source: stories[i].source, ...reasons.get(i)! })),
  }));
  const corrected = applyStorylineMoves(raw, stories, moves);
  const index = new Map(stories.map((s, i) => [s.id, i]));
  const label = labeller(sv, ctx);
  return corrected
    .filter((g) => g.members.length > 1)
    .map((g) => finish(g.members, (id) => vecs[index.get(id)!], label))
    .sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999') || (a.id < b.id ? -1 : 1));
}

/**
 * A storyline of two stories, one of them undated, rests on one score and nothing else: time
 * cannot vouch for the pair, and no third story does. It stands only if that score reaches
 * `undatedPairScore` (as high as two storylines must score to join on likeness alone); else
 * both stories stand alone. A preview and a feature on one player, a review and an interview on
 * one film, share names and words enough to pass the threshold, yet are not one event.
 * Near-copies (score 1) always stand.
 */
function undatedPairApart(vecs: readonly StoryVector[], reasons: ReadonlyMap<number, Reason>, settings: StorylineSettings) {
  return (g: number[]): number[][] => {
    if (g.length !== 2 || (vecs[g[0]].day !== null && vecs[g[1]].day !== null)) return [g];
    const link = Math.max(...g.map((i) => reasons.get(i)?.score ?? 0));
    return link >= settings.undatedPairScore ? [g] : [[g[0]], [g[1]]];
  };
}

/** The first pass's candidate lists and what it hands the second. */
interface Scan {
  /** Per key number, the stories that hold it, in the order they were clustered. */
  postings: (number[] | undefined)[];
  /** Per story, the last story it was compared with (one compare per pair without a set per story). */
  seen: Int32Array;
  /** The pairs the first pass compared that score at least `pairFloor`, flat: story, story, story, story… */
  pairs: number[];
  /** The story being placed: the earlier stories it scores enough with (emptied after each story). */
  candidates: { score: number; index: number }[];
  /** The story being placed, as dense name and word weights: each candidate is then scored in one pass over its own features. */
  ents: Float64Array;
  words: Float64Array;
}

/** The earlier story (within the window) this one is most alike, if alike enough and its storyline agrees. */
function bestMatch(
  v: StoryVector,
  vecs: readonly StoryVector[],
  scan: Scan,
  settings: StorylineSettings,
  storylineOf: (story: number) => readonly number[],
): { score: number; index: number } | null {
  let best: { score: number; index: number } | null = null;
  scatter(v.entIds, v.entW, scan.ents);
  scatter(v.wordIds, v.wordW, scan.words);
  for (const k of v.keys) {
    const list = scan.postings[k];
    if (!list) continue;
    // Newest first: postings are in date order, so the scan stops at the window's edge.
    for (let i = list.length - 1, scanned = 0; i >= 0 && scanned < settings.postingsScan; i--, scanned++) {
      const o = vecs[list[i]];
      if (v.day !== null && o.day !== null && v.day - o.day > settings.windowDays) break;
      if (scan.seen[o.index] === v.index) continue;
      scan.seen[o.index] = v.index;
      const e = gather(o.entIds, o.entW, scan.ents);
      const w = gather(o.wordIds, o.wordW, scan.words);
      // Time cannot vouch for an undated pair, so it must share more than one name to be one
      // event, here and as a link for the second pass.
      const undated = v.day === null || o.day === null;
      if (undated && sharedCount(v.entIds, o.entIds) < settings.undatedMinShared) continue;
      if (settings.entityWeight * e + settings.textWeight * w >= settings.pairFloor) scan.pairs.push(v.index, o.index);
      // Names alike without shared wording vouch for one event only within a window of time
      // (as in the second pass, storyline-merge.ts): an undated story must share wording too.
      const score = gatedScore(e, w, settings, !undated);
      const need =
        v.day === null && o.day === null
          ? Math.max(settings.undatedBothScore, settings.threshold + settings.undatedPenalty)
          : settings.threshold + (undated ? settings.undatedPenalty : 0);
      if (score >= need) scan.candidates.push({ score, index: o.index });
    }
  }
  // Alike the one story is not enough when the rest of its storyline says otherwise
  // (storyline-agreement.ts). Asked best first (a stable sort: ties stay in scan order), so
  // the members are usually asked once per story, not once per candidate.
  const candidates = scan.candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (agreesWithStoryline(v, vecs[c.index], storylineOf(c.index), vecs, scan.ents, scan.words, settings)) {
      best = c;
      break;
    }
  }
  candidates.length = 0;
  scatter(v.entIds, null, scan.ents);
  scatter(v.wordIds, null, scan.words);
  return best;
}

/**
 * "shares Lavrov, Wang Yi, Beijing; 2 days apart", or the shared words when no name is shared;
 * `scope` (" with this storyline") when the story came in with a storyline the second pass joined.
 */
function explain(a: StoryVector, b: StoryVector, sv: StoryVectors, ctx: StorylineContext, scope = ''): string {
  const name = (f: number) => ctx.entityName(sv.entities[f]);
  const names = sharedTop(a.entIds, a.entW, b.entIds, b.entW, 3, (f) => name(f) != null).map((f) => name(f)!);
  const words = sharedTop(a.wordIds, a.wordW, b.wordIds, b.wordW, 3).map((f) => `"${sv.words[f]}"`);
  const what = (names.length ? `shares ${names.join(', ')}` : `shares the words ${words.join(', ')}`) + scope;
  if (a.day === null || b.day === null) return `${what}; date unknown`;
  const d = Math.abs(a.day - b.day);
  return `${what}; ${d === 0 ? 'same day' : d === 1 ? '1 day apart' : `${d} days apart`}`;
}

/** Id, label, dates and outlets of a finished storyline. */
function finish(members: StorylineMember[], vec: (id: string) => StoryVector, label: (vs: StoryVector[]) => string): Storyline {
  members.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (a.storyId < b.storyId ? -1 : 1));
  const dates = members.flatMap((m) => (m.date ? [m.date.slice(0, 10)] : []));
  const sources = new Map<string, number>();
  for (const m of members) if (m.source) sources.set(m.source, (sources.get(m.source) ?? 0) + 1);
  // A story the analyst moved in does not rename the storyline, even when it is older.
  const anchor = members.find((m) => m.reason !== MOVED_IN) ?? members[0];
  return {
    id: storylineId(anchor.storyId),
    label: label(members.map((m) => vec(m.storyId))),
    members,
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    sources: [...sources].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s),
  };
}

/**
 * Labels: up to three names and two words that weigh most across a storyline's stories,
 * summed in dense arrays that are reused from one storyline to the next.
 */
function labeller(sv: StoryVectors, ctx: StorylineContext): (vs: StoryVector[]) => string {
  const entSum = new Float64Array(sv.entities.length);
  const wordSum = new Float64Array(sv.words.length);
  const top = (
    vs: StoryVector[],
    pick: (v: StoryVector) => [Int32Array, Float64Array],
    sum: Float64Array,
    names: string[],
    n: number,
    skip: (k: string) => boolean,
  ) => {
    const touched: number[] = [];
    for (const v of vs) {
      const [ids, w] = pick(v);
      for (let j = 0; j < ids.length; j++) {
        if (sum[ids[j]] === 0) touched.push(ids[j]);
        sum[ids[j]] += w[j];
      }
    }
    const out = touched
      .filter((f) => !skip(names[f]))
      .sort((a, b) => sum[b] - sum[a] || (names[a] < names[b] ? -1 : 1))
      .slice(0, n)
      .map((f) => names[f]);
    for (const f of touched) sum[f] = 0;
    return out;
  };
  return (vs) => {
    const names = top(
      vs,
      (v) => [v.entIds, v.entW],
      entSum,
      sv.entities,
      3,
      (e) => !ctx.entityName(e),
    ).map((e) => ctx.entityName(e)!);
    const lower = names.join(' ').toLowerCase();
    const words = top(
      vs,
      (v) => [v.wordIds, v.wordW],
      wordSum,
      sv.words,
      2,
      (w) => lower.includes(w),
    );
    return [names.join(', '), words.join(', ')].filter(Boolean).join(' · ') || 'untitled storyline';
  };
}

function byTime(stories: readonly StorylineStory[]) {
  const day = (v: StoryVector) => v.day ?? Number.MAX_SAFE_INTEGER;
  return (a: StoryVector, b: StoryVector) => day(a) - day(b) || (stories[a.index].id < stories[b.index].id ? -1 : 1);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** How many features two ascending feature lists share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}
