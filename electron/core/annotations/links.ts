import { DossierError } from '../errors';
import { change, type ChangeSet } from './change-set';
import type { AnnotationData, StoryLink } from './model';
import { getRow, rows } from './table';

export function createLink(data: AnnotationData, link: StoryLink): ChangeSet {
  if (link.from === link.to) throw new DossierError('invalid-link', 'A story cannot be linked to itself.');
  const dup = rows(data, 'links').find((l) => l.from === link.from && l.to === link.to && l.type === link.type && l.label === link.label);
  if (dup) throw new DossierError('link-exists', 'These stories are already linked that way.');
  return { label: 'link stories', changes: [change(data, 'links', link.id, link)] };
}

export function deleteLink(data: AnnotationData, id: string): ChangeSet {
  if (!getRow(data, 'links', id)) throw new DossierError('link-not-found', 'That link no longer exists.');
  return { label: 'delete link', changes: [change(data, 'links', id, undefined)] };
}

/**
 * Both directions of a story's links: `links` it makes, `backlinks` other stories make to
 * it. A link is stored once and shown from both ends, so deleting it removes both views.
 */
export function linksForStory(data: AnnotationData, storyId: string): { links: StoryLink[]; backlinks: StoryLink[] } {
  const all = rows(data, 'links').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { links: all.filter((l) => l.from === storyId), backlinks: all.filter((l) => l.to === storyId) };
}
