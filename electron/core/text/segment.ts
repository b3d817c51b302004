import type { SegmentedStory } from '../types';
import { analyseText, type TextAnalysis } from './analyse';
import { findStoryRanges } from './boundaries';
import { buildStory, dumpContextOf } from './story';

/**
 * Split a decoded dump into stories and mark noise inside each.
 *
 * - Offsets are indices into `text` exactly as decoded (BOM already removed, line endings kept).
 * - Stories are sorted and never overlap. A story starts at the first visible character of its
 *   first line (its headline block, or leading noise such as a logo or a tweet run that belongs to
 *   it) and ends after the last visible character of its last line: blank lines stay outside.
 * - Noise is marked, never removed; noise spans lie inside their story and do not overlap.
 * - Text outside every story is only whitespace.
 * - A dump with no story body at all (only tweets, only site chrome) yields one story whose body is
 *   all noise (words = 0), titled after its first post, so the file is visible and readable in the
 *   library rather than looking empty. An empty or whitespace-only text yields [].
 */
export function segmentDump(text: string): SegmentedStory[] {
  if (!text) return [];
  return segmentAnalysed(analyseText(text));
}

/** Segment an already analysed text (manual fixes reuse the analysis). */
function segmentAnalysed(a: TextAnalysis): SegmentedStory[] {
  const ctx = dumpContextOf(a);
  return findStoryRanges(a).map(([first, last]) => buildStory(a, first, last, ctx));
}
