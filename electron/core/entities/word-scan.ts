/**
 * The words entity extraction reads, found by a scan of code units instead of a global regex:
 * `matchAll` made a match object and a string for every word of every story, and that garbage
 * was most of extraction's collector time. A word is what `[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*` (with the u flag)
 * matches, exactly: runs of letters and digits of any script, joined by single hyphens or
 * apostrophes. Non-ASCII characters are settled by the same Unicode property regex once per
 * character and remembered, so the scan agrees with it on every script.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}/u;
/** Per BMP code unit: 0 not settled yet, 1 yes, 2 no. */
const letterOrDigit = new Uint8Array(65536);
const upper = new Uint8Array(65536);

function settled(table: Uint8Array, re: RegExp, c: number): boolean {
  let v = table[c];
  if (v === 0) v = table[c] = re.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Code units of the letter or digit at text[i] (2 for one outside the BMP), 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c < 0xd800 || c > 0xdbff) return settled(letterOrDigit, LETTER_OR_DIGIT, c) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** End of the run of letters and digits from `i` (i itself when none stands there). */
function runEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const k = wordCharAt(text, i);
    if (k === 0) break;
    i += k;
  }
  return i;
}

const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019;

/**
 * Calls `word(start, end)` for each word of `text` in order. The callback gets offsets only,
 * so a caller makes strings for the few words it keeps.
 */
export function scanWords(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = runEnd(text, i, n);
    if (j === i) {
      i++;
      continue;
    }
    // A hyphen or apostrophe joins only with a letter or digit after it ("Secretary-General", "O’Brien").
    while (j + 1 < n && isJoiner(text.charCodeAt(j)) && wordCharAt(text, j + 1) > 0) j = runEnd(text, j + 1, n);
    word(i, j);
    i = j;
  }
}

/** Whether the word at text[start] opens with an upper-case letter (`/^\p{Lu}/u`), without slicing it out. */
export function isUpperAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 0xd800 || c > 0xdbff) return settled(upper, UPPER, c);
  return UPPER.test(String.fromCodePoint(text.codePointAt(start)!));
}
