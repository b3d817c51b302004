import { DossierError } from '../errors';
import { change, type ChangeSet } from './change-set';
import type { AnnotationData, BriefRecord } from './model';
import { getRow, rows } from './table';

/**
 * Storage for briefs. The Briefs area decides what a brief contains; here a brief is an
 * opaque JSON record with an id, kept, versioned by undo, and saved like everything else.
 */
export function createBrief(data: AnnotationData, brief: BriefRecord): ChangeSet {
  if (getRow(data, 'briefs', brief.id)) throw new DossierError('brief-exists', `A brief with id ${brief.id} already exists.`);
  return { label: 'create brief', changes: [change(data, 'briefs', brief.id, brief)] };
}

export function updateBrief(data: AnnotationData, brief: BriefRecord): ChangeSet {
  if (!getRow(data, 'briefs', brief.id)) throw new DossierError('brief-not-found', 'That brief no longer exists.');
  return { label: 'edit brief', changes: [change(data, 'briefs', brief.id, brief)] };
}

export function deleteBrief(data: AnnotationData, id: string): ChangeSet {
  if (!getRow(data, 'briefs', id)) throw new DossierError('brief-not-found', 'That brief no longer exists.');
  return { label: 'delete brief', changes: [change(data, 'briefs', id, undefined)] };
}

export function listBriefs(data: AnnotationData): BriefRecord[] {
  return rows(data, 'briefs');
}
