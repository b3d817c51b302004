import * as v from 'valibot';
import { id as ref } from '../annotations/fields';

/**
 * The brief model: what an analyst composes and what leaves the building. A brief stores
 * references (highlight ids, story ids) plus the analyst's own words; quotes and provenance
 * are resolved from the workspace at render time, so a re-anchored highlight prints its
 * current offsets and a recoloured tag prints its current colour.
 */

/** Bumped when a stored brief's shape changes; readers skip records they cannot parse. */
export const BRIEF_SCHEMA_VERSION = 1;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const itemId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** A quote the analyst picked: shown as a block quote with its colour, tags and note. */
export const HighlightItemSchema = v.strictObject({ kind: v.literal('highlight'), id: itemId, highlightId: ref });
/** A whole story cited by reference: title, source and date, plus the analyst's comment on it. */
export const StoryItemSchema = v.strictObject({ kind: v.literal('story'), id: itemId, storyId: ref, comment: text(20_000) });
/** The analyst's own words; printed visibly apart from anything quoted from a source. */
export const TextItemSchema = v.strictObject({ kind: v.literal('text'), id: itemId, text: text(50_000) });
/** The links the analyst drew between stories, limited to stories this brief cites. */
export const LinksItemSchema = v.strictObject({ kind: v.literal('links'), id: itemId });

export const BriefItemSchema = v.variant('kind', [HighlightItemSchema, StoryItemSchema, TextItemSchema, LinksItemSchema]);

export const BriefSectionSchema = v.strictObject({
  id: itemId,
  heading: text(500),
  items: v.pipe(v.array(BriefItemSchema), v.maxLength(2000)),
});

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const PaperSchema = v.picklist(PAPER_SIZES);

/** ISO calendar date; the brief's own date, not a story's. */
export const BriefDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'));

/** Everything the analyst edits. `id` and timestamps are the service's business. */
export const BriefContentSchema = v.strictObject({
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'a brief needs a title'), v.maxLength(300)),
  author: text(200),
  date: BriefDateSchema,
  handling: text(120),
  summary: text(50_000),
  paper: PaperSchema,
  /** Print each cited story in full, with its highlights marked, after the endnotes. */
  appendix: v.boolean(),
  sections: v.pipe(v.array(BriefSectionSchema), v.maxLength(500)),
});

export const BriefSchema = v.strictObject({
  ...BriefContentSchema.entries,
  id: ref,
  version: v.literal(BRIEF_SCHEMA_VERSION),
  createdAt: v.pipe(v.string(), v.maxLength(40)),
  updatedAt: v.pipe(v.string(), v.maxLength(40)),
});

export type Paper = (typeof PAPER_SIZES)[number];
export type HighlightItem = v.InferOutput<typeof HighlightItemSchema>;
export type StoryItem = v.InferOutput<typeof StoryItemSchema>;
export type TextItem = v.InferOutput<typeof TextItemSchema>;
export type LinksItem = v.InferOutput<typeof LinksItemSchema>;
export type BriefItem = v.InferOutput<typeof BriefItemSchema>;
export type BriefSection = v.InferOutput<typeof BriefSectionSchema>;
export type BriefContent = v.InferOutput<typeof BriefContentSchema>;
export type Brief = v.InferOutput<typeof BriefSchema>;

/** A brief row in a list: enough to pick one without loading its sections. */
export interface BriefSummary {
  id: string;
  title: string;
  date: string;
  author: string;
  sections: number;
  items: number;
  updatedAt: string;
}

export function toBriefSummary(b: Brief): BriefSummary {
  return {
    id: b.id,
    title: b.title,
    date: b.date,
    author: b.author,
    sections: b.sections.length,
    items: b.sections.reduce((n, s) => n + s.items.length, 0),
    updatedAt: b.updatedAt,
  };
}

/**
 * Parse a stored record. Stored data may be old, hand-edited or damaged; a record that does
 * not parse is reported as null so one bad brief never hides the others.
 */
export function parseStoredBrief(record: unknown): Brief | null {
  const r = v.safeParse(BriefSchema, record);
  return r.success ? r.output : null;
}

/** A stored brief from edited content: identity, schema version and timestamps added. */
export function stampBrief(content: BriefContent, id: string, now: string, createdAt = now): Brief {
  return { ...content, id, version: BRIEF_SCHEMA_VERSION, createdAt, updatedAt: now };
}
