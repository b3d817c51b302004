import type { TextAnalysis } from './analyse';
import { LC_GOOD, LC_NEAR } from './line-classes';
import { cohesionAt, cohesionState } from './cohesion';

/**
 * Story gaps measured against the paragraph gaps around them. A dump whose paragraphs sit on
 * consecutive lines and whose stories are set apart by one blank line (or whose paragraphs are one
 * blank line apart and stories two) shows where a story ends by that wider gap, even when the next
 * story has no headline: the fixed three-blank-line gap cue never sees it, and a headline after
 * one blank line scores no higher than a subhead. Stories of one dump need not share a paragraph
 * style, and some articles mix both, so the gap is compared with the paragraph ends of its own run
 * of prose, and it only ends a story where lexical cohesion (cohesion.ts) also drops.
 *
 * Paragraph gaps are read from paragraph ends only (a prose line that ends a sentence, then a
 * prose line that starts with a capital), so a hard-wrapped paragraph, whose lines follow one
 * another without a gap, does not make its blank-line paragraph breaks look like story gaps.
 */

/** Paragraph ends on one side of a gap that must all be narrower than it. */
export const NARROWER_ENDS = 3;
/**
 * Cohesion below which the text after a wider gap is another story (tune split: 0.05; higher
 * values found more stories but split more saved pages inside their article).
 */
export const GAP_COHESION = 0.05;
/** Gaps of this many blank lines or more are the fixed gap cue's (boundaries.ts GAP_BLANK_LINES). */
const FIXED_GAP = 3;

/**
 * A paragraph's last line: a sentence end, then perhaps closing quotes or brackets (of any
 * encoding, a stray C1 quote included) and an agency tag ("... said. (AFP)", "... - Reuters").
 */
const PARAGRAPH_END = /[.!?…][^\p{L}\p{N}\s]{0,3}(?:\s+(?:[-–—]\s*\p{Lu}[\p{L}]+|\(\p{Lu}[\p{L}]+\)))?$/u;

function isProse(a: TextAnalysis, i: number): boolean {
  return a.noise[i] === null && (a.cls[i] === LC_GOOD || a.cls[i] === LC_NEAR);
}

/** Marks a paragraph may open with before its capital: quotes of any style (a headline that quotes someone, too), a bracket. */
const OPENERS = '"“‘\'«(';

function startsUpper(t: string): boolean {
  const c = t.charAt(0);
  return c !== c.toLowerCase() || OPENERS.includes(c) || (c >= '0' && c <= '9');
}

/**
 * Lines that open a story because the gap above them (one or two blank lines after prose that
 * ends a sentence) is wider than every one of the NARROWER_ENDS paragraph ends before it, or
 * every one after it: the stories of one dump need not share a paragraph style, so the gap is
 * measured against its neighbours, not the whole file.
 */
export function widerGapStarts(a: TextAnalysis, otherStarts: readonly number[] = []): number[] {
  const n = a.lines.count;
  /** Paragraph ends in order: the blank lines after each, and the run of prose it lies in. */
  const endGaps: number[] = [];
  const endRuns: number[] = [];
  /** Candidate gaps: the line after, its width, how many paragraph ends came before it, its run. */
  const cand: number[] = [];
  // A run of prose: paragraphs with nothing but blank lines between them (a headline, a caption,
  // any noise or a fixed story gap ends it). Gaps are compared only with ends of their own run.
  let run = 0;
  let prev = -1;
  let blanks = 0;
  for (let i = 0; i < n; i++) {
    if (a.lines.blank(i)) {
      blanks++;
      continue;
    }
    const prose = isProse(a, i);
    if (prev >= 0 && blanks < FIXED_GAP && isProse(a, prev) && PARAGRAPH_END.test(a.lines.t(prev))) {
      if (blanks > 0 && a.noise[i] === null) cand.push(i, blanks, endGaps.length, run);
      if (prose && startsUpper(a.lines.t(i))) {
        endGaps.push(blanks);
        endRuns.push(run);
      }
    }
    if (!prose || blanks >= FIXED_GAP || !isProse(a, prev)) run++;
    prev = i;
    blanks = 0;
  }
  const out: number[] = [];
  if (cand.length === 0) return out;
  const st = cohesionState(a);
  // Cohesion compares with the story so far: from the last start another cue found.
  const before = Int32Array.from(otherStarts).sort();
  let k = 0;
  let storyFrom = 0;
  for (let c = 0; c < cand.length; c += 4) {
    const [line, gap, at, inRun] = [cand[c], cand[c + 1], cand[c + 2], cand[c + 3]];
    // The gap itself is endGaps[at] when a prose line follows it; the ends after it start past it.
    const follows = at < endGaps.length && endRuns[at] === inRun;
    const after = follows ? at + 1 : at;
    const wider =
      narrower(endGaps, endRuns, at - NARROWER_ENDS, at, gap, inRun) ||
      (follows && narrower(endGaps, endRuns, after, after + NARROWER_ENDS, gap, inRun));
    if (!wider) continue;
    while (k < before.length && before[k] < line) storyFrom = before[k++];
    const cohesion = cohesionAt(a, line, storyFrom, st);
    if (cohesion >= 0 && cohesion < GAP_COHESION) out.push(line);
  }
  return out;
}

/** Are endGaps[from, to) all there, all in prose run `run` and all narrower than `gap`? */
function narrower(endGaps: number[], endRuns: number[], from: number, to: number, gap: number, run: number): boolean {
  if (from < 0 || to > endGaps.length) return false;
  for (let k = from; k < to; k++) if (endGaps[k] >= gap || endRuns[k] !== run) return false;
  return true;
}
