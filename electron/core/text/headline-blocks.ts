import type { NoiseKind } from '../types';
import { CUE_DATELINE, type TextAnalysis } from './analyse';

/**
 * The headline block at the top of a scraped story, as TT/aggregator pages render it:
 *
 *   Headline                      <- the title (shown once, not noise)
 *   Caption (Reuters)             <- caption
 *   Caption (Reuters)             <- repeated-caption
 *   TT                            <- agency-tag (line rule)
 *   Headline                      <- repeated-headline
 *   Caption (Reuters)             <- repeated-caption
 *   Body...
 *
 * Captions are recognised by their credit ("(Reuters)", "FILE - ...") or, without one, by being
 * repeated inside the block. Later copies of the headline anywhere in the story are repeats too.
 */
interface HeadlineAnalysis {
  /** Noise per line of the story, indexed from the story's first line. */
  noise: (NoiseKind | null)[];
  /** Line index (absolute) of the first non-noise line, or -1 when the story is all noise. */
  firstText: number;
  /** True when `firstText` is a real headline (title-like, followed by more text, not a dateline paragraph). */
  explicit: boolean;
}

/** How many non-blank lines after the headline can still belong to its block. */
const HEAD_WINDOW = 30;

/** Caption copies differ by carousel decoration: "Item 1 of 7 X" vs "[1/7]X Purchase Licensing Rights". */
function captionKey(t: string): string {
  return t
    .replace(/^(?:Item \d+ of \d+\s+|\[\d+\/\d+\]\s*)/, '')
    .replace(/\s*Purchase Licensing Rights(?:, opens new tab)?$/, '')
    .trim();
}

/** Longest line compared as a caption copy. */
const COPY_MAX_CHARS = 1500;

/**
 * Lines in [from, to] that are not noise and read exactly as line `i` (itself included); 0 when
 * line i is too long to count as a copy.
 */
function copiesIn(a: TextAnalysis, noise: (NoiseKind | null)[], first: number, from: number, to: number, i: number): number {
  const { lines } = a;
  const len = lines.len(i);
  if (len > COPY_MAX_CHARS) return 0;
  let t: string | null = null;
  let n = 0;
  for (let j = from; j <= to; j++) {
    if (lines.len(j) !== len || noise[j - first] !== null) continue;
    if (j === i) n++;
    else if (a.text.startsWith((t ??= lines.t(i)), lines.cs[j])) n++;
  }
  return n;
}

export function analyseHeadlineBlock(a: TextAnalysis, first: number, last: number): HeadlineAnalysis {
  const { lines } = a;
  const noise = a.noise.slice(first, last + 1);
  let firstText = -1;
  for (let i = first; i <= last; i++) {
    if (!lines.blank(i) && noise[i - first] === null) {
      firstText = i;
      break;
    }
  }
  if (firstText < 0) return { noise, firstText, explicit: false };
  let hasMore = false;
  for (let i = firstText + 1; i <= last && !hasMore; i++) if (!lines.blank(i)) hasMore = true;
  const explicit = a.titleLike[firstText] === 1 && a.cue[firstText] !== CUE_DATELINE && hasMore;

  if (explicit) {
    const title = lines.t(firstText);
    // Every later copy of the headline is a repeat.
    for (let i = firstText + 1; i <= last; i++) {
      if (lines.len(i) === title.length && lines.t(i) === title) noise[i - first] = 'repeated-headline';
    }
    // Lines repeated inside the head window are captions (when not already some other noise).
    // Counted only for the lines the scan reaches (it stops at the first body line), lengths first:
    // a Map of every window line hashed each line's text for one lookup in most stories.
    let windowEnd = firstText;
    for (let i = firstText + 1, seen = 0; i <= last && seen < HEAD_WINDOW; i++) {
      windowEnd = i;
      if (!lines.blank(i)) seen++;
    }
    // Marked after the scan: copies are counted among the lines as they were before it.
    const copies: number[] = [];
    let seen = 0;
    for (let i = firstText + 1; i <= last && seen < HEAD_WINDOW; i++) {
      if (lines.blank(i)) continue;
      seen++;
      if (noise[i - first] !== null) continue;
      if (copiesIn(a, noise, first, firstText + 1, windowEnd, i) >= 2) copies.push(i);
      else break; // first body line: the block is over
    }
    // Three or more different lines, each printed again, are the story printed twice (a print
    // version, a page saved with its copy), not photo captions: the body stays text.
    if (distinctLines(a, copies) < 3) for (const i of copies) noise[i - first] = 'caption';
  }

  // Caption copies anywhere in the story: the first stays 'caption', the rest are repeats.
  let captions: Set<string> | null = null;
  for (let i = first; i <= last; i++) {
    const k = noise[i - first];
    if (k !== 'caption' && k !== 'repeated-caption') continue;
    const key = captionKey(lines.t(i));
    captions ??= new Set();
    if (captions.has(key)) noise[i - first] = 'repeated-caption';
    else {
      captions.add(key);
      noise[i - first] = 'caption';
    }
  }
  return { noise, firstText, explicit };
}

/** How many different texts the lines `at` hold. */
function distinctLines(a: TextAnalysis, at: readonly number[]): number {
  if (at.length < 3) return at.length;
  return new Set(at.map((i) => a.lines.t(i))).size;
}
