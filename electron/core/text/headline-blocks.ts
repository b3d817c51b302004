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
    const counts = new Map<string, number>();
    let seen = 0;
    for (let i = firstText + 1; i <= last && seen < HEAD_WINDOW; i++) {
      const t = lines.t(i);
      if (t === '') continue;
      seen++;
      if (noise[i - first] === null && t.length <= 1500) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    seen = 0;
    for (let i = firstText + 1; i <= last && seen < HEAD_WINDOW; i++) {
      const t = lines.t(i);
      if (t === '') continue;
      seen++;
      if (noise[i - first] !== null) continue;
      if ((counts.get(t) ?? 0) >= 2) noise[i - first] = 'caption';
      else break; // first body line: the block is over
    }
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
