/**
 * Fold a word for matching: compatibility-normalise, strip diacritics, lower-case.
 * "Café" → "cafe", "Ёлкин" → "елкин", "Łódź" → "lodz". Index and query go through the same
 * function, so a search for "cafe" finds "café" and vice versa.
 */
const RUSSIAN = /^[\x00-\x7f\u0430-\u044f\u0451]*$/;
/**
 * Combining marks, built once: a bundler that lowers `\p{…}` regex literals (esbuild with a
 * `node20` target does) turns one into `new RegExp(…)` where it stands, which inside this
 * function made a regex object for every word folded.
 */
const MARKS = /\p{M}+/gu;

export function foldToken(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs no Unicode decomposition (most of an English corpus).
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  // Russian (with ASCII): decomposing only ever turns ё into е and й into и; skip NFKD, the costliest step.
  if (RUSSIAN.test(lower)) return lower.replace(/ё/g, 'е').replace(/й/g, 'и');
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
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
