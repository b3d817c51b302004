import type {
  BriefRecord,
  Dismissal,
  StorylineMoveRow,
  Highlight,
  LinkType,
  SegmentFix,
  StoredFix,
  StoryLink,
  StoryNote,
  TableName,
} from './model';
import type { TagUsage } from './tags';
import type { ErrorCode } from '../errors';

/**
 * What the user is told about where annotations live. When they cannot be edited, `code`
 * is the error an edit gets: no workspace open, or this one read-only (the message says why).
 */
export type StoreStatus =
  | { state: 'ok' | 'recovered'; message: string }
  | { state: 'read-only'; code: Extract<ErrorCode, 'no-workspace' | 'read-only'>; message: string };

/** Payload of `annotations.changed`: enough for the renderer to refresh only what moved. */
export interface AnnotationsChange {
  tables: TableName[];
  storyIds: string[];
  docPaths: string[];
}

export interface CreateHighlightArgs {
  storyId: string;
  /** Offsets into the decoded file text (not the story). */
  start: number;
  end: number;
  /** When given, must equal the text at start..end; guards against a stale selection. */
  exact?: string;
  color?: string;
  note?: string;
  tags?: string[];
}

export interface UpdateHighlightArgs {
  id: string;
  color?: string;
  note?: string;
  tags?: string[];
}

export interface ReattachArgs {
  id: string;
  storyId: string;
  start: number;
  end: number;
  exact?: string;
}

export interface CreateLinkArgs {
  from: string;
  to: string;
  type: LinkType;
  label?: string;
  note?: string;
}

/** What undo or redo did, for the UI's toast and menu ("Undo: delete highlight"). */
export interface HistoryStep {
  /** False when there was nothing to undo/redo. */
  done: boolean;
  /** e.g. "Undo: delete highlight", or "Nothing to undo". */
  message: string;
  /** Labels of what undo and redo would do next, null when nothing. */
  canUndo: string | null;
  canRedo: string | null;
}

interface VerifyProblem {
  highlightId: string;
  storyId: string;
  docPath: string;
  status: 'moved' | 'orphaned';
  message: string;
}

export interface VerifyReport {
  highlights: number;
  ok: number;
  moved: number;
  orphaned: number;
  problems: VerifyProblem[];
}

/** Everything the analyst made, for `dossier export` and backups a person can read. */
export interface AnnotationExport {
  schemaVersion: number;
  highlights: Highlight[];
  tags: TagUsage[];
  storyTags: { storyId: string; tags: string[] }[];
  notes: StoryNote[];
  links: StoryLink[];
  fixes: StoredFix[];
  dismissed: Dismissal[];
  storylineMoves: StorylineMoveRow[];
  briefs: BriefRecord[];
}

export type { Highlight, StoryLink, StoryNote, StoredFix, SegmentFix, Dismissal, StorylineMoveRow, BriefRecord, TagUsage };
