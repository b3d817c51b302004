import { expect } from 'vitest';
import type { SegmentedStory } from '../../../electron/core/types';
import { NOISE_KINDS } from '../../../electron/core/types';
import { cleanRanges } from '../../../electron/core/text/story';

/** The clean body of a story: its text minus noise spans (what the reader shows expanded). */
export function cleanBody(text: string, s: SegmentedStory): string {
  return cleanRanges(s.start, s.end, s.noise)
    .map(([a, b]) => text.slice(a, b))
    .join('');
}

/** The clean text of every story of a dump, ranges and stories joined by spaces (for "kept" / "not kept" checks). */
export function allClean(text: string, stories: readonly SegmentedStory[]): string {
  return stories
    .map((s) =>
      cleanRanges(s.start, s.end, s.noise)
        .map(([a, b]) => text.slice(a, b))
        .join(' '),
    )
    .join(' ');
}

/** Text of all noise spans of a given kind in a story. */
export function noiseText(text: string, s: SegmentedStory, kind?: string): string {
  return s.noise
    .filter((n) => !kind || n.kind === kind)
    .map((n) => text.slice(n.start, n.end))
    .join('\n');
}

/** Deterministic PRNG (mulberry32, shared with the bench generator) so property tests are reproducible. */
export { mulberry32 as prng } from '../../support/prng';

const KINDS = new Set<string>(NOISE_KINDS);
const WS = /^[\s\u00a0\u200b\ufeff]*$/;

/** Structural invariants every segmentation must satisfy; returns a message or null. */
export function invariantError(text: string, stories: SegmentedStory[]): string | null {
  let prevEnd = 0;
  for (const [i, s] of stories.entries()) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `story ${i}: non-integer offsets`;
    if (s.start < 0 || s.end > text.length || s.start >= s.end) return `story ${i}: bad range ${s.start}-${s.end}`;
    if (s.start < prevEnd) return `story ${i}: overlaps or unsorted`;
    if (!WS.test(text.slice(prevEnd, s.start))) return `story ${i}: non-whitespace text outside stories`;
    prevEnd = s.end;
    const body = text.slice(s.start, s.end);
    // A derived title cut at a word boundary ends with an ellipsis the text does not have.
    const titleText = s.title.endsWith('…') && s.title.length > 1 ? s.title.slice(0, -1) : s.title;
    if (!s.title || !body.includes(titleText)) return `story ${i}: title ${JSON.stringify(s.title)} not in story text`;
    if (s.title !== s.title.trim()) return `story ${i}: title not trimmed`;
    if (!Number.isInteger(s.words) || s.words < 0) return `story ${i}: bad word count`;
    if (s.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(s.date)) return `story ${i}: bad date ${s.date}`;
    if (typeof s.language !== 'string' || !s.language) return `story ${i}: bad language`;
    let nEnd = s.start;
    for (const n of s.noise) {
      if (!KINDS.has(n.kind)) return `story ${i}: bad noise kind ${n.kind}`;
      if (n.start < nEnd || n.end <= n.start || n.end > s.end) return `story ${i}: noise span out of order or outside story`;
      nEnd = n.end;
    }
  }
  if (!WS.test(text.slice(prevEnd))) return 'non-whitespace text after the last story';
  return null;
}

export function expectInvariants(text: string, stories: SegmentedStory[]): void {
  expect(invariantError(text, stories)).toBeNull();
}

/** Two short articles of our own, for tests that string stories together: a ferry route and a harvest. */
export const HARBOUR = [
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted for two years.',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
].join('\n\n');
export const ORCHARD = [
  'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer, the growers association said.',
  'Orchard owners said pickers were hard to find, and several farms have raised wages to keep their crews until the end of October.',
].join('\n\n');
