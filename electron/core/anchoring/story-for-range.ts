/** The span of a story in the file text, as the catalog knows it. */
export interface StorySpan {
  id: string;
  start: number;
  end: number;
}

/**
 * Which story a re-anchored range now belongs to: the one it overlaps most. After a
 * segmentation fix splits or merges stories, story ids change but file offsets do not,
 * so a highlight follows its text to whichever story holds it now. Null when the range
 * lies outside every story (e.g. in a preamble the segmenter left out).
 */
export function storyForRange(stories: readonly StorySpan[], start: number, end: number): string | null {
  let best: string | null = null;
  let bestOverlap = 0;
  for (const s of stories) {
    const overlap = Math.min(end, s.end) - Math.max(start, s.start);
    if (overlap > bestOverlap) {
      best = s.id;
      bestOverlap = overlap;
    }
  }
  return best;
}
