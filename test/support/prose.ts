import { mulberry32 } from './prng';

/**
 * Random lower-case prose from a vocabulary of 3,000 made-up words, with a sentence break now
 * and then: text of any size in which a quote is unique and upper-case text is nowhere, for
 * the re-anchoring tests and the hostile-input scenarios. `seed` is a number, or a generator
 * to draw from (so several texts of one run follow one sequence).
 */
export function prose(size: number, seed: number | (() => number) = 1): string {
  const r = typeof seed === 'number' ? mulberry32(seed) : seed;
  const words = Array.from({ length: 3000 }, () =>
    Array.from({ length: 3 + Math.floor(r() * 7) }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join(''),
  );
  const out: string[] = [];
  let n = 0;
  while (n < size) {
    const w = words[Math.floor(r() * words.length)] + (r() < 0.05 ? '.\n' : ' ');
    out.push(w);
    n += w.length;
  }
  return out.join('');
}
