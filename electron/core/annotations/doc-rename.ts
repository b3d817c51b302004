import type { AnnotationData, TableName } from './model';
import { highlightsForDoc } from './highlights';
import { rows } from './table';

/**
 * A dump was renamed (same bytes, new path): move its highlights and fixes to the new path,
 * in place. Derived bookkeeping like re-anchoring, so it is never put on the undo stack.
 * Returns the rows that changed, for the caller to save.
 */
export function followDocRename(data: AnnotationData, from: string, to: string): { table: TableName; key: string }[] {
  const changed: { table: TableName; key: string }[] = [];
  for (const h of highlightsForDoc(data, from)) {
    h.docPath = to;
    changed.push({ table: 'highlights', key: h.id });
  }
  for (const f of rows(data, 'fixes')) {
    if (f.docPath !== from) continue;
    f.docPath = to;
    changed.push({ table: 'fixes', key: f.id });
  }
  return changed;
}
