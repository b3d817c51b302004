import type { AnnotationData, Row, TableName } from './model';
import { deleteRow, getRow, setRow } from './table';

/**
 * One row's change: its value before and after (undefined = absent). Storing both sides
 * makes every edit invertible without snapshots of the whole database, which matters with
 * ten thousand highlights: a tag rename touching 500 of them records 500 rows, no more.
 */
export type RowChange = { [T in TableName]: { table: T; key: string; before?: Row<T>; after?: Row<T> } }[TableName];

/** A user-visible edit: what it is called in the Undo menu, and the rows it changes. */
export interface ChangeSet {
  label: string;
  changes: RowChange[];
}

/** Apply a change set forwards (do/redo) or backwards (undo). Rows are replaced, not merged. */
export function applyChanges(data: AnnotationData, set: ChangeSet, direction: 'forward' | 'backward'): void {
  const list = direction === 'forward' ? set.changes : [...set.changes].reverse();
  for (const c of list) {
    const value = direction === 'forward' ? c.after : c.before;
    if (value === undefined) deleteRow(data, c.table, c.key);
    else setRow(data, c.table, c.key, structuredClone(value) as Row<typeof c.table>);
  }
}

/** Record a row's current value and its replacement (undefined deletes). */
export function change<T extends TableName>(data: AnnotationData, table: T, key: string, after: Row<T> | undefined): RowChange {
  const before = getRow(data, table, key);
  return { table, key, before: before === undefined ? undefined : structuredClone(before), after } as RowChange;
}

/** The tables, story ids and dump paths a change set touches, for the `annotations.changed` event. */
export function touched(set: ChangeSet): { tables: TableName[]; storyIds: string[]; docPaths: string[] } {
  const tables = new Set<TableName>();
  const storyIds = new Set<string>();
  const docPaths = new Set<string>();
  for (const c of set.changes) {
    tables.add(c.table);
    for (const row of [c.before, c.after]) {
      if (!row) continue;
      const r = row as unknown as Record<string, unknown>;
      for (const k of ['storyId', 'from', 'to', 'a', 'b']) if (typeof r[k] === 'string') storyIds.add(r[k] as string);
      if (typeof r.docPath === 'string') docPaths.add(r.docPath);
    }
  }
  return { tables: [...tables], storyIds: [...storyIds], docPaths: [...docPaths] };
}
