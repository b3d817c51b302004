import { buildStorylines, type Storyline, type StorylineMove, type StorylineStory } from '../../core/related/storylines';

/**
 * What storyline clustering reads, as plain data, so it can run on a facts worker: at 20,000
 * stories clustering takes seconds, which on the main thread would freeze every reply to the
 * window meanwhile.
 */
export interface StorylinesInput {
  stories: StorylineStory[];
  /** Entity id → its display name, for the entities the stories name (labels and reasons). */
  names: Map<string, string>;
  /** Story id → its near-duplicate group id. */
  duplicateGroups: Map<string, string>;
  /** The analyst's corrections, re-applied after clustering. */
  moves: StorylineMove[];
}

export function clusterStorylines(input: StorylinesInput): Storyline[] {
  return buildStorylines(
    input.stories,
    { entityName: (e) => input.names.get(e), duplicateGroup: (sid) => input.duplicateGroups.get(sid) ?? null },
    input.moves,
  );
}
