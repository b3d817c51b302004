import type { TextAnalysis } from './analyse';
import { LC_BLANK, LC_GOOD, LC_NEAR, LC_NOISE, LC_SHORT, leadsIntoProse } from './line-classes';
import { forEachContentKey } from './stopwords';

/**
 * Story starts as a scored decision. Every headline-like line that leads into prose is a
 * candidate; its score adds up cues for "a new story begins here" and against ("a subhead of the
 * same article"), and the line starts a story when the score reaches START_SCORE. A drop in
 * lexical cohesion between the text before and after (TextTiling's signal) is one cue, so a
 * subhead inside a run of cohesive paragraphs does not split the article.
 */
export const START_WEIGHTS = {
  bias: -0.3,
  /** Blank lines above the headline: one, two, three or more. */
  gapOne: 0,
  gapTwo: -0.5,
  gapWide: 1.55,
  /** The line above is noise or chrome (a story footer, a teaser list, a separator). */
  afterNoise: 0.6,
  /** The line above ends a sentence of prose (in-article subheads mostly follow one). */
  afterSentence: -1.55,
  /** Title Case or ALL CAPS headline. */
  headlineCase: 0.7,
  /** Ends with ? or ! (more often a pull quote or subhead than a headline). */
  question: -0.85,
  /** Cosine similarity of content words before and after, and its bins. */
  cohesion: -2.55,
  cohesionBelow05: 1.3,
  cohesionBelow10: 2.1,
  cohesionAbove25: -2.3,
} as const;

/**
 * Score at which a candidate starts a story. The weights are a logistic fit on the tune split of
 * the development corpus (candidates inside an article body against true story starts).
 */
export const START_SCORE = 0;
const COHESION_UP = START_WEIGHTS.cohesionBelow05 + START_WEIGHTS.cohesionBelow10;
const COHESION_DOWN = -START_WEIGHTS.cohesion - START_WEIGHTS.cohesionAbove25;
/** Characters of text read on each side of a candidate for cohesion. */
const COHESION_CHARS = 800;

