import search from 'approx-string-match';

/**
 * How well `expected` appears inside `actual`, 0..1: one minus the fewest edits
 * (insertions, deletions, substitutions) needed to find it there, over its length.
 * Used for a quote's prefix and suffix, which are short, so the cost is small.
 * An empty `expected` has nothing to contradict: 1 when `actual` is empty too
 * (both at a file edge), else a neutral 0.5.
 */
export function textSimilarity(expected: string, actual: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0.5;
  if (actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  const matches = search(actual, expected, expected.length);
  if (matches.length === 0) return 0;
  let fewest = expected.length;
  for (const m of matches) fewest = Math.min(fewest, m.errors);
  return 1 - fewest / expected.length;
}
