import { wrapRanges } from './wrap-ranges';
import { clearMarks } from './paint';
import { terms as foldedTerms, tokenize, type Token } from '@core/search/tokenize';
import { formMatcher } from '@core/search/form-match';

/**
 * Mark search hits in their own style, separate from highlights, in the headline and the
 * story's lines only (not the byline or the noise bars' labels, which are the app's words).
 * Words compare the way search compares them (core's tokenizer and folding), so "сергей"
 * marks "Сергей" and "strasse" marks "Straße"; a word of three letters or more also marks
 * the words it begins, as search finds them; a phrase (words joined by spaces) marks runs.
 * Returns the hits in reading order.
 */
export function paintHits(root: HTMLElement, terms: string[]): HTMLElement[] {
  clearMarks(root, 'mark.hit');
  const wanted = terms.map((t) => foldedTerms(t)).filter((t) => t.length > 1 || (t.length === 1 && t[0].length > 1));
  if (wanted.length === 0) return [];
  // One word marks its other forms too (inflections, the other script, exonyms), as search matches them.
  const matchers = wanted.map((w) => (w.length === 1 ? matcherFor(w[0]) : null));
  // Each line on its own instead of excluding the app's words: per-node checks cost more than the marking.
  for (const line of root.querySelectorAll<HTMLElement>('.title, [data-start]')) {
    const ranges = hitRanges(tokensOf(line), wanted, matchers);
    if (ranges.length > 0) wrapRanges(line, ranges, 'hit');
  }
  return Array.from(root.querySelectorAll<HTMLElement>('mark.hit'));
}

/**
 * The last few words' matchers, kept with what they have learned: typing goes back and forth over
 * the same words (deleting a letter, retyping it), and a new matcher answered each of the story's
 * words again on every keystroke that repainted the hits.
 */
const keptMatchers = new Map<string, (term: string) => boolean>();
const KEPT_MATCHERS = 8;

function matcherFor(word: string): (term: string) => boolean {
  let m = keptMatchers.get(word);
  if (m) keptMatchers.delete(word);
  else m = formMatcher(word, true);
  if (keptMatchers.size >= KEPT_MATCHERS) keptMatchers.delete(keptMatchers.keys().next().value!);
  keptMatchers.set(word, m); // most recently used last
  return m;
}

/** Each line's tokens as last read, so a keystroke re-tokenizes only lines whose text changed. */
const lineTokens = new WeakMap<Element, { text: string; tokens: Token[] }>();

function tokensOf(line: Element): Token[] {
  const text = line.textContent ?? '';
  const kept = lineTokens.get(line);
  if (kept?.text === text) return kept.tokens;
  const tokens = tokenize(text);
  lineTokens.set(line, { text, tokens });
  return tokens;
}

/** True when `text` holds a hit for the query's words and phrases, as `paintHits` would mark it. */
export function hasHit(text: string, terms: string[]): boolean {
  const wanted = terms.map((t) => foldedTerms(t)).filter((t) => t.length > 0);
  if (wanted.length === 0) return false;
  const matchers = wanted.map((w) => (w.length === 1 ? matcherFor(w[0]) : null));
  return hitRanges(tokenize(text), wanted, matchers).length > 0;
}

/** Where the wanted words and phrases occur among a line's tokens, as ranges to wrap. */
function hitRanges(
  tokens: Token[],
  wanted: string[][],
  matchers: (((term: string) => boolean) | null)[],
): { start: number; length: number }[] {
  const out: { start: number; length: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = wanted.find((words, k) =>
      matchers[k] ? matchers[k](tokens[i].term) : words.every((t, j) => i + j < tokens.length && tokens[i + j].term === t),
    );
    if (!w) continue;
    const last = tokens[i + w.length - 1];
    out.push({ start: tokens[i].start, length: last.end - tokens[i].start });
    i += w.length - 1;
  }
  return out;
}
