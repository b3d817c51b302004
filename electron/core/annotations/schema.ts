import { TABLES, type AnnotationData, type TableName } from './model';
import { parseTables, type SkippedRow } from './row-schemas';

/**
 * The version of db.json this build writes. Bump it with a migration below whenever the
 * stored shape changes; an older file is upgraded on open, a newer one is never written.
 */
export const SCHEMA_VERSION = 1;

export function emptyData(): AnnotationData {
  return {
    schemaVersion: SCHEMA_VERSION,
    highlights: {},
    tags: {},
    storyTags: {},
    notes: {},
    links: {},
    fixes: {},
    dismissed: {},
    storylineMoves: {},
    briefs: {},
  };
}

type Upgrade =
  | { kind: 'ok'; data: AnnotationData; migratedFrom: number | null; skipped: SkippedRow[] }
  | { kind: 'newer'; version: number }
  /** JSON with no schema version: not a file Dossier wrote, so it is never rewritten. */
  | { kind: 'foreign' }
  | { kind: 'invalid'; reason: string };

type Json = Record<string, unknown>;

/**
 * Migrations, keyed by the version they upgrade from (1 → 2 is `1: (d) => …`). Every file
 * Dossier ever wrote carries `schemaVersion`, starting at 1.
 */
const MIGRATIONS: Record<number, (d: Json) => Json> = {};

/**
 * Turn parsed JSON into current data: check the version, migrate, and check every row
 * against its table's schema (row-schemas.ts). A row that fails is skipped and listed, so
 * one damaged record costs that record, never the workspace; the caller reports it.
 */
export function upgrade(raw: unknown): Upgrade {
  if (!isObject(raw)) return { kind: 'invalid', reason: 'the file does not hold a JSON object' };
  if (raw.schemaVersion === undefined) return { kind: 'foreign' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { kind: 'invalid', reason: 'its schema version is not a number' };
  if (version > SCHEMA_VERSION) return { kind: 'newer', version };
  let d: Json = raw;
  for (let v = version; v < SCHEMA_VERSION; v++) d = MIGRATIONS[v](d);
  const tables = {} as Record<TableName, Record<string, unknown>>;
  for (const t of TABLES) {
    const table = d[t] ?? {};
    if (!isObject(table)) return { kind: 'invalid', reason: `"${t}" is not a table` };
    tables[t] = table;
  }
  const data = emptyData();
  const skipped = parseTables(tables, data);
  return { kind: 'ok', data, migratedFrom: version === SCHEMA_VERSION ? null : version, skipped };
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
