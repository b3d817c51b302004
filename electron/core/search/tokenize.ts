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
// In ASCII text \p{L}\p{N} are exactly these; the byte-class regex runs several times faster.
const ASCII_WORD = /[A-Za-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
// Mixed text (an English story with one curly quote or "Zürich"): plain ASCII words take the
// fast branch; a run holding any non-ASCII character is captured and folded on its own.
const MIXED = /([A-Za-z0-9]*[^\x00-\x7f][\p{L}\p{N}\p{M}]*)|[A-Za-z0-9]+/gu;

/** Unicode-aware word tokens with offsets into `text`, folded for matching. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  eachToken(text, (term, start, end) => {
    out.push({ term, start, end });
  });
  return out;
}

/**
 * The same tokens as `tokenize`, handed to `visit` one by one without building objects:
 * snippets scan twenty bodies per query and keep only the few words that matched.
 */
export function eachToken(text: string, visit: (term: string, start: number, end: number) => void): void {
  if (!NON_ASCII.test(text)) {
    // Plain ASCII (most of an English library): lower-casing is folding.
    const re = new RegExp(ASCII_WORD);
    for (let m = re.exec(text); m; m = re.exec(text)) visit(m[0].toLowerCase(), m.index, m.index + m[0].length);
    return;
  }
  const re = new RegExp(MIXED);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === undefined) {
      visit(m[0].toLowerCase(), m.index, m.index + m[0].length);
      continue;
    }
    for (const w of m[0].matchAll(WORD)) {
      const start = m.index + w.index;
      visit(foldToken(w[0]), start, start + w[0].length);
    }
  }
}

/** Just the folded terms, for indexing where offsets are not needed. */
export function terms(text: string): string[] {
  if (!NON_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  const out: string[] = [];
  for (const m of text.matchAll(MIXED)) {
    if (m[1] === undefined) out.push(m[0].toLowerCase());
    else {
      // Fold first, then split: folding can join ("e" + combining accent) or split ("½") words.
      const words = foldToken(m[0]).match(WORD);
      if (words) for (const w of words) out.push(w);
    }
  }
  return out;
}
