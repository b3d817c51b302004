import { copyFile, mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DossierError } from '../../../core/api/result';
import type { AnnotationData, Row, TableName } from '../../../core/annotations/model';
import { deleteRow, getRow, setRow } from '../../../core/annotations/table';
import { emptyData, SCHEMA_VERSION, upgrade } from '../../../core/annotations/schema';
import { Backups } from './backups';
import { DurableJsonFile, UnparseableFileError } from './durable-json-file';
import { NOT_OPEN, type StoreStatus } from './store-status';
import { acquireLock } from './workspace-lock';
import { Journal, type JournalRow } from './journal';
import { WriteCoalescer } from './write-coalescer';

/**
 * db.json is rewritten in full (and the journal emptied) after this many journal lines, and
 * on close; each rewrite also rotates a backup. A backup is also taken on every open.
 */
export const COMPACT_EVERY = 500;

/** A row to persist: its current value is read when the write starts. */
export interface RowKey {
  table: TableName;
  key: string;
}

/**
 * The workspace database, `<folder>/.dossier/db.json`, kept with lowdb over a durable
 * adapter, plus a write-ahead journal (journal.ts). `save(rows)` resolves only once those
 * rows are on disk (a journal line, fsynced), which is what the API's acknowledgment means;
 * saves that arrive while one is being written share the next write. db.json itself is
 * rewritten atomically every COMPACT_EVERY lines and on close. A damaged file is never overwritten: it is moved aside as
 * `db.corrupt-<time>.json` and the newest good backup is opened instead. A file from a newer
 * schema, a folder that cannot be written, or a workspace held by another instance opens
 * read-only, with a message saying why.
 */
export class AnnotationStore {
  private db: Low<AnnotationData> | null = null;
  private file: DurableJsonFile<AnnotationData> | null = null;
  private journal: Journal | null = null;
  private backups: Backups | null = null;
  private releaseLock: (() => Promise<void>) | null = null;
  private pendingBackup: Promise<void> = Promise.resolve();
  private queue = new WriteCoalescer(() => this.writePending());
  private pendingRows = new Map<string, RowKey>();
  private journalLines = 0;
  private compactDue = false;
  private current: StoreStatus = NOT_OPEN;
  private empty = emptyData();

  /** The live data. Mutate only through the annotation service, which records undo and saves. */
  get data(): AnnotationData {
    return this.db?.data ?? this.empty;
  }

  status(): StoreStatus {
    return this.current;
  }

  get writable(): boolean {
    return this.db !== null && this.current.state !== 'read-only';
  }

  async open(folder: string): Promise<StoreStatus> {
    await this.close();
    const dir = join(folder, '.dossier');
    const path = join(dir, 'db.json');
    const file = new DurableJsonFile<AnnotationData>(path);
    const backups = new Backups(join(dir, 'backups'));
    const db = new Low<AnnotationData>(file, emptyData());

    let readOnly: string | null = null;
    try {
      await mkdir(dir, { recursive: true });
      const lock = await acquireLock(join(dir, 'lock'));
      if (lock.held) this.releaseLock = lock.release;
      else {
        const who = lock.owner ? `Dossier (process ${lock.owner.pid} on ${lock.owner.host}, since ${lock.owner.startedAt})` : 'another Dossier window';
        readOnly = `This workspace is open in ${who}, so it is read-only here to keep the two from overwriting each other's annotations. Close it there and re-open the folder. If no other Dossier is running, delete ${join(dir, 'lock')}.`;
      }
    } catch (err) {
      readOnly = `Dossier cannot write in ${dir} (${code(err)}), so annotations are read-only. Nothing has been changed; copy the folder somewhere writable or fix its permissions to annotate.`;
    }

    let status: StoreStatus = { state: 'ok', message: 'Annotations are saved in .dossier/db.json.' };
    let raw: unknown = null;
    let damaged: string | null = null;
    try {
      await db.read();
      raw = (await stat(path).catch(() => null)) ? db.data : null;
    } catch (err) {
      if (err instanceof UnparseableFileError) damaged = err.reason;
      else if (code(err) === 'ENOTDIR') db.data = emptyData(); // `.dossier` is not a folder: there is no db.json
      else {
        // Cannot even read it: never risk writing over it.
        db.data = emptyData();
        readOnly = `Dossier cannot read ${path} (${code(err)}). Annotations are read-only until it can; nothing has been changed.`;
      }
    }

    const journal = new Journal(join(dir, 'db.journal'));
    let replay = false;
    if (raw !== null && damaged === null) {
      const up = upgrade(raw);
      if (up.kind === 'ok') {
        db.data = up.data;
        // A copy of the file as it parsed, so a later damaged db.json has something to fall back to.
        if (!readOnly) this.pendingBackup = backups.rotateFrom(path).catch(() => undefined);
        if (up.migratedFrom !== null && !readOnly) this.compactDue = true;
        replay = true;
      } else if (up.kind === 'newer') {
        const shown = upgrade({ ...(raw as object), schemaVersion: SCHEMA_VERSION });
        db.data = shown.kind === 'ok' ? shown.data : emptyData();
        readOnly = `These annotations were saved by a newer version of Dossier (format ${up.version}; this version understands up to ${SCHEMA_VERSION}). They are shown read-only so nothing is lost; update Dossier to edit them.`;
      } else damaged = up.reason;
    } else if (damaged === null) replay = true; // no db.json yet: everything so far is in the journal

    if (damaged !== null) {
      if (readOnly) {
        db.data = emptyData();
        readOnly = `${path} is damaged (${damaged}) and cannot be repaired here: ${readOnly}`;
      } else {
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const aside = join(dir, `db.corrupt-${stamp}.json`);
        const moved = await rename(path, aside).then(
          () => null,
          (err: unknown) => code(err),
        );
        if (moved !== null) {
          db.data = emptyData();
          this.current = { state: 'read-only', message: `${path} is damaged (${damaged}) and could not be moved aside (${moved}); it was left untouched and annotations are read-only.` };
          this.db = db;
          this.file = file;
          return this.current;
        }
        // The journal continues the damaged file, not the backup: keep it with the damaged copy.
        await journal.moveAside(join(dir, `db.corrupt-${stamp}.journal`));
        const backup = await backups.newest();
        const up = backup ? upgrade(backup.data) : null;
        db.data = up?.kind === 'ok' ? up.data : emptyData();
        await db.write();
        status = {
          state: 'recovered',
          message:
            up?.kind === 'ok'
              ? `Your annotations file was damaged (${damaged}). It was kept as ${aside}, and your annotations were restored from the backup ${backup!.path}; changes made after that backup may be missing and are only in the damaged copy.`
              : `Your annotations file was damaged (${damaged}) and there was no backup. It was kept as ${aside}; Dossier started a new, empty annotations file.`,
        };
      }
    }

    if (replay) {
      const { rows, damagedAt } = await journal.read().catch(() => ({ rows: [] as JournalRow[][], damagedAt: 1 }));
      for (const line of rows) applyLine(db.data, line);
      this.journalLines = rows.length;
      if (damagedAt !== null && !readOnly) {
        const aside = join(dir, `db.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}.journal`);
        await copyFile(journal.path, aside).catch(() => undefined);
        this.compactDue = true; // rewrite db.json with what was readable, then start a clean journal
        status = {
          state: 'recovered',
          message: `Part of the annotations journal was damaged (line ${damagedAt}). Everything before it was restored; the journal was kept as ${aside}.`,
        };
      }
    }

    if (!readOnly) await removeStaleTemps(dir);
    this.db = db;
    this.file = file;
    this.journal = journal;
    this.backups = backups;
    if (this.journalLines >= COMPACT_EVERY) this.compactDue = true;
    this.current = readOnly ? { state: 'read-only', message: readOnly } : status;
    if (this.compactDue && !readOnly) await this.queue.request();
    return this.current;
  }

