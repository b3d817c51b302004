import { change, type ChangeSet } from './change-set';
import type { AnnotationData, StorylineMoveRow } from './model';
import { getRow, rows } from './table';

/** Record that the analyst moved a story out of its storyline (`into` null) or into another; a later move of it replaces this one. */
export function moveStory(data: AnnotationData, storyId: string, into: string | null, now: string): ChangeSet {
  const old = getRow(data, 'storylineMoves', storyId);
  const label = into === null ? 'take story out of storyline' : 'move story to storyline';
  if (old && old.into === into) return { label, changes: [] };
  return { label, changes: [change(data, 'storylineMoves', storyId, { storyId, into, at: now } satisfies StorylineMoveRow)] };
}

/** Every move, oldest first, the order clustering re-applies them in. */
export function listStorylineMoves(data: AnnotationData): StorylineMoveRow[] {
  return rows(data, 'storylineMoves').sort((a, b) => a.at.localeCompare(b.at) || (a.storyId < b.storyId ? -1 : 1));
}
