import { resolve } from 'node:path';

/**
 * The folders the renderer may ask to open: ones the user picked in the Open Folder dialog,
 * the remembered last workspace, the sample library and any folder the shell itself opened.
 * The page never decides this, so a compromised renderer cannot open an arbitrary path.
 */
export class FolderGrants {
  private readonly folders = new Set<string>();

  /** Allow `folder` (as the dialog does when the user picks it). */
  grant(folder: string | null | undefined): void {
    if (folder) this.folders.add(resolve(folder));
  }

  /** Whether `folder` names, after resolving `..` and trailing slashes, a granted folder. */
  has(folder: string): boolean {
    return this.folders.has(resolve(folder));
  }
}