  /**
   * Persist these rows as they are in memory now (or rather, when the write starts, which
   * includes any later change to them); resolves once they are on disk.
   */
  async save(rows: RowKey[]): Promise<void> {
    if (!this.db) throw new DossierError('no-workspace', 'No workspace is open. Open a folder to add annotations.');
    if (this.current.state === 'read-only') throw new DossierError('read-only', this.current.message);
    for (const r of rows) this.pendingRows.set(`${r.table}\u0000${r.key}`, r);
    try {
      await this.queue.request();
    } catch (err) {
      throw new DossierError('save-failed', `Your change could not be saved (${code(err)}), so it was not kept. Check that the disk has space and the workspace folder is writable, then try again.`);
    }
  }

  /** Finish queued writes, rewrite db.json from the journal, then give up the workspace lock. */
  async close(): Promise<void> {
    if (this.db && this.current.state !== 'read-only' && this.journalLines > 0) {
      this.compactDue = true;
      await this.queue.request().catch(() => undefined); // on failure the journal still holds everything
    }
    await this.queue.idle();
    await this.file?.flush();
    await this.pendingBackup;
    await this.journal?.close();
    await this.releaseLock?.();
    this.releaseLock = null;
    this.db = null;
    this.file = null;
    this.journal = null;
    this.backups = null;
    this.journalLines = 0;
    this.compactDue = false;
    this.pendingRows.clear();
    this.current = NOT_OPEN;
  }

  /**
   * One serialised write: either a journal line with the pending rows, or (every
   * COMPACT_EVERY lines, on close, after a failed append) a full atomic rewrite of db.json,
   * which covers the pending rows too, then an empty journal and a fresh backup.
   */
  private async writePending(): Promise<void> {
    const db = this.db;
    const journal = this.journal;
    if (!db || !journal) return;
    const pending = [...this.pendingRows.values()];
    this.pendingRows.clear();
    if (this.compactDue) {
      await db.write();
      await journal.reset();
      this.journalLines = 0;
      this.compactDue = false;
      const backups = this.backups;
      if (backups) this.pendingBackup = this.pendingBackup.then(() => backups.rotateFrom(this.file!.path)).catch(() => undefined);
      return;
    }
    if (pending.length === 0) return;
    const line: JournalRow[] = pending.map((r) => [r.table, r.key, getRow(db.data, r.table, r.key) ?? null]);
    try {
      await journal.append([line]);
    } catch (err) {
      // A failed append may have left a partial line; the next write rewrites db.json instead.
      this.compactDue = true;
      for (const r of pending) this.pendingRows.set(`${r.table}\u0000${r.key}`, r);
      throw err;
    }
    if (++this.journalLines >= COMPACT_EVERY) this.compactDue = true;
  }
}

function applyLine(data: AnnotationData, line: JournalRow[]): void {
  for (const [table, key, value] of line) {
    if (value === null) deleteRow(data, table, key);
    else setRow(data, table, key, value as Row<typeof table>);
  }
}

/** Temp files left by a crash mid-write are never the real data (that is renamed in whole). */
async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names) if (/^\.db\.json\.\d+\.tmp$/.test(n) && n !== `.db.json.${process.pid}.tmp`) await unlink(join(dir, n)).catch(() => undefined);
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? (err instanceof Error ? err.message : String(err));
}
