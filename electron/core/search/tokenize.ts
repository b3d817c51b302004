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
  // MIXED's matches, found by scanning code units instead of asking the regex for a match
  // object per word: every story with one curly quote takes this path, and match objects were
  // most of the facts' tokenizing time. Exactly MIXED: a run of ASCII letters and digits is a
  // word unless a non-ASCII character follows it, which joins it with the letters, digits and
  // marks after (that piece is folded, then split into words).
  const out: string[] = [];
  const n = text.length;
  // Lower-cased once for the whole text, instead of once per word, when that lower-cases each
  // word as it would alone: unless a capital grows ("İ") and moves what follows, or a Greek
  // capital sigma, whose small form depends on the letters around it.
  const lower = text.toLowerCase();
  const src = lower.length === n && !text.includes('Σ') ? lower : null;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiWordCode(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isAsciiWordCode(text.charCodeAt(j))) j++;
    if (j === n || text.charCodeAt(j) < 128) {
      out.push(src ? src.slice(i, j) : text.slice(i, j).toLowerCase());
      i = j;
      continue;
    }
    // One non-ASCII code point (a surrogate pair is one), then letters, digits and marks of any script.
    const hi = text.charCodeAt(j);
    const lo = j + 1 < n ? text.charCodeAt(j + 1) : 0;
    MIXED_TAIL.lastIndex = hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? j + 2 : j + 1;
    MIXED_TAIL.test(text);
    const end = MIXED_TAIL.lastIndex;
    const words = foldToken((src ?? text).slice(i, end)).match(WORD);
    if (words) for (const w of words) out.push(w);
    i = end;
  }
  return out;
}

/** The tail of MIXED's first branch, matched where the scan in `terms` stands (sticky; always matches). */
const MIXED_TAIL = /[\p{L}\p{N}\p{M}]*/uy;

function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
