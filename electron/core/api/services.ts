import type { DiscoveryPort } from '../search/discovery-port';
import type { AnnotationPort } from '../annotations/port';
import type { BriefsPort } from '../briefs/ports';
import type { DroppedFile, ImportResult } from '../library/import-rules';
import type { FileSummary, RawFileView, StorySummary, StoryView, WorkspaceInfo } from './views';

/**
 * The ports the API routes call. Core defines them; the main process implements them
 * (with fs, lowdb, chokidar), and tests implement them over temp folders.
 */
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

/** What only the desktop shell can do: native dialogs and the system browser. */
export interface AppPort {
  /** Ask the user for a folder and open it; null when they cancel. */
  chooseFolder(): Promise<WorkspaceInfo | null>;
  /** Open an http(s) link from an article in the system browser after the user confirms. */
  openLink(url: string): Promise<boolean>;
}

export interface Services {
  workspace: WorkspacePort;
  app: AppPort;
  annotations: AnnotationPort;
  briefs: BriefsPort;
  discovery: DiscoveryPort;
}
