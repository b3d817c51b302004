import { readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWriteFile, syncFolder } from './atomic-write';
import { dossierDir, ensureDossierDir } from './dossier-dir';

/** How many backups are kept: db-1.json (newest) … db-5.json (oldest). */
const BACKUP_COUNT = 5;

/**
 * Rotating backups of db.json in `.dossier/backups/`. Only a db.json that parsed (on open)
 * or that Dossier itself just wrote (after each compaction) is backed up, so a backup is
 * always a good copy to recover from. Each rotation first checks (dossier-dir.ts) that
 * neither `backups/` nor anything in it is a link, as rotation deletes and renames there.
 */
export class Backups {
  readonly folder: string;

  constructor(
    private readonly workspace: string,
    private readonly keep = BACKUP_COUNT,
  ) {
    this.folder = join(dossierDir(workspace), 'backups');
  }

  /** Shift db-1 → db-2 … (dropping the oldest) and store `json` as db-1. */
  async rotate(json: string): Promise<void> {
    await this.shift();
    await atomicWriteFile(this.file(1), json);
  }

  private async shift(): Promise<void> {
    await ensureDossierDir(this.workspace, 'backups');
    await unlink(this.file(this.keep)).catch(() => undefined);
    for (let n = this.keep - 1; n >= 1; n--) await rename(this.file(n), this.file(n + 1)).catch(() => undefined);
    await syncFolder(this.folder);
  }

  /** The same, copying a file that just parsed (cheaper than serialising it again). */
  async rotateFrom(source: string): Promise<void> {
    const bytes = await readFile(source);
    await this.shift();
    await atomicWriteFile(this.file(1), bytes);
  }

  /** The newest backup that still parses, with which one it was; null when there is none. */
  async newest(): Promise<{ path: string; data: unknown } | null> {
    for (let n = 1; n <= this.keep; n++) {
      const path = this.file(n);
      try {
        return { path, data: JSON.parse(await readFile(path, 'utf8')) };
      } catch {
        // Missing or damaged: try the next older one.
      }
    }
    return null;
  }

  file(n: number): string {
    return join(this.folder, `db-${n}.json`);
  }
}
