const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * True when `s` holds a letter, digit or mark beyond ASCII that `allowed` (by UTF-16 code) does
 * not accept. A charCode loop: the same question as a Unicode-class regex with a lookahead at
 * every position cost a few hundred microseconds a body, which is most of a snippet. Only the
 * rare characters beyond ASCII reach the class test; typographic punctuation (U+2000–U+206F:
 * dashes, quotes, spaces) and no-break spaces are none of letter, digit or mark.
 */
export function hasWordCharBeyond(s: string, allowed: (code: number) => boolean = () => false): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || allowed(c)) continue;
    const cp = s.codePointAt(i)!;
    if (WORD_CHAR.test(String.fromCodePoint(cp))) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** The Russian alphabet's letters, upper and lower case, with Ё and ё. */
export const isRussianLetter = (c: number): boolean => (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
