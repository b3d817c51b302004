/**
 * Fold a word for matching: compatibility-normalise, strip diacritics, lower-case.
 * "Café" → "cafe", "Ёлкин" → "елкин", "Łódź" → "lodz". Index and query go through the same
 * function, so a search for "cafe" finds "café" and vice versa.
 */
export function foldToken(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs no Unicode decomposition (most of an English corpus).
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe');
}

/** Fold a whole string (for substring tests such as `source:` and `file:` filters). */
export function foldText(text: string): string {
  return foldToken(text);
}
