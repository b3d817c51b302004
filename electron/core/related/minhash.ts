import { terms } from '../search/tokenize';

/** Signature length: 128 values give a similarity estimate within about ±0.04 near 0.9. */
export const NUM_HASHES = 128;
/** LSH banding: 16 bands × 8 rows puts the 50%-candidate threshold near 0.71 similarity. */
export const BANDS = 16;
/**
 * Wide banding for short stories: 32 bands × 4 rows makes a pair at similarity 0.6 a candidate
 * 99% of the time (50% near 0.42). In a short story one changed clause is a large share of
 * the shingles (0.5–0.7 left), below what 16 × 8 catches; in a long one it is not, and wide
 * bands there would only bring pairs of unrelated stories sharing a few phrases.
 */
export const WIDE_BANDS = 32;
const SHINGLE = 3;

function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * MinHash signature over 3-word shingles of the folded text: two stories' signatures agree
 * in about as many places as their shingle sets overlap (Jaccard), so lightly edited wire
 * copies score ~0.9 while stories that merely share a topic score far lower.
 *
 * One-permutation hashing: each shingle is hashed once, its top bits pick one of the
 * NUM_HASHES bins and the rest compete for that bin's minimum, instead of computing 128
 * hashes per shingle (128× less work for the same estimator). Bins no shingle fell into
 * (only in very short texts) borrow the next filled bin's value, shifted by the distance,
 * so two texts still agree there exactly when they agree on the borrowed bin
 * (Shrivastava & Li's rotation densification).
 */
export function signature(text: string): Uint32Array {
  return signatureAndLength(text).signature;
}

/** The signature and the number of words it was taken over (near-duplicates band short stories wider). */
export function signatureAndLength(text: string): { signature: Uint32Array; words: number } {
  return signatureOfWords(terms(text));
}

/** The same from the text's folded words (`terms`), for a caller that has them already. */
export function signatureOfWords(words: readonly string[]): { signature: Uint32Array; words: number } {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  if (!words.length) return { signature: sig, words: 0 };
  const wh = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wh[i] = hashWord(words[i]);
  const n = Math.max(1, wh.length - SHINGLE + 1);
  const filled = new Uint8Array(NUM_HASHES);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE && i + k < wh.length; k++) h = mix(h ^ wh[i + k]) + k;
    const bin = mix(h >>> 0) % NUM_HASHES;
    const v = mix((h ^ 0x5bd1e995) >>> 0);
    filled[bin] = 1;
    if (v < sig[bin]) sig[bin] = v;
  }
  for (let j = 0; j < NUM_HASHES; j++) {
    if (filled[j]) continue;
    for (let t = 1; t < NUM_HASHES; t++) {
      const k = (j + t) % NUM_HASHES;
      if (filled[k]) {
        sig[j] = (sig[k] + Math.imul(t, 0x9e3779b1)) >>> 0;
        break;
      }
    }
  }
  return { signature: sig, words: words.length };
}

/** True for the signature of a text without a single word: it says nothing, so it matches nothing. */
export function isEmptySignature(sig: Uint32Array): boolean {
  return sig.every((v) => v === 0xffffffff);
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** The LSH bucket key of one band of a signature, in a layout of `bands` bands (BANDS or WIDE_BANDS). */
export function bandKey(sig: Uint32Array, band: number, bands: number = BANDS): string {
  const rows = NUM_HASHES / bands;
  let h = band * 0x9e3779b1 + bands;
  for (let i = band * rows; i < (band + 1) * rows; i++) h = mix(h ^ sig[i]);
  let h2 = band;
  for (let i = band * rows; i < (band + 1) * rows; i++) h2 = Math.imul(h2 ^ sig[i], 0x01000193);
  return `${bands === BANDS ? '' : 'w'}${band}:${h.toString(36)}:${(h2 >>> 0).toString(36)}`;
}
