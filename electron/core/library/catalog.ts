import type { DumpFile, Story } from '../types';

/**
 * The workspace's dumps and their stories, indexed both ways. Kept apart from I/O so that
 * every update path (open, watcher batch, reprocess, import) goes through the same two calls.
 */
export class Catalog {
  private files = new Map<string, DumpFile>();
  private stories = new Map<string, Story>();

  /** Add or replace the entry for `file.path`; stories of the previous version are dropped first. */
  set(file: DumpFile): void {
    this.remove(file.path);
    this.files.set(file.path, file);
    for (const s of file.stories) this.stories.set(s.id, s);
  }

  /** Forget a dump; true when it was there. */
  remove(path: string): boolean {
    const old = this.files.get(path);
    if (!old) return false;
    this.files.delete(path);
    for (const s of old.stories) if (this.stories.get(s.id) === s) this.stories.delete(s.id);
    return true;
  }

  file(path: string): DumpFile | undefined {
    return this.files.get(path);
  }

  story(id: string): Story | undefined {
    return this.stories.get(id);
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /** Files in path order, so every listing is the same on every platform and run. */
  allFiles(): DumpFile[] {
    return [...this.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  get storyCount(): number {
    return this.stories.size;
  }

  get fileCount(): number {
    return this.files.size;
  }

  /** The first file holding these exact bytes, for "already in the workspace" on import. */
  findByContent(contentHash: string): DumpFile | undefined {
    if (!contentHash) return undefined;
    for (const f of this.files.values()) if (f.contentHash === contentHash) return f;
    return undefined;
  }
}
