import type { WorkspaceInfo } from '../api/views';

/** What only the desktop shell can do: native dialogs and the system browser. */
export interface AppPort {
  /** Ask the user for a folder and open it; null when they cancel. */
  chooseFolder(): Promise<WorkspaceInfo | null>;
  /** Open an http(s) link from an article in the system browser after the user confirms. */
  openLink(url: string): Promise<boolean>;
}
