import type { DroppedFile, ImportResult } from '../library/import-rules';
import type { FileSummary, RawFileView, StorySummary, StoryView, WorkspaceInfo } from '../api/views';

/** The open workspace as the API routes see it: its stories, files and raw text, and drop-import. */
export interface WorkspacePort {
  open(folder: string): Promise<WorkspaceInfo>;
  openSample(): Promise<WorkspaceInfo>;
  current(): WorkspaceInfo | null;
  listStories(): StorySummary[];
  getStory(id: string): StoryView;
  listFiles(): FileSummary[];
  /** Stories `offset` to `offset + limit` of `listStories()`, the files they are in, and how many stories there are in all. */
  listPage(offset: number, limit: number): { files: FileSummary[]; stories: StorySummary[]; total: number };
  rawFile(path: string): RawFileView;
  /** Copy drag-and-dropped files into the workspace (never overwriting) and read them. */
  importFiles(files: DroppedFile[]): Promise<ImportResult>;
}
