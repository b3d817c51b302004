import search from 'approx-string-match';

/** Up to this many DP cells, the plain dynamic programme is cheaper than the bit-parallel search's set-up. */
const SMALL_DP_CELLS = 16_384;

/**
 * How well `expected` appears inside `actual`, 0..1: one minus the fewest edits
 * (insertions, deletions, substitutions) needed to find it there, over its length.
 * Used for a quote's prefix and suffix, which are short, so the cost is small.
 * An empty `expected` (a quote at the edge of the file, or no context given) has
 * nothing to contradict and scores 1 everywhere, so it never decides between candidates.
 */
export function textSimilarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  if (expected.length * actual.length <= SMALL_DP_CELLS) return 1 - fewestEdits(expected, actual) / expected.length;
  const matches = search(actual, expected, expected.length);
  if (matches.length === 0) return 0;
  let fewest = expected.length;
  for (const m of matches) fewest = Math.min(fewest, m.errors);
  return 1 - fewest / expected.length;
}

/**
 * The fewest edits that turn `pattern` into some substring of `text` (Sellers' dynamic
 * programme, the same quantity the bit-parallel search minimises). Re-anchoring scores
 * hundreds of candidates per highlight with 32-character contexts; this costs a few
 * microseconds each, where the general search's per-call set-up costs a quarter millisecond.
 */
function fewestEdits(pattern: string, text: string): number {
  const m = pattern.length;
  // col[i]: fewest edits matching pattern[0, i) so that it ends at the current text position.
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let diag = col[0];
    col[0] = 0;
    for (let i = 1; i <= m; i++) {
      const up = col[i];
      col[i] = Math.min(diag + (pattern.charCodeAt(i - 1) === c ? 0 : 1), up + 1, col[i - 1] + 1);
      diag = up;
    }
    if (col[m] < best) best = col[m];
  }
  return best;
}
