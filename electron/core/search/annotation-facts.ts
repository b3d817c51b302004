/**
 * What search needs from the annotations area (another engineer's): tags and highlight
 * counts per story. Optional: without it `tag:` and `has:highlight` match nothing and the
 * response says so in `warnings`.
 */
export interface AnnotationFacts {
  tagsForStory(id: string): string[];
  highlightCount(id: string): number;
}
