import { TABLES, type AnnotationData, type Highlight } from './model';
import { DEFAULT_HIGHLIGHT_COLOR } from './colors';
import { setRow } from './table';

/**
 * The version of db.json this build writes. Bump it with a migration below whenever the
 * stored shape changes; an older file is upgraded on open, a newer one is never written.
 */
export const SCHEMA_VERSION = 1;

export function emptyData(): AnnotationData {
  return { schemaVersion: SCHEMA_VERSION, highlights: {}, tags: {}, storyTags: {}, notes: {}, links: {}, fixes: {}, dismissed: {}, briefs: {} };
}

export type Upgrade =
  | { kind: 'ok'; data: AnnotationData; migratedFrom: number | null }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

type Json = Record<string, unknown>;

/**
 * Migrations, keyed by the version they upgrade from. Version 0 is the prototype format
 * (no `schemaVersion`, tables as arrays of records with an `id`, or `name`/`storyId`).
 */
const MIGRATIONS: Record<number, (d: Json) => Json> = {
  0: (d) => {
    const keyOf: Record<string, string> = { tags: 'name', storyTags: 'storyId', notes: 'storyId', dismissed: 'key' };
    const out: Json = { schemaVersion: 1 };
    for (const t of TABLES) {
      const v = d[t];
      out[t] = Array.isArray(v) ? Object.fromEntries(v.filter(isObject).map((r) => [String(r[keyOf[t] ?? 'id']), r])) : (v ?? {});
    }
    return out;
  },
};

/**
 * Turn parsed JSON into current data: check the version, migrate, and check the shape. Rows
 * missing optional fields are completed (an empty note, no tags); a row without what makes it
 * a highlight means the file is damaged, and the caller keeps it aside rather than guess.
 */
export function upgrade(raw: unknown): Upgrade {
  if (!isObject(raw)) return { kind: 'invalid', reason: 'the file does not hold a JSON object' };
  const version = raw.schemaVersion === undefined ? 0 : raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { kind: 'invalid', reason: 'its schema version is not a number' };
  if (version > SCHEMA_VERSION) return { kind: 'newer', version };
  let d: Json = raw;
  for (let v = version; v < SCHEMA_VERSION; v++) d = MIGRATIONS[v](d);
  const data = emptyData();
  for (const t of TABLES) {
    const table = d[t] ?? {};
    if (!isObject(table)) return { kind: 'invalid', reason: `"${t}" is not a table` };
    (data as unknown as Record<string, unknown>)[t] = table;
  }
  for (const [id, h] of Object.entries(data.highlights)) {
    const fixed = completeHighlight(h as unknown);
    if (!fixed) return { kind: 'invalid', reason: `highlight ${id.slice(0, 40)} has no usable selectors` };
    setRow(data, 'highlights', id, fixed);
  }
  return { kind: 'ok', data, migratedFrom: version === SCHEMA_VERSION ? null : version };
}

function completeHighlight(h: unknown): Highlight | null {
  if (!isObject(h) || typeof h.id !== 'string' || typeof h.storyId !== 'string' || typeof h.docPath !== 'string') return null;
  const sel = h.selectors;
  if (!isObject(sel) || !isObject(sel.quote) || !isObject(sel.position)) return null;
  const { quote, position } = sel;
  if (typeof quote.exact !== 'string' || typeof position.start !== 'number' || typeof position.end !== 'number') return null;
  const when = typeof h.createdAt === 'string' ? h.createdAt : new Date(0).toISOString();
  const anchor = isObject(h.anchor) && typeof h.anchor.status === 'string' ? (h.anchor as unknown as Highlight['anchor']) : null;
  return {
    id: h.id,
    storyId: h.storyId,
    docPath: h.docPath,
    selectors: {
      quote: { exact: quote.exact, prefix: str(quote.prefix), suffix: str(quote.suffix) },
      position: { start: position.start, end: position.end },
    },
    color: typeof h.color === 'string' ? h.color : DEFAULT_HIGHLIGHT_COLOR,
    note: str(h.note),
    tags: Array.isArray(h.tags) ? h.tags.filter((t): t is string => typeof t === 'string') : [],
    createdAt: when,
    updatedAt: typeof h.updatedAt === 'string' ? h.updatedAt : when,
    anchor: anchor ?? { status: 'ok', start: position.start, end: position.end, checkedAt: when },
  };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
