import search from 'approx-string-match';
import type { QuoteMatch } from './types';
import { textSimilarity } from './text-similarity';
import { MAX_CONTEXT_CHARS } from './selectors';

/** What helps pick between candidate places for a quote. */
interface QuoteContext {
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
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
const MIN_STANDALONE_LENGTH = 12;
/** Fuzzy search never allows more than this many edits (bounds the work per quote). */
const MAX_FUZZY_ERRORS = 256;
/** Characters either side of the old position searched first for an edited quote. */
const FUZZY_WINDOW = 4096;
/**
 * The fuzzy search's work per quote, in text characters × 32-character blocks of allowed
 * edits (the bit-parallel search costs about that many steps): about 10 ms here. Beyond the
 * window near the old position, the text searched is the widest stretch around it that
 * fits (the whole text of a dump up to 128 KB for a quote of up to 128 characters), so
 * a quote that is nowhere in a 20 MB dump costs no more than one in a small dump, and a
 * workspace with a thousand such highlights opens in seconds, not minutes. A passage that
 * was edited and also moved further than that becomes an orphan, which the user can
 * re-attach (an unedited one is still found anywhere by the exact search). The budget is
 * work, not wall-clock time, so the outcome never depends on how busy the machine is.
 */
const FUZZY_BUDGET = 1 << 18;
/**
 * Quotes longer than this are matched exactly only: the fuzzy search's set-up grows with
 * the quote's length times its alphabet, and a quote that long (pages of text) that was
 * also edited is better re-attached by hand than guessed.
 */
const MAX_FUZZY_QUOTE = 8192;
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
  // Selectors come from db.json, which is untrusted: a hint is only a number in the text.
  const hint = Number.isFinite(context.hint) ? Math.min(Math.max(0, Math.trunc(context.hint!)), text.length) : undefined;
  context = { prefix: context.prefix, suffix: context.suffix, hint };
  const exact = exactMatch(text, quote, hint, context);
  if (exact) return { start: exact.start, end: exact.end, score: exact.score, exact: true };

  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / 2));
  if (maxErrors === 0 || quote.length > MAX_FUZZY_QUOTE) return null;
  // Edits are usually local, so look near the old position first: the approximate search
  // costs time in proportion to the text searched, and a 50 KB dump with a few edited
  // quotes must re-anchor in milliseconds. Only if nothing good is found there is a wider
  // stretch searched (the whole text, up to the budget), so a passage moved away is still found.
  if (hint !== undefined && text.length > quote.length + 4 * FUZZY_WINDOW) {
    const from = Math.max(0, hint - FUZZY_WINDOW);
    const near = fuzzyIn(text, quote, from, Math.min(text.length, hint + quote.length + FUZZY_WINDOW), maxErrors, context);
    if (near) return near;
  }
  const span = Math.max(Math.floor(FUZZY_BUDGET / Math.ceil(maxErrors / 32)), quote.length + maxErrors);
  if (text.length <= span) return fuzzyIn(text, quote, 0, text.length, maxErrors, context);
  const from = Math.min(Math.max(0, (hint ?? 0) - (span >> 1)), text.length - span);
  return fuzzyIn(text, quote, from, from + span, maxErrors, context);
}

function fuzzyIn(text: string, quote: string, from: number, to: number, maxErrors: number, context: QuoteContext): QuoteMatch | null {
  const found = search(text.slice(from, to), quote, maxErrors);
  const best = bestOf(found.map((m) => score(text, quote, from + m.start, from + m.end, 1 - m.errors / quote.length, context)));
  return best ? { start: best.start, end: best.end, score: best.score, exact: false } : null;
}

/**
 * The best exact occurrence. Usually the text only shifted, so the occurrences near the old
 * position are scored first; if the best of them has its whole context intact, no occurrence
 * further away can score higher (same quote and context scores, a larger distance), and the
 * rest of a 20 MB dump is never searched: a dump with 100,000 highlights re-anchors in
 * seconds after an edit near its top.
 */
function exactMatch(text: string, quote: string, hint: number | undefined, context: QuoteContext): Scored | null {
  const scoreAt = (start: number) => score(text, quote, start, start + quote.length, 1, context);
  if (hint !== undefined) {
    const from = Math.max(0, hint - FUZZY_WINDOW);
    const near = text.slice(from, hint + quote.length + FUZZY_WINDOW);
    const local: number[] = [];
    for (let i = near.indexOf(quote); i !== -1 && local.length <= MAX_EXACT_CANDIDATES; i = near.indexOf(quote, i + 1))
      local.push(from + i);
    // (With more than the cap nearby, the nearest ones are chosen below instead.)
    const best = local.length <= MAX_EXACT_CANDIDATES ? bestOf(local.map(scoreAt)) : null;
    if (best && best.p === 1 && best.s === 1) return best;
  }
  return bestOf(exactCandidates(text, quote, hint ?? 0).map(scoreAt));
}

/**
 * Where the quote occurs, at most the MAX_EXACT_CANDIDATES occurrences nearest the hint:
 * found by searching outwards from it, so a one-letter quote in a 20 MB dump costs a
 * thousand look-ups, not millions.
 */
function exactCandidates(text: string, quote: string, hint: number): number[] {
  const after: number[] = [];
  for (let i = text.indexOf(quote, hint); i !== -1 && after.length < MAX_EXACT_CANDIDATES; i = text.indexOf(quote, i + 1)) after.push(i);
  const before: number[] = [];
  for (
    let i = hint === 0 ? -1 : text.lastIndexOf(quote, hint - 1);
    i !== -1 && before.length < MAX_EXACT_CANDIDATES;
    i = i === 0 ? -1 : text.lastIndexOf(quote, i - 1)
  )
    before.push(i);
  const found = before.reverse().concat(after);
  if (found.length <= MAX_EXACT_CANDIDATES) return found;
  return found.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, MAX_EXACT_CANDIDATES);
}

function score(text: string, quote: string, start: number, end: number, q: number, ctx: QuoteContext): Scored {
  // Only the context next to the quote counts: selectors carry 32 characters, and longer
  // (damaged) ones must not make every comparison cost their length squared.
  const prefix = (ctx.prefix ?? '').slice(-MAX_CONTEXT_CHARS);
  const suffix = (ctx.suffix ?? '').slice(0, MAX_CONTEXT_CHARS);
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
