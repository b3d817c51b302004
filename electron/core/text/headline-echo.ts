import type { NoiseKind } from '../types';
import { CUE_DATELINE, type TextAnalysis } from './analyse';
import { furnitureShaped } from './furniture-shape';
import { LC_GOOD, LC_NEAR } from './line-classes';
import { contentKeysInto } from './stopwords';

/**
 * A headline is written from its story's lead: most of its content words come back in the first
 * paragraph ("Actor Brad Renfro Dead at 25" / "Actor Brad Renfro was found dead..."). A line of
 * chrome at the head of a story ("Get the ... briefing in your inbox", "Like us on Facebook",
 * "Support independent journalism") shares none. So when the line picked as a story's headline
 * has no word in common with the lead and another title-like line of the head has most of its
 * words there, that other line is the headline. Words are the cohesion keys (stopwords.ts): no
 * stopwords, cut to six characters, so "collide"/"collided" meet.
 */

/** Characters of the lead read. */
const LEAD_CHARS = 500;
/** Lines of the head (before the first prose line) looked at. */
const HEAD_LINES = 12;
/** A line is the headline by echo when this share of its words, and at least ECHO_MIN_WORDS of them, come back in the lead. */
const ECHO_SHARE = 1 / 3;
const ECHO_MIN_WORDS = 2;
/** A chosen line with at most STRONG_OVER words in the lead gives way to a line with STRONG_HITS words and STRONG_SHARE of its words there. */
const STRONG_OVER = 1;
const STRONG_HITS = 3;
const STRONG_SHARE = 1 / 2;
/** Keys kept of one head line (a headline has a dozen content words at most). */
const LINE_KEYS = 64;

/**
 * The head line whose words the lead repeats, when `chosen` (the headline picked so far) shares
 * none with it; else `chosen`. The head runs from `firstText` to the story's first prose line;
 * `noise` is the story's per-line noise from line `first` on.
 */
export function headlineByEcho(
  a: TextAnalysis,
  chosen: number,
  firstText: number,
  last: number,
  noise: (NoiseKind | null)[],
  first: number,
): number {
  // The first prose line after the head, and the head lines before it.
  let lead = -1;
  const head: number[] = [];
  for (let i = firstText, seen = 0; i <= last && seen <= HEAD_LINES; i++) {
    if (a.lines.blank(i) || noise[i - first] !== null) continue;
    // The lead: the first line of prose (a title-like one is a long headline). A short sentence
    // above it may be a newsletter's blurb ("The day's top stories, every weekday at 7am.").
    if (a.cls[i] === LC_GOOD && !a.titleLike[i]) {
      lead = i;
      break;
    }
    seen++;
    head.push(i);
  }
  if (lead < 0 || head.length < 2 || chosen >= lead) return chosen;
  const leadKeys = new Set<number>();
  const buf = new Int32Array(LINE_KEYS * 4);
  for (let i = lead, chars = 0; i <= last && chars < LEAD_CHARS; i++) {
    if (a.lines.blank(i) || noise[i - first] !== null) continue;
    const cs = a.lines.cs[i];
    const to = Math.min(a.lines.ce[i], cs + LEAD_CHARS - chars);
    chars += to - cs;
    const n = contentKeysInto(a.text, cs, to, buf);
    for (let k = 0; k < n; k++) leadKeys.add(buf[k]);
  }
  const echoOf = (i: number): [number, number] => {
    const n = contentKeysInto(a.text, a.lines.cs[i], a.lines.ce[i], buf, undefined, 0, LINE_KEYS);
    let hit = 0;
    for (let k = 0; k < n; k++) if (leadKeys.has(buf[k])) hit++;
    return [hit, n];
  };
  // One shared word keeps the choice against a line that echoes the lead weakly; a line that
  // shares a single word by chance ("every day", "support") gives way to one the lead retells.
  const chosenHits = echoOf(chosen)[0];
  if (chosenHits > STRONG_OVER) return chosen;
  const minHits = chosenHits > 0 ? STRONG_HITS : ECHO_MIN_WORDS;
  const minShare = chosenHits > 0 ? STRONG_SHARE : ECHO_SHARE;
  let best = chosen;
  let bestShare = 0;
  for (const i of head) {
    if (i === chosen || !a.titleLike[i] || furnitureShaped(a.lines.t(i))) continue;
    // Against a line that echoes the lead at all, not the lead's own dateline line, nor the line
    // printed right under it (a deck retells the lead more closely than its headline does).
    if (chosenHits > 0 && (a.cue[i] === CUE_DATELINE || nextLine(a, chosen) === i || afterProse(a, firstText, i, noise, first))) continue;
    const [hit, n] = echoOf(i);
    if (hit < minHits || hit < n * minShare) continue;
    if (hit / n > bestShare) {
      best = i;
      bestShare = hit / n;
    }
  }
  return best;
}

/** The first non-blank line after line i (noise or not). */
function nextLine(a: TextAnalysis, i: number): number {
  for (let j = i + 1; j < a.lines.count; j++) if (!a.lines.blank(j)) return j;
  return -1;
}

/** Is line i after a line of prose (a non-title-like line of the lead, a short one included)? */
function afterProse(a: TextAnalysis, from: number, i: number, noise: (NoiseKind | null)[], first: number): boolean {
  for (let j = from; j < i; j++)
    if (noise[j - first] === null && !a.titleLike[j] && (a.cls[j] === LC_GOOD || a.cls[j] === LC_NEAR)) return true;
  return false;
}
