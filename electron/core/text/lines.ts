/**
 * Line model shared by every segmentation pass. A dump is read as lines because every cue the
 * scraped dumps give us (headline blocks, captions, bylines, tweets, site chrome) is line-shaped.
 * Offsets are indices into the decoded text; line endings (\n, \r\n, lone \r) are never rewritten.
 */

/**
 * Every line of a text as offsets in four typed arrays, not one object per line: a 20 MB dump has
 * ~400k lines, and objects (with their trimmed strings) that all live to the end of the analysis
 * cost more in garbage collection than the analysis itself. Trimmed text is sliced on demand.
 */
export class LineTable {
  /** Number of lines. */
  readonly count: number;
  /** Offset of the first character of each line. */
  readonly start: Int32Array;
  /** Offset just past the last content character (before the line ending). */
  readonly end: Int32Array;
  /** Offset of the first non-whitespace character (== ce for a blank line). */
  readonly cs: Int32Array;
  /** Offset just past the last non-whitespace character. */
  readonly ce: Int32Array;

  constructor(
    private readonly text: string,
    count: number,
    start: Int32Array,
    end: Int32Array,
    cs: Int32Array,
    ce: Int32Array,
  ) {
    this.count = count;
    this.start = start;
    this.end = end;
    this.cs = cs;
    this.ce = ce;
  }

  /** The trimmed content of line i, `text.slice(cs, ce)`; '' for a blank line. */
  t(i: number): string {
    const cs = this.cs[i];
    const ce = this.ce[i];
    return cs === ce ? '' : this.text.slice(cs, ce);
  }

  /** True when line i holds only whitespace. */
  blank(i: number): boolean {
    return this.cs[i] === this.ce[i];
  }

  /** Length of the trimmed content of line i. */
  len(i: number): number {
    return this.ce[i] - this.cs[i];
  }
}

/** JS `trim()` whitespace plus zero-width space and NBSP, which scraped titles often end with. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Growable columns for splitLines. */
class LineBuilder {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  cs: Int32Array;
  ce: Int32Array;

  constructor(
    private readonly text: string,
    capacity: number,
  ) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.cs = new Int32Array(capacity);
    this.ce = new Int32Array(capacity);
  }

  add(start: number, end: number): void {
    if (this.count === this.start.length) this.grow();
    const text = this.text;
    let cs = start;
    let ce = end;
    while (cs < ce && isSpaceCode(text.charCodeAt(cs))) cs++;
    while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.cs[k] = cs;
    this.ce[k] = ce;
  }

  private grow(): void {
    const cap = this.start.length * 2;
    const more = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.start = more(this.start);
    this.end = more(this.end);
    this.cs = more(this.cs);
    this.ce = more(this.ce);
  }

  done(): LineTable {
    return new LineTable(this.text, this.count, this.start, this.end, this.cs, this.ce);
  }
}

/**
 * Split text into lines with exact offsets (\n, \r\n and lone \r all end a line). Linear, and
 * the scanning is done by indexOf in native code: one cursor for the next \n, one for the next \r.
 */
export function splitLines(text: string): LineTable {
  const n = text.length;
  // News text averages well over 32 characters a line, so this rarely grows.
  const lines = new LineBuilder(text, Math.max(16, n >> 5));
  let pos = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      lines.add(pos, lf);
      pos = lf + 1;
    } else {
      lines.add(pos, cr);
      pos = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    }
    if (lf !== -1 && lf < pos) lf = text.indexOf('\n', pos);
    if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos);
  }
  if (pos < n) lines.add(pos, n);
  return lines.done();
}

