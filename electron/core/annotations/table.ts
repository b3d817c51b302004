import type { AnnotationData, Row, TableName } from './model';

/**
 * Safe row access for the id-keyed tables. Keys come from users (tag names, story ids), so
 * a key like `__proto__` must be an ordinary row, never the object's prototype.
 */
export function getRow<T extends TableName>(data: AnnotationData, table: T, key: string): Row<T> | undefined {
  const t = data[table] as Record<string, Row<T>>;
  return Object.hasOwn(t, key) ? t[key] : undefined;
}

export function setRow<T extends TableName>(data: AnnotationData, table: T, key: string, row: Row<T>): void {
  Object.defineProperty(data[table], key, { value: row, enumerable: true, writable: true, configurable: true });
}

export function deleteRow(data: AnnotationData, table: TableName, key: string): void {
  if (Object.hasOwn(data[table], key)) delete (data[table] as Record<string, unknown>)[key];
}

export function rows<T extends TableName>(data: AnnotationData, table: T): Row<T>[] {
  return Object.values(data[table]) as Row<T>[];
}
