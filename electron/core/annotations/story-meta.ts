import { change, type ChangeSet } from './change-set';
import type { AnnotationData, StoryNote } from './model';
import { getRow } from './table';
import { ensureTags } from './tags';
import { uniqueTags } from './tag-names';

/** Set a story's note; an empty note removes the record rather than keeping a blank one. */
export function setStoryNote(data: AnnotationData, storyId: string, text: string, now: string): ChangeSet {
  const next: StoryNote | undefined = text.trim() === '' ? undefined : { storyId, text, updatedAt: now };
  return { label: 'edit story note', changes: [change(data, 'notes', storyId, next)] };
}

export function storyNote(data: AnnotationData, storyId: string): StoryNote | null {
  return getRow(data, 'notes', storyId) ?? null;
}

/** Replace a story's tags (already normalised names); new names get a tag row with a color. */
export function setStoryTags(data: AnnotationData, storyId: string, tags: string[]): ChangeSet {
  const list = uniqueTags(tags);
  return {
    label: 'tag story',
    changes: [...ensureTags(data, list), change(data, 'storyTags', storyId, list.length ? { storyId, tags: list } : undefined)],
  };
}

export function storyTags(data: AnnotationData, storyId: string): string[] {
  return getRow(data, 'storyTags', storyId)?.tags ?? [];
}
