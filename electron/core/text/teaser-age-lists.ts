import type { TextAnalysis } from './analyse';
import { findDate } from './datelines';

/**
 * A "More news" list after an article prints each other story as its headline, its section and
 * time ("Weather News - March 4, 2021, 10:02 AM") and its first paragraph, each part set apart by
 * blank lines, so the list reads like more of the article: a subhead and a paragraph, again and
 * again. The time line is what an article's subheads never carry: TEASER_UNITS or more such
 * headline-time-paragraph units back to back are teasers.
 */

/** Longest teaser headline. */
const HEAD_CHARS = 160;
/** Longest line giving a teaser's section and time. */
export const TEASER_AGE_CHARS = 80;
/** Longest first paragraph printed under a teaser's time. */
const BLURB_CHARS = 600;
/** Blank lines allowed between the parts of a unit and between units. */
const MAX_BLANKS = 3;
/** Units that make a list (an article's dated subhead may happen once or twice). */
const TEASER_UNITS = 3;

const SENTENCE_END = /[.!?…]["”’'»)\]]*$/;

/** Is line b a teaser's age line: short, holding a date, not a sentence? */
export function isAgeLine(a: TextAnalysis, b: number): boolean {
  if (a.lines.blank(b) || a.noise[b] !== null || a.lines.len(b) > TEASER_AGE_CHARS) return false;
  const t = a.lines.t(b);
  return !SENTENCE_END.test(t) && findDate(t) !== null;
}

/** The next non-blank line after i with at most MAX_BLANKS blank lines before it, else -1. */
function next(a: TextAnalysis, i: number): number {
  for (let j = i + 1; j < a.lines.count && j - i - 1 <= MAX_BLANKS; j++) if (!a.lines.blank(j)) return j;
  return -1;
}

/** The last line of the headline-time-paragraph unit at line h, else -1. */
function unitEnd(a: TextAnalysis, h: number): number {
  if (a.noise[h] !== null || !a.titleLike[h] || a.lines.len(h) > HEAD_CHARS) return -1;
  const age = next(a, h);
  if (age < 0 || !isAgeLine(a, age)) return -1;
  const s = next(a, age);
  if (s < 0 || a.noise[s] !== null || a.titleLike[s] || a.lines.len(s) > BLURB_CHARS) return -1;
  return SENTENCE_END.test(a.lines.t(s)) ? s : -1;
}

/** Mark every list of TEASER_UNITS or more spaced teaser units as related teasers. */
export function teaserAgeLists(a: TextAnalysis): void {
  for (let i = 0; i < a.lines.count; i++) {
    let end = unitEnd(a, i);
    if (end < 0) continue;
    const units = [i];
    for (let h = next(a, end); h >= 0; h = next(a, end)) {
      const e = unitEnd(a, h);
      if (e < 0) break;
      units.push(h);
      end = e;
    }
    if (units.length >= TEASER_UNITS) {
      for (let k = i; k <= end; k++) {
        if (a.lines.blank(k) || a.noise[k] !== null) continue;
        a.noise[k] = 'related-teaser';
        a.context[k] = 'teaser-age-list';
        a.titleLike[k] = 0;
      }
    }
    i = end;
  }
}
