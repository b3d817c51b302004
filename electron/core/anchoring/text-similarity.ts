import search from 'approx-string-match';

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
  const matches = search(actual, expected, expected.length);
  if (matches.length === 0) return 0;
  let fewest = expected.length;
  for (const m of matches) fewest = Math.min(fewest, m.errors);
  return 1 - fewest / expected.length;
}
