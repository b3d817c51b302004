import type { Selectors } from './types';

/** Characters of context kept either side of a quote: enough to tell repeated phrases apart. */
const CONTEXT_CHARS = 32;
/** The most context re-anchoring compares (selectors read from db.json may carry more). */
export const MAX_CONTEXT_CHARS = 2 * CONTEXT_CHARS;

/**
 * Describe the range `[start, end)` of `text` so it can be found again after the file changes.
 * Throws a RangeError for an empty or out-of-bounds range: callers validate user input first
 * and turn it into a message; reaching here with a bad range is a programming error.
 */
export function buildSelectors(text: string, start: number, end: number, context = CONTEXT_CHARS): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid range ${start}..${end} for a text of ${text.length} characters`);
  }
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, Math.min(text.length, end + context)),
    },
    position: { start, end },
  };
}