const SENTENCE_END = /[.!?…]["”’'»)\]]*$/;

/** Share of title-cased words among words of 4+ letters (1 for ALL CAPS). */
export function headlineCaseShare(t: string): number {
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 1;
  const words = t.split(/\s+/).filter((w) => /^\P{L}*\p{L}{4,}/u.test(w));
  if (words.length < 2) return 0;
  let cap = 0;
  for (const w of words) {
    const m = /\p{L}/u.exec(w);
    if (m && m[0] !== m[0].toLowerCase()) cap++;
  }
  return cap / words.length;
}

/** Content-word keys per line, computed once per line: neighbouring candidates share their windows. */
type KeyCache = Array<Int32Array | undefined>;

function lineKeys(a: TextAnalysis, cache: KeyCache, i: number): Int32Array {
  let keys = cache[i];
  if (!keys) {
    const out: number[] = [];
    // Only a window's worth of a long paragraph: cohesion never reads more than that of one line.
    forEachContentKey(a.text, a.lines.cs[i], Math.min(a.lines.ce[i], a.lines.cs[i] + COHESION_CHARS), (k) => out.push(k));
    cache[i] = keys = Int32Array.from(out);
  }
  return keys;
}

/**
 * Cosine similarity of the content words in about COHESION_CHARS characters of text before line
 * `h` (not before line `stopAt`, where the current story began) and as much from line `h` on.
 */
export function cohesionAt(a: TextAnalysis, h: number, stopAt: number, cache: KeyCache = []): number {
  const before = new Map<number, number>();
  let chars = 0;
  for (let i = h - 1; i >= stopAt && chars < COHESION_CHARS; i--) {
    if (a.lines.blank(i)) continue;
    chars += Math.min(COHESION_CHARS, a.lines.len(i));
    for (const k of lineKeys(a, cache, i)) before.set(k, (before.get(k) ?? 0) + 1);
  }
  const after = new Map<number, number>();
  chars = 0;
  for (let i = h; i < a.lines.count && chars < COHESION_CHARS; i++) {
    if (a.lines.blank(i)) continue;
    chars += Math.min(COHESION_CHARS, a.lines.len(i));
    for (const k of lineKeys(a, cache, i)) after.set(k, (after.get(k) ?? 0) + 1);
  }
  let dot = 0;
  let nb = 0;
  let na = 0;
  for (const [k, v] of before) {
    nb += v * v;
    const w = after.get(k);
    if (w) dot += v * w;
  }
  for (const v of after.values()) na += v * v;
  return nb && na ? dot / Math.sqrt(nb * na) : 0;
}

/** Score of line h as a story start; `storyFrom` is the first line of the story it would end. */
export function startScore(a: TextAnalysis, h: number, storyFrom: number, cache: KeyCache = []): number {
  const W = START_WEIGHTS;
  let p = h - 1;
  let blanks = 0;
  while (p >= 0 && a.cls[p] === LC_BLANK) {
    p--;
    blanks++;
  }
  if (p < 0) return 0;
  // Three blank lines are the gap cue's to decide (boundaries.ts, with its mid-sentence check).
  if (blanks >= 3) return START_SCORE - 1;
  let s = W.bias + (blanks === 1 ? W.gapOne : blanks === 2 ? W.gapTwo : blanks >= 3 ? W.gapWide : 0);
  if (a.cls[p] === LC_NOISE) s += W.afterNoise;
  else if (SENTENCE_END.test(a.lines.t(p))) s += W.afterSentence;
  const t = a.lines.t(h);
  if (headlineCaseShare(t) >= 0.6) s += W.headlineCase;
  if (/[?!]$/.test(t)) s += W.question;
  // Cohesion moves the score by at most COHESION_UP up or COHESION_DOWN down: skip it when that cannot change the decision.
  if (s + COHESION_UP < START_SCORE) return s + COHESION_UP;
  if (s - COHESION_DOWN >= START_SCORE) return s;
  const c = cohesionAt(a, h, storyFrom, cache);
  s += W.cohesion * c;
  if (c < 0.05) s += W.cohesionBelow05;
  if (c < 0.1) s += W.cohesionBelow10;
  if (c > 0.25) s += W.cohesionAbove25;
  return s;
}

/** Longest headline, in characters, a candidate may be. */
const HEADLINE_MAX = 160;

/**
 * Is line i shaped like a headline that leads into prose: a SHORT title-like line (or a question
 * or exclamation that reads as a sentence), not a line of a hard-wrapped paragraph, and the
 * prose it leads into is not another headline's?
 */
export function isHeadlineCandidate(a: TextAnalysis, i: number): boolean {
  if (!a.titleLike[i] || a.noise[i] !== null) return false;
  const c = a.cls[i];
  const len = a.lines.len(i);
  if (len > HEADLINE_MAX) return false;
  if (c !== LC_SHORT) {
    const t = a.lines.t(i);
    const last = t.charCodeAt(t.length - 1);
    if (!(last === 63 || last === 33) || len > 120) return false;
  }
  // A headline's body follows within a blank line or two; after a story gap it is someone else's.
  let blanks = 0;
  for (let j = i + 1; j < a.lines.count && a.cls[j] === LC_BLANK; j++) if (++blanks >= 3) return false;
  return leadsIntoProse(a, a.cls, i);
}

/** Lines where the scored decision starts a story (sorted). */
export function scoredStarts(a: TextAnalysis): number[] {
  const out: number[] = [];
  const n = a.lines.count;
  let storyFrom = 0;
  let seenProse = false;
  const cache: KeyCache = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = a.cls[i];
    if (c === LC_BLANK || c === LC_NOISE) continue;
    if (seenProse && isHeadlineCandidate(a, i) && startScore(a, i, storyFrom, cache) >= START_SCORE) {
      out.push(i);
      storyFrom = i;
    }
    if (c === LC_GOOD || c === LC_NEAR) seenProse = true;
  }
  return out;
}
