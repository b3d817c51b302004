import { DossierError } from '../errors';
import { change, type ChangeSet } from './change-set';
import type { AnnotationData, StoredFix } from './model';
import { getRow, rows } from './table';

/** Keep a manual segmentation fix; the workspace re-applies fixes when it segments the dump. */
export function addFix(data: AnnotationData, fix: StoredFix): ChangeSet {
  const same = rows(data, 'fixes').find((f) => f.docPath === fix.docPath && JSON.stringify(f.fix) === JSON.stringify(fix.fix));
  if (same) throw new DossierError('fix-exists', 'That fix is already applied to this file.');
  return { label: `${fix.fix.type} fix`, changes: [change(data, 'fixes', fix.id, fix)] };
}

export function removeFix(data: AnnotationData, id: string): ChangeSet {
  const f = getRow(data, 'fixes', id);
  if (!f) throw new DossierError('fix-not-found', 'That segmentation fix no longer exists.');
  return { label: `remove ${f.fix.type} fix`, changes: [change(data, 'fixes', id, undefined)] };
}

/** Fixes in the order they were made, optionally for one dump. */
export function listFixes(data: AnnotationData, docPath?: string): StoredFix[] {
  return rows(data, 'fixes')
    .filter((f) => docPath === undefined || f.docPath === docPath)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
