import type { NoiseKind } from '../types';
import type { TextAnalysis } from './analyse';
import { findDate } from './datelines';
import { LC_GOOD, LC_NEAR, leadsIntoProse } from './line-classes';

/**
 * Which line of a story's head is its headline. Above the headline a scraped page leaves lines
 * the rules do not always catch: a breadcrumb ("Home › Africa"), a kicker ("Politics | Analysis"),
 * a section label ("Sport"), a byline with a desk ("Name | Senior Correspondent"), a caption. Each
 * of them can look title-like and even lead into the prose, so the headline is the first
 * title-like line of the head that leads into the prose and has none of their shapes.
 */

/** Lines of the head (before the first prose line) looked at. */
const HEAD_LINES = 12;
/** Fewest words of a headline; shorter lines are labels. */
const MIN_WORDS = 3;
/** A side of a "A | B" line with at most this many words is a label (a kicker, a breadcrumb step, a desk). */
const LABEL_SIDE_WORDS = 3;
/** A line this short that holds a date is a timestamp. */
const DATE_LINE_MAX = 40;

/** Separators of breadcrumbs, kickers and bylines with a desk. */
const SEPARATOR = /\s(?:[|›»•·/]|>)\s/;
/** Two sentences on one line ("People look on. Image: Studio"): a caption or a paragraph, not a headline. */
const TWO_SENTENCES = /[.!?]["”’)]?\s+["“(]?\p{Lu}/u;

function words(t: string): number {
  return t.split(/\s+/).filter(Boolean).length;
}

/** Does line text t have the shape of page furniture rather than of a headline? */
export function furnitureShaped(t: string): boolean {
  if (words(t) < MIN_WORDS) return true;
  const sep = SEPARATOR.exec(t);
  if (sep) {
    // "Headline | Site" keeps a long first side; "Politics | Analysis", "Home › Africa", "Name | Desk" do not.
    const left = t.slice(0, sep.index);
    const right = t.slice(sep.index + sep[0].length);
    if (words(left) <= LABEL_SIDE_WORDS || SEPARATOR.test(right)) return true;
  }
  if (TWO_SENTENCES.test(t)) return true;
  if (/^By\s/.test(t)) return true;
  return t.length <= DATE_LINE_MAX && findDate(t) !== null;
}

/**
 * The headline line of a story whose first text line is `firstText`: that line when it is prose
 * or a headline-shaped line leading into the prose; else the first later line of the head that
 * is; else, when `firstText` is furniture-shaped, the first headline-shaped line of the head;
 * else -1 (the caller keeps its own choice).
 */
export function chooseHeadline(a: TextAnalysis, firstText: number, last: number, noise: (NoiseKind | null)[], first: number): number {
  if (a.cls[firstText] === LC_GOOD) return firstText;
  // Without a line that leads into the prose (a byline or a caption under the headline the rules
  // did not catch), the first headline-shaped line of the head still beats furniture above it.
  let shaped = -1;
  for (let i = firstText, seen = 0; i <= last && seen < HEAD_LINES; i++) {
    if (a.lines.blank(i) || noise[i - first] !== null) continue;
    seen++;
    const c = a.cls[i];
    if ((c === LC_GOOD || c === LC_NEAR) && !a.titleLike[i]) break;
    if (!a.titleLike[i] || furnitureShaped(a.lines.t(i))) continue;
    if (leadsIntoProse(a, a.cls, i)) return i;
    if (shaped < 0) shaped = i;
  }
  return shaped >= 0 && furnitureShaped(a.lines.t(firstText)) ? shaped : -1;
}
