import * as v from 'valibot';
import { DEFAULT_HIGHLIGHT_COLOR } from './colors';
import { color, exact, id, linkLabel, note, offset, relPath, segmentFix, tag } from './fields';
import { LINK_TYPES, type AnnotationData, type Highlight, type Row, type TableName } from './model';
import { setRow } from './table';

const EPOCH = new Date(0).toISOString();
const text = v.string();
/** A highlight or story gathers tags through merges too, so the per-call limit of 100 does not apply. */
const tagList = v.array(tag);

/** Derived from the text on every re-anchoring, so a broken one is dropped, never the highlight. */
const anchor = v.fallback(
  v.optional(
    v.object({ status: v.picklist(['ok', 'moved', 'orphaned']), start: v.nullable(offset), end: v.nullable(offset), checkedAt: text }),
  ),
  undefined,
);

/**
 * A stored highlight. Fields older files may lack are completed (an empty note, no tags, the
 * default color); what makes it a highlight (ids, path, selectors) must be there and valid.
 */
const highlight = v.pipe(
  v.object({
    id,
    storyId: id,
    docPath: relPath,
    selectors: v.object({
      quote: v.object({ exact, prefix: v.optional(text, ''), suffix: v.optional(text, '') }),
      position: v.object({ start: offset, end: offset }),
    }),
    color: v.optional(color, DEFAULT_HIGHLIGHT_COLOR),
    note: v.optional(note, ''),
    tags: v.optional(tagList, []),
    createdAt: v.optional(text, EPOCH),
    updatedAt: v.optional(text),
    anchor,
  }),
  v.transform((h): Highlight => ({
    ...h,
    updatedAt: h.updatedAt ?? h.createdAt,
    anchor: h.anchor ?? { status: 'ok', start: h.selectors.position.start, end: h.selectors.position.end, checkedAt: h.createdAt },
  })),
);

/** One schema per table, and the field each row's key must equal. */
const TABLE_ROWS: { [T in TableName]: { schema: v.GenericSchema<unknown, Row<T>>; key: string } } = {
  highlights: { schema: highlight, key: 'id' },
  tags: { schema: v.object({ name: tag, color }), key: 'name' },
  storyTags: { schema: v.object({ storyId: id, tags: tagList }), key: 'storyId' },
  notes: { schema: v.object({ storyId: id, text: note, updatedAt: v.optional(text, EPOCH) }), key: 'storyId' },
  links: {
    schema: v.object({
      id,
      from: id,
      to: id,
      type: v.picklist(LINK_TYPES),
      label: v.optional(linkLabel, ''),
      note: v.optional(note, ''),
      createdAt: v.optional(text, EPOCH),
    }),
    key: 'id',
  },
  fixes: { schema: v.object({ id, docPath: relPath, fix: segmentFix, createdAt: v.optional(text, EPOCH) }), key: 'id' },
  dismissed: {
    schema: v.object({ key: v.pipe(text, v.minLength(3), v.maxLength(401)), a: id, b: id, at: v.optional(text, EPOCH) }),
    key: 'key',
  },
  storylineMoves: { schema: v.object({ storyId: id, into: v.nullable(id), at: v.optional(text, EPOCH) }), key: 'storyId' },
  // The Briefs area owns a brief's shape and checks it on read (brief-service.ts).
  briefs: { schema: v.looseObject({ id }), key: 'id' },
};

/** A row that was read from disk but not loaded, and why; reported in the store's status. */
export interface SkippedRow {
  table: string;
  key: string;
  reason: string;
}

/**
 * Check one stored row against its table's schema; the row as it should be kept, or why
 * not. Untrusted input (another program, a damaged disk) ends here, never in a service.
 */
export function parseRow<T extends TableName>(
  table: T,
  key: string,
  value: unknown,
): { ok: true; row: Row<T> } | { ok: false; reason: string } {
  const spec = TABLE_ROWS[table];
  const r = v.safeParse(spec.schema, value);
  if (!r.success) {
    const issue = r.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.');
    return {
      ok: false,
      reason:
        value === null || typeof value !== 'object'
          ? `not a record (${value === null ? 'null' : typeof value})`
          : `${where ? `${where}: ` : ''}${issue.message}`,
    };
  }
  const own = (r.output as Record<string, unknown>)[spec.key];
  if (own !== key) return { ok: false, reason: `its ${spec.key} does not match its key` };
  return { ok: true, row: r.output };
}

/** Every row of `tables` checked: the valid ones kept (completed), the rest listed. */
export function parseTables(tables: Record<TableName, Record<string, unknown>>, into: AnnotationData): SkippedRow[] {
  const skipped: SkippedRow[] = [];
  for (const table of Object.keys(tables) as TableName[]) {
    for (const [key, value] of Object.entries(tables[table])) {
      const r = parseRow(table, key, value);
      if (r.ok) setRow(into, table, key, r.row);
      else skipped.push({ table, key, reason: r.reason });
    }
  }
  return skipped;
}

/** "3 damaged records were skipped (tags broken: not a record (null); …)", for a status message. */
export function describeSkipped(skipped: readonly SkippedRow[]): string {
  const n = skipped.length;
  const shown = skipped
    .slice(0, 3)
    .map((s) => `${s.table} ${s.key.slice(0, 40)}: ${s.reason}`)
    .join('; ');
  return `${n} damaged record${n === 1 ? ' was' : 's were'} skipped (${shown}${n > 3 ? '; …' : ''})`;
}
