import search from 'approx-string-match';
import type { QuoteMatch } from './types';
import { textSimilarity } from './text-similarity';

/** What helps pick between candidate places for a quote. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote used to start; candidates nearer to it win ties. */
  hint?: number;
}

/**
 * Scoring (after hypothesis/client's match-quote): each candidate gets
 *   score = (50·q + 20·p + 20·s + 2·d) / 92
 * where q is the quote similarity (1 − edits/length), p and s the prefix and suffix
 * similarities (see textSimilarity) and d = 1 − |start − hint| / text length. The quote
 * dominates, the context decides between repeats, and the position only breaks ties.
 *
 * A candidate is good enough only when
 *   q ≥ 0.8 and (the quote is at least 12 characters or the context agrees: (p+s)/2 ≥ 0.5), or
 *   q ≥ 0.5 and the context agrees strongly: (p+s)/2 ≥ 0.8.
 * so a short phrase that merely recurs elsewhere with unrelated surroundings is an orphan,
 * not a silent mis-anchor. Otherwise `matchQuote` returns null and the caller decides.
 */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
export const MIN_STANDALONE_LENGTH = 12;
/** Fuzzy search never allows more than this many edits (bounds the work per quote). */
const MAX_FUZZY_ERRORS = 256;
/** Characters either side of the old position searched first for an edited quote. */
const FUZZY_WINDOW = 4096;
/** A phrase that occurs this often is scored only at its occurrences nearest the hint. */
const MAX_EXACT_CANDIDATES = 500;

interface Scored {
  start: number;
  end: number;
  q: number;
  p: number;
  s: number;
  score: number;
  quoteLength: number;
}

/**
 * Find `quote` in `text`: first as an exact string (the best-scored occurrence, so the
 * context and position disambiguate repeats), then approximately. Returns null when no
 * candidate is good enough by the rule above.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const exact = bestOf(exactCandidates(text, quote, context.hint ?? 0).map((start) => score(text, quote, start, start + quote.length, 1, context)));
  if (exact) return { start: exact.start, end: exact.end, score: exact.score, exact: true };

  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / 2));
  if (maxErrors === 0) return null;
  // Edits are usually local, so look near the old position first: the approximate search
  // costs time in proportion to the text searched, and a 50 KB dump with a few edited
  // quotes must re-anchor in milliseconds. Only if nothing good is found there is the
  // whole text searched, so a passage moved far away is still found.
  const hint = context.hint;
  if (hint !== undefined && text.length > quote.length + 4 * FUZZY_WINDOW) {
    const from = Math.max(0, hint - FUZZY_WINDOW);
    const near = fuzzyIn(text, quote, from, Math.min(text.length, hint + quote.length + FUZZY_WINDOW), maxErrors, context);
    if (near) return near;
  }
  return fuzzyIn(text, quote, 0, text.length, maxErrors, context);
}

function fuzzyIn(text: string, quote: string, from: number, to: number, maxErrors: number, context: QuoteContext): QuoteMatch | null {
  const found = search(text.slice(from, to), quote, maxErrors);
  const best = bestOf(found.map((m) => score(text, quote, from + m.start, from + m.end, 1 - m.errors / quote.length, context)));
  return best ? { start: best.start, end: best.end, score: best.score, exact: false } : null;
}

function exactCandidates(text: string, quote: string, hint: number): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  if (found.length <= MAX_EXACT_CANDIDATES) return found;
  return found.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, MAX_EXACT_CANDIDATES);
}

function score(text: string, quote: string, start: number, end: number, q: number, ctx: QuoteContext): Scored {
  const prefix = ctx.prefix ?? '';
  const suffix = ctx.suffix ?? '';
  // Compare with a little slack either side, since edits may have shifted the context.
  const p = textSimilarity(prefix, text.slice(Math.max(0, start - prefix.length - 4), start));
  const s = textSimilarity(suffix, text.slice(end, end + suffix.length + 4));
  const d = ctx.hint === undefined ? 1 : 1 - Math.abs(start - ctx.hint) / Math.max(1, text.length);
  const total = (WEIGHTS.quote * q + WEIGHTS.prefix * p + WEIGHTS.suffix * s + WEIGHTS.position * d) / TOTAL;
  return { start, end, q, p, s, score: total, quoteLength: quote.length };
}

/** The best acceptable candidate; see the rule in the comment on WEIGHTS. */
function bestOf(candidates: Scored[]): Scored | null {
  let best: Scored | null = null;
  for (const c of candidates) {
    if (!acceptable(c)) continue;
    if (!best || c.score > best.score) best = c;
  }
  return best;
}

function acceptable(c: Scored): boolean {
  const ctx = (c.p + c.s) / 2;
  if (c.q >= 0.8 && (c.quoteLength >= MIN_STANDALONE_LENGTH || ctx >= 0.5)) return true;
  return c.q >= 0.5 && ctx >= 0.8;
}
