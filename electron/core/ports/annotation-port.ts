import type { TableName } from '../annotations/model';
import type {
  AnnotationExport,
  BriefRecord,
  CreateHighlightArgs,
  CreateLinkArgs,
  Dismissal,
  Highlight,
  HistoryStep,
  ReattachArgs,
  SegmentFix,
  StoreStatus,
  StoredFix,
  StoryLink,
  StoryNote,
  TagUsage,
  UpdateHighlightArgs,
  VerifyReport,
} from '../annotations/views';

/**
 * The annotation service as the API sees it. Every mutation resolves only once the change
 * is on disk, and is recorded for undo; reads are synchronous views of the open workspace.
 */
export interface AnnotationPort {
  createHighlight(args: CreateHighlightArgs): Promise<Highlight>;
  updateHighlight(args: UpdateHighlightArgs): Promise<Highlight>;
  deleteHighlight(id: string): Promise<void>;
  listHighlights(docPath?: string): Highlight[];
  highlightsForStory(storyId: string): Highlight[];

  listTags(): TagUsage[];
  renameTag(from: string, to: string): Promise<void>;
  mergeTag(from: string, into: string): Promise<void>;
  deleteTag(name: string): Promise<void>;
  setTagColor(name: string, color: string): Promise<void>;
  storyTags(storyId: string): string[];
  setStoryTags(storyId: string, tags: string[]): Promise<string[]>;

  getNote(storyId: string): StoryNote | null;
  setNote(storyId: string, text: string): Promise<StoryNote | null>;

  createLink(args: CreateLinkArgs): Promise<StoryLink>;
  deleteLink(id: string): Promise<void>;
  linksForStory(storyId: string): { links: StoryLink[]; backlinks: StoryLink[] };

  listOrphans(): Highlight[];
  reattach(args: ReattachArgs): Promise<Highlight>;

  listFixes(docPath?: string): StoredFix[];
  addFix(docPath: string, fix: SegmentFix): Promise<StoredFix>;
  removeFix(id: string): Promise<void>;

  listDismissed(): Dismissal[];
  dismissPair(a: string, b: string): Promise<void>;
  restorePair(a: string, b: string): Promise<void>;

  listBriefs(): BriefRecord[];
  createBrief(brief: Omit<BriefRecord, 'id'> & { id?: string }): Promise<BriefRecord>;
  updateBrief(brief: BriefRecord): Promise<BriefRecord>;
  deleteBrief(id: string): Promise<void>;

  undo(): Promise<HistoryStep>;
  redo(): Promise<HistoryStep>;
  history(): HistoryStep;

  verify(): Promise<VerifyReport>;
  exportAll(): AnnotationExport;
  status(): StoreStatus;
}

export type { TableName };
