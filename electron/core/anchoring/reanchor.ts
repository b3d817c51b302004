import { matchQuote } from './match-quote';
import { textSimilarity } from './text-similarity';
import type { Anchor, Selectors } from './types';
import { MAX_CONTEXT_CHARS } from './selectors';

/**
 * Find a highlight again in the current file text:
 * 1. position + quote check: the text at the stored offsets is still the quote and its
 *    surroundings still look the same → `ok`;
 * 2. otherwise search for the quote (exact, then fuzzy, with the old position as a hint)
 *    → `moved` (or `ok` if the best place turns out to be the original one);
 * 3. nothing good enough → `orphaned`. The caller keeps the highlight either way.
 *
 * The context check in step 1 matters when a phrase occurs twice and an edit shifted the
 * text by exactly the distance between the two: the offsets then point at the wrong copy.
 */
export function reanchor(text: string | null, selectors: Selectors): Anchor {
  if (text === null) return orphan();
  const { quote, position } = selectors;
  const { start, end } = position;
  if (start >= 0 && end <= text.length && text.slice(start, end) === quote.exact && contextAgrees(text, selectors)) {
    return { status: 'ok', start, end, score: 1 };
  }
  const m = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: start });
  if (!m) return orphan();
  const same = m.start === start && m.end === end && m.exact;
  return { status: same ? 'ok' : 'moved', start: m.start, end: m.end, score: m.score };
}

function contextAgrees(text: string, { quote, position }: Selectors): boolean {
  // Compare only the context next to the quote, however much damaged selectors carry.
  const prefix = quote.prefix.slice(-MAX_CONTEXT_CHARS);
  const suffix = quote.suffix.slice(0, MAX_CONTEXT_CHARS);
  const before = text.slice(Math.max(0, position.start - prefix.length), position.start);
  const after = text.slice(position.end, position.end + suffix.length);
  if (before === prefix || after === suffix) return true;
  return textSimilarity(prefix, before) >= 0.5 || textSimilarity(suffix, after) >= 0.5;
}

function orphan(): Anchor {
  return { status: 'orphaned', start: null, end: null, score: 0 };
}
