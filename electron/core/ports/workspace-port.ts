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
  rawFile(path: string): RawFileView;
  /** Copy drag-and-dropped files into the workspace (never overwriting) and read them. */
  importFiles(files: DroppedFile[]): Promise<ImportResult>;
}
