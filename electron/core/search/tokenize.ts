import { foldToken } from './fold';

/** One word of a text with where it sits, so snippets and diffs can point back into it. */
export interface Token {
  /** The folded form used for matching. */
  term: string;
  start: number;
  end: number;
}

// Letters and digits of any script, with inner apostrophes/hyphens kept out so "China's"
// yields "china" + "s" the way MiniSearch's default would; \p classes make Cyrillic,
// Greek and accented Latin first-class words.
const WORD = /[\p{L}\p{N}]+/gu;

/** Unicode-aware word tokens with offsets into `text`, folded for matching. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ term: foldToken(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Just the folded terms, for indexing where offsets are not needed. */
export function terms(text: string): string[] {
  // Folding the whole text once is several times faster than per word; offsets may shift,
  // which is fine because callers of this function only need the words.
  return foldToken(text).match(WORD) ?? [];
}
