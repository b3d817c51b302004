import { DossierError } from '../errors';
import type { Selectors } from '../anchoring/types';
import { change, type ChangeSet } from './change-set';
import type { AnnotationData, Highlight, HighlightAnchor } from './model';
import { getRow, rows } from './table';
import { ensureTags } from './tags';

/** What a user may change on an existing highlight. */
interface HighlightPatch {
  color?: string;
  note?: string;
  tags?: string[];
}

export function createHighlight(data: AnnotationData, h: Highlight): ChangeSet {
  if (getRow(data, 'highlights', h.id)) throw new DossierError('highlight-exists', `A highlight with id ${h.id} already exists.`);
  return { label: 'create highlight', changes: [...ensureTags(data, h.tags), change(data, 'highlights', h.id, h)] };
}

export function updateHighlight(data: AnnotationData, id: string, patch: HighlightPatch, now: string): ChangeSet {
  const h = requireHighlight(data, id);
  const next: Highlight = { ...h, ...definedOnly(patch), updatedAt: now };
  const what = patch.tags ? 'tag highlight' : patch.note !== undefined ? 'edit highlight note' : 'edit highlight';
  return { label: what, changes: [...ensureTags(data, patch.tags ?? []), change(data, 'highlights', id, next)] };
}

export function deleteHighlight(data: AnnotationData, id: string): ChangeSet {
  requireHighlight(data, id);
  return { label: 'delete highlight', changes: [change(data, 'highlights', id, undefined)] };
}

/** Point a highlight (usually an orphan) at a new selection, keeping its color, note and tags. */
export function reattachHighlight(
  data: AnnotationData,
  id: string,
  target: { storyId: string; docPath: string; selectors: Selectors; anchor: HighlightAnchor },
  now: string,
): ChangeSet {
  const h = requireHighlight(data, id);
  return { label: 're-attach highlight', changes: [change(data, 'highlights', id, { ...h, ...target, updatedAt: now })] };
}

export function highlightsForStory(data: AnnotationData, storyId: string): Highlight[] {
  return sortByPosition(rows(data, 'highlights').filter((h) => h.storyId === storyId));
}

export function highlightsForDoc(data: AnnotationData, docPath: string): Highlight[] {
  return sortByPosition(rows(data, 'highlights').filter((h) => h.docPath === docPath));
}

/** Reading order: where each highlight is now, falling back to where it was made. */
export function sortByPosition(list: Highlight[]): Highlight[] {
  const at = (h: Highlight) => h.anchor.start ?? h.selectors.position.start;
  return list.sort((a, b) => a.docPath.localeCompare(b.docPath) || at(a) - at(b) || a.createdAt.localeCompare(b.createdAt));
}

export function requireHighlight(data: AnnotationData, id: string): Highlight {
  const h = getRow(data, 'highlights', id);
  if (!h) throw new DossierError('highlight-not-found', 'That highlight no longer exists; it may have been deleted or undone.');
  return h;
}

function definedOnly(patch: HighlightPatch): HighlightPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}
