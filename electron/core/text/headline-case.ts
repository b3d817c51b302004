/**
 * How much of a line is written in Title Case or ALL CAPS, the way headlines are set (and
 * article sentences, decks and standfirsts are not). Its own file: the line classifier and the
 * story-start score both read it.
 */

/** Share of capitalised words among words of 4+ letters (1 for ALL CAPS). One scan, no regex: it runs at every candidate. */
export function headlineCaseShare(t: string): number {
  let upper = 0;
  let lower = 0;
  let words = 0;
  let capped = 0;
  let run = 0;
  let firstUpper = false;
  for (let i = 0; i <= t.length; i++) {
    const ch = i < t.length ? t[i] : ' ';
    const lc = ch.toLowerCase();
    const uc = ch.toUpperCase();
    if (lc !== uc) {
      if (run === 0) firstUpper = ch === uc;
      run++;
      if (ch === uc) upper++;
      else lower++;
      continue;
    }
    if (ch === ' ' || ch === '-' || ch === '/') {
      if (run >= 4) {
        words++;
        if (firstUpper) capped++;
      }
      run = 0;
    }
  }
  if (upper + lower >= 4 && lower === 0) return 1;
  return words < 2 ? 0 : capped / words;
}

/** Share of capitalised words (headlineCaseShare) from which a line is written in Title Case. */
export const TITLE_CASE_SHARE = 0.6;
