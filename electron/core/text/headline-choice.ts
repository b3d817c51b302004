import type { NoiseKind } from '../types';
import type { TextAnalysis } from './analyse';
import { furnitureShaped } from './furniture-shape';
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
