import { CUE_NONE, type TextAnalysis } from './analyse';
import { LC_GOOD, LC_NEAR } from './line-classes';

/**
 * A dateline ("CITY, Jan. 5 (NPA) — ") opens a story's body, so it starts a story when nothing
 * above it does. When a story began only a few lines above it, and what lies between is no more
 * than a headline block (a headline, a byline over two lines, one standfirst sentence, a timestamp),
 * the dateline is that story's first body line: cutting there would split the head from its body.
 */

/** Lines of text (not blank, not noise) a headline block holds at most: chrome around it does not count. */
export const HEAD_BLOCK_LINES = 6;
/** Prose characters (GOOD and NEAR lines that are not noise) a headline block holds at most: a headline and a standfirst. */
export const HEAD_BLOCK_PROSE = 600;

/**
 * The dateline starts of `datelines` that no nearby start already covers. `others` are the
 * other starts (any order); the first line with content counts as one (the file's first story).
 */
export function uncoveredDatelines(a: TextAnalysis, datelines: readonly number[], others: readonly number[]): number[] {
  if (datelines.length === 0) return [];
  let firstContent = 0;
  while (firstContent < a.lines.count && a.lines.blank(firstContent)) firstContent++;
  const before = Int32Array.from([firstContent, ...others]).sort();
  const out: number[] = [];
  for (const d of datelines) {
    // The nearest other start above d (binary search for the last start < d).
    let lo = 0;
    let hi = before.length - 1;
    let s = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (before[mid] < d) {
        s = before[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (s < 0 || !headBlockOnly(a, s, d)) out.push(d);
  }
  return out;
}

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["”’'»)\]]*$/;

/**
 * Do lines [from, to) hold no more text than a headline block: a title-like first line (not a
 * dateline: that is a story's body), then at most one sentence (a standfirst) among a few lines?
 * A short story above, with its own paragraphs, ends in sentences.
 */
function headBlockOnly(a: TextAnalysis, from: number, to: number): boolean {
  let lines = 0;
  let prose = 0;
  let sentences = 0;
  for (let i = from; i < to; i++) {
    if (a.lines.blank(i) || a.noise[i] !== null) continue;
    if (lines === 0 && (!a.titleLike[i] || a.cue[i] !== CUE_NONE)) return false;
    if (++lines > HEAD_BLOCK_LINES) return false;
    if (a.cls[i] === LC_GOOD || a.cls[i] === LC_NEAR) prose += a.lines.len(i);
    if (prose >= HEAD_BLOCK_PROSE) return false;
    if (SENTENCE_END.test(a.lines.t(i)) && ++sentences > 1) return false;
  }
  return true;
}
