/**
 * Line model shared by every segmentation pass. A dump is read as lines because every cue the
 * scraped dumps give us (headline blocks, captions, bylines, tweets, site chrome) is line-shaped.
 * Offsets are indices into the decoded text; line endings (\n, \r\n, lone \r) are never rewritten.
 */

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last content character (before the line ending). */
  end: number;
  /** Offset of the first non-whitespace character (== ce for a blank line). */
  cs: number;
  /** Offset just past the last non-whitespace character. */
  ce: number;
  /** The trimmed content, `text.slice(cs, ce)`; '' for a blank line. */
  t: string;
}

/** JS `trim()` whitespace plus zero-width space and NBSP, which scraped titles often end with. */
export function isSpaceCode(c: number): boolean {
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

function makeLine(text: string, start: number, end: number): Line {
  let cs = start;
  let ce = end;
  while (cs < ce && isSpaceCode(text.charCodeAt(cs))) cs++;
  while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
  return { start, end, cs, ce, t: cs === ce ? '' : text.slice(cs, ce) };
}

/**
 * Split text into lines with exact offsets. Linear: uses indexOf for the common \n-only case and
 * a single character scan when carriage returns are present (CRLF or old-Mac CR files).
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  if (n === 0) return lines;
  if (text.indexOf('\r') === -1) {
    let pos = 0;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      if (nl === -1) {
        lines.push(makeLine(text, pos, n));
        break;
      }
      lines.push(makeLine(text, pos, nl));
      pos = nl + 1;
      if (pos === n) break;
    }
    return lines;
  }
  let pos = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push(makeLine(text, pos, i));
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      pos = i;
    } else i++;
  }
  if (pos < n) lines.push(makeLine(text, pos, n));
  return lines;
}

/** Index of the line containing `offset` (binary search; a line owns its line ending). */
export function lineIndexAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const TERMINAL_PUNCT = new Set(['.', ',', ';', ':']);

/**
 * Could this line be a headline or a subhead? Short, no URL, no sentence-final full stop,
 * starts like a title. Cheap on purpose: it runs on every line of a 20 MB dump.
 */
export function isTitleLike(t: string): boolean {
  const len = t.length;
  if (len < 3 || len > 200) return false;
  const last = t[len - 1];
  if (TERMINAL_PUNCT.has(last)) return false;
  const c = t.charCodeAt(0);
  const first = t[0];
  const startsOk =
    (first !== first.toLowerCase() && first === first.toUpperCase()) || // uppercase letter in any script
    (c >= 48 && c <= 57) ||
    first === '"' ||
    first === '“' ||
    first === '‘' ||
    first === "'" ||
    first === '«';
  if (!startsOk) return false;
  if (t.includes('://') || t.includes('www.')) return false;
  let words = 1;
  for (let i = 0; i < len; i++) if (t.charCodeAt(i) === 32) words++;
  return words <= 30;
}

function isWordCode(c: number): boolean {
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