/** Index of the line containing `offset` (binary search; a line owns its line ending). */
export function lineIndexAt(lines: LineTable, offset: number): number {
  let lo = 0;
  let hi = lines.count - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.start[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

import { headlineCaseShare, TITLE_CASE_SHARE } from './headline-case';

const TERMINAL_PUNCT = new Set(['.', ',', ';', ':']);
/** Longest line opening with a C1 quote byte taken as title-like. */
const C1_QUOTED_MAX = 90;

/**
 * A headline may open with a brand written in camel case ("iPhone", "eBay": a lower-case letter,
 * then a capital) or with an amount ("$6,000", "£5bn", "€20"): neither is a sentence going on
 * from the line above, which is what a lower-case or symbol start usually means.
 */
function brandOrAmountStart(t: string): boolean {
  const a = t.charCodeAt(0);
  const b = t.charCodeAt(1);
  if (a >= 97 && a <= 122) return b >= 65 && b <= 90;
  return (a === 36 || a === 0xa3 || a === 0x20ac || a === 0xa5) && b >= 48 && b <= 57;
}

/**
 * Does the line end on an initialism ("... Underneath N.Y.C.", "... Quits the U.S.")? Its full
 * stop belongs to the abbreviation, so a Title Case line ending so can still be a headline.
 * Read only at a line that ends in a full stop.
 */
function endsWithInitialism(t: string): boolean {
  let i = t.length - 1;
  let letters = 0;
  // Capital, full stop, from the end: "C." "Y." "N."
  while (i >= 1 && t.charCodeAt(i) === 46) {
    const c = t.charCodeAt(i - 1);
    if (c < 65 || c > 90) break;
    letters++;
    i -= 2;
  }
  return letters >= 2 && (i < 0 || t.charCodeAt(i) === 32);
}

/**
 * Could this line be a headline or a subhead? Short, no URL, no sentence-final full stop,
 * starts like a title. Cheap on purpose: it runs on every line of a 20 MB dump.
 */
export function isTitleLike(t: string): boolean {
  const len = t.length;
  if (len < 3 || len > 200) return false;
  const last = t[len - 1];
  if (TERMINAL_PUNCT.has(last) && !(last === '.' && endsWithInitialism(t) && headlineCaseShare(t) >= TITLE_CASE_SHARE)) return false;
  // A sentence closed inside a Windows-1252 quote byte left as a C1 control (0x92 ’, 0x94 ”) ends in that stop too.
  const lc = t.charCodeAt(len - 1);
  if ((lc === 0x92 || lc === 0x94) && TERMINAL_PUNCT.has(t[len - 2])) return false;
  const c = t.charCodeAt(0);
  const first = t[0];
  const startsOk =
    (first !== first.toLowerCase() && first === first.toUpperCase()) || // uppercase letter in any script
    (c >= 48 && c <= 57) ||
    first === '"' ||
    first === '“' ||
    first === '‘' ||
    first === "'" ||
    first === '«' ||
    // A Windows-1252 opening quote byte (0x91 ‘, 0x93 “) a dump decoded as Latin-1 leaves as a C1 control.
    // Weaker evidence than a real quote, so only at a headline's length: a teaser's snippet runs longer.
    ((c === 0x91 || c === 0x93) && len <= C1_QUOTED_MAX) ||
    brandOrAmountStart(t);
  if (!startsOk) return false;
  // One scan for both: more than 30 words, or a URL ("://" or "www.").
  let words = 1;
  for (let i = 0; i < len; i++) {
    const c = t.charCodeAt(i);
    if (c === 32) {
      if (++words > 30) return false;
    } else if (c === 58 /* : */) {
      if (t.charCodeAt(i + 1) === 47 && t.charCodeAt(i + 2) === 47) return false;
    } else if (c === 119 /* w */ && t.charCodeAt(i + 1) === 119 && t.charCodeAt(i + 2) === 119 && t.charCodeAt(i + 3) === 46) return false;
  }
  return true;
}

/** Letter or digit for word counting (any script; punctuation, symbols and emoji are not). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (isSpaceCode(c)) return false;
  // General punctuation, dashes, quotes, bullets, arrows, box drawing: not word characters.
  if (c >= 0x2010 && c <= 0x2bff) return false;
  if (c === 0xab || c === 0xbb || c === 0xb7 || c === 0xa9 || c === 0xae || c === 0xb0) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // emoji and other astral symbols are not words
  return true;
}

/**
 * Count words in text[start, end): runs of letters/digits, where an apostrophe, hyphen or dot
 * between two word characters does not split ("it's", "Xi-Blinken", "U.S."). No allocation.
 */
export function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) {
        words++;
        inWord = true;
      }
    } else if (inWord && (c === 39 || c === 0x2019 || c === 45 || c === 46) && i + 1 < end && isWordCode(text.charCodeAt(i + 1))) {
      // joiner inside a word: stay in the word
    } else inWord = false;
  }
  return words;
}
