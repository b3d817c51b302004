import type { SegmentFix } from '../text/fixes';
import type { AnchorStatus, Selectors } from '../anchoring/types';

/**
 * The analyst's own work: everything in `<workspace>/.dossier/db.json`. Unlike the catalog
 * and the caches it cannot be rebuilt from the dumps, so every record is plain JSON data
 * keyed by id, and every change goes through a change set (see change-set.ts) that can be
 * undone and is acknowledged only once it is on disk.
 */

/** Where a highlight was last found in its file. Derived, refreshed on every re-anchoring. */
export interface HighlightAnchor {
  status: AnchorStatus;
  start: number | null;
  end: number | null;
  /** ISO time of the last re-anchoring. */
  checkedAt: string;
}

export interface Highlight {
  id: string;
  /** The story holding the highlighted text; follows the text when stories are re-segmented. */
  storyId: string;
  /** Workspace-relative path of the dump, `/` separated. */
  docPath: string;
  /** What the user selected. Only a user action (re-attach) changes them. */
  selectors: Selectors;
  color: string;
  note: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  anchor: HighlightAnchor;
}

/** A tag's identity is its full hierarchical name, e.g. `region/korea`. */
export interface Tag {
  name: string;
  color: string;
}

export interface StoryTags {
  storyId: string;
  tags: string[];
}

export interface StoryNote {
  storyId: string;
  text: string;
  updatedAt: string;
}

export const LINK_TYPES = ['same-event', 'follow-up', 'contradicts', 'background', 'custom'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** A typed link from one story to another; the target sees it as a backlink. */
export interface StoryLink {
  id: string;
  from: string;
  to: string;
  type: LinkType;
  /** The analyst's own label when `type` is `custom`, else empty. */
  label: string;
  note: string;
  createdAt: string;
}

/** A manual segmentation fix, stored as plain data keyed by dump; core/text/fixes.ts applies it. */
export type { SegmentFix } from '../text/fixes';

export interface StoredFix {
  id: string;
  docPath: string;
  fix: SegmentFix;
  createdAt: string;
}

/** A related-story suggestion the analyst dismissed; `a` < `b` so a pair has one key. */
export interface Dismissal {
  key: string;
  a: string;
  b: string;
  at: string;
}

/**
 * The analyst's correction of a storyline, one per story (the latest wins): out of its
 * storyline (`into` null) or into the storyline `into` (`sl-<anchor story id>`).
 */
export interface StorylineMoveRow {
  storyId: string;
  into: string | null;
  at: string;
}

/** A brief as stored: opaque to the store apart from its id (the Briefs area owns its shape). */
export interface BriefRecord {
  id: string;
  [field: string]: unknown;
}

export interface AnnotationData {
  schemaVersion: number;
  highlights: Record<string, Highlight>;
  tags: Record<string, Tag>;
  storyTags: Record<string, StoryTags>;
  notes: Record<string, StoryNote>;
  links: Record<string, StoryLink>;
  fixes: Record<string, StoredFix>;
  dismissed: Record<string, Dismissal>;
  storylineMoves: Record<string, StorylineMoveRow>;
  briefs: Record<string, BriefRecord>;
}

export type TableName = Exclude<keyof AnnotationData, 'schemaVersion'>;
export type Row<T extends TableName> = AnnotationData[T][string];

export const TABLES: readonly TableName[] = [
  'highlights',
  'tags',
  'storyTags',
  'notes',
  'links',
  'fixes',
  'dismissed',
  'storylineMoves',
  'briefs',
];
