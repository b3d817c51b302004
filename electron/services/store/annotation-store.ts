import { constants } from 'node:fs';
import { copyFile, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DossierError } from '../../core/errors';
import type { AnnotationData, Row, TableName } from '../../core/annotations/model';
import { deleteRow, getRow, setRow } from '../../core/annotations/table';
import { emptyData, SCHEMA_VERSION, upgrade } from '../../core/annotations/schema';
import { describeSkipped, parseRow, type SkippedRow } from '../../core/annotations/row-schemas';
import { isStaleTemp } from './atomic-write';
import { Backups } from './backups';
import { dossierDir, ensureDossierDir, inspectDossierDir } from './dossier-dir';
import { DurableJsonFile, UnparseableFileError } from './durable-json-file';
import { NOT_OPEN, type StoreStatus } from './store-status';
import { acquireLock } from './workspace-lock';
import { Journal, MAX_SEQ, type JournalRow } from './journal';
import { WriteCoalescer } from './write-coalescer';

/**
 * db.json is rewritten in full (and the journal emptied) after this many journal lines, and
 * on close; each rewrite also rotates a backup. A backup is also taken on every open.
 */
export const COMPACT_EVERY = 500;

/** …or once the journal holds this many bytes, so replaying it on open stays quick after large saves. */
const COMPACT_BYTES = 32 * 1024 * 1024;

/** db.json as written: the tables plus the sequence number of the last journal record folded into it. */
type StoredData = AnnotationData & { journalSeq?: number };

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
 * rewritten atomically every COMPACT_EVERY records (or COMPACT_BYTES) and on close. A
 * damaged file is never overwritten: it is moved aside as `db.corrupt-<time>.json` and the
 * newest good backup is opened instead; a damaged row is skipped, reported, and kept in a
 * copy aside. A file from a newer schema or with none (another program's), a `.dossier`
 * with a link in it (dossier-dir.ts), a folder that cannot be written, or a workspace held
 * by another instance opens read-only, with a message saying why.
 */
export class AnnotationStore {
  private db: Low<StoredData> | null = null;
  private file: DurableJsonFile<StoredData> | null = null;
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
    const dir = dossierDir(folder);
    const path = join(dir, 'db.json');
    const file = new DurableJsonFile<StoredData>(path);
    const backups = new Backups(folder);
    const journal = new Journal(join(dir, 'db.journal'));
    const db = new Low<StoredData>(file, emptyData());
    this.db = db;
    this.file = file;
    const refuse = (message: string): StoreStatus => (this.current = { state: 'read-only', code: 'read-only', message });

    // Nothing is read or written through a link, and nothing is written before db.json is
    // known to be Dossier's own (a foreign or newer file gets no lock file either).
    const check = await inspectDossierDir(folder).catch((err: unknown) => ({
      ok: false as const,
      reason: `Dossier cannot read ${dir} (${code(err)}), so annotations are read-only; nothing has been changed.`,
    }));
    if (!check.ok) return refuse(check.reason);
    let raw: unknown = null;
    let damaged: string | null = null;
    try {
      raw = await file.read();
    } catch (err) {
      if (!(err instanceof UnparseableFileError))
        return refuse(`Dossier cannot read ${path} (${code(err)}). Annotations are read-only until it can; nothing has been changed.`);
      damaged = err.reason;
    }
    const up = raw === null ? null : upgrade(raw);
    if (up?.kind === 'foreign') {
      return refuse(
        `${path} has no Dossier schema version, so it was not written by Dossier (another program may use this folder). ` +
          'Dossier left it as it is and opened annotations read-only; move it away to annotate here.',
      );
    }
    if (up?.kind === 'newer') {
      const shown = upgrade({ ...(raw as object), schemaVersion: SCHEMA_VERSION });
      db.data = shown.kind === 'ok' ? shown.data : emptyData();
      return refuse(
        `These annotations were saved by a newer version of Dossier (format ${up.version}; this version understands up to ${SCHEMA_VERSION}). ` +
          'They are shown read-only so nothing is lost; update Dossier to edit them.',
      );
    }
    if (up?.kind === 'invalid') damaged = up.reason;

    let readOnly: string | null = null;
    try {
      await ensureDossierDir(folder);
      const lock = await acquireLock(join(dir, 'lock'));
      if (lock.held) this.releaseLock = lock.release;
      else {
        const who = lock.owner
          ? `Dossier (process ${lock.owner.pid} on ${lock.owner.host}, since ${lock.owner.startedAt})`
          : 'another Dossier window';
        readOnly =
          `This workspace is open in ${who}, so it is read-only here to keep the two from overwriting each other's annotations. ` +
          `Close it there and re-open the folder. If no other Dossier is running, delete ${join(dir, 'lock')}.`;
      }
    } catch (err) {
      readOnly =
        err instanceof DossierError
          ? err.message
          : `Dossier cannot write in ${dir} (${code(err)}), so annotations are read-only. ` +
            'Nothing has been changed; copy the folder somewhere writable or fix its permissions to annotate.';
    }

    const notes: string[] = [];
    let dbSeq = 0;
    if (up?.kind === 'ok') {
      db.data = up.data;
      dbSeq = seqOf(raw);
      // A copy of the file as it parsed, so a later damaged db.json has something to fall back to.
      if (!readOnly) this.pendingBackup = backups.rotateFrom(path).catch(() => undefined);
      if (up.migratedFrom !== null && !readOnly) this.compactDue = true;
      if (up.skipped.length)
        notes.push(`${describeSkipped(up.skipped)} from db.json${readOnly ? '' : await this.keepAside(path, dir, 'json')}.`);
    }

    if (damaged !== null) {
      if (readOnly) return refuse(`${path} is damaged (${damaged}) and cannot be repaired here: ${readOnly}`);
      const aside = join(dir, `db.corrupt-${stamp()}.json`);
      const moved = await rename(path, aside).then(
        () => null,
        (err: unknown) => code(err),
      );
      if (moved !== null)
        return refuse(
          `${path} is damaged (${damaged}) and could not be moved aside (${moved}); it was left untouched and annotations are read-only.`,
        );
      // The journal continues the damaged file, not the backup: keep it with the damaged copy.
      await journal.moveAside(join(dir, `db.corrupt-${stamp()}.journal`));
      const backup = await backups.newest();
      const restored = backup ? upgrade(backup.data) : null;
      db.data = restored?.kind === 'ok' ? restored.data : emptyData();
      journal.lastSeq = restored?.kind === 'ok' ? seqOf(backup!.data) : 0;
      (db.data as StoredData).journalSeq = journal.lastSeq;
      await db.write();
      notes.push(
        restored?.kind === 'ok'
          ? `Your annotations file was damaged (${damaged}). It was kept as ${aside}, ` +
              `and your annotations were restored from the backup ${backup!.path}; ` +
              'changes made after that backup may be missing and are only in the damaged copy.'
          : `Your annotations file was damaged (${damaged}) and there was no backup. It was kept as ${aside}; Dossier started a new, empty annotations file.`,
      );
    } else {
      const replayed = await this.replayJournal(journal, db.data, dbSeq, dir, !readOnly);
      if (replayed.unreadable) readOnly = replayed.unreadable;
      if (replayed.note) notes.push(replayed.note);
    }

    if (!readOnly) await removeStaleTemps(dir);
    this.journal = journal;
    this.backups = backups;
    if (this.journalLines >= COMPACT_EVERY || journal.bytes >= COMPACT_BYTES) this.compactDue = true;
    if (readOnly) return refuse(notes.length ? `${readOnly} ${notes.join(' ')}` : readOnly);
    this.current = notes.length
      ? { state: 'recovered', message: notes.join(' ') }
      : { state: 'ok', message: 'Annotations are saved in .dossier/db.json.' };
    if (this.compactDue) await this.queue.request();
    return this.current;
  }

  /**
   * Persist these rows as they are in memory now (or rather, when the write starts, which
   * includes any later change to them); resolves once they are on disk.
   */
  async save(rows: RowKey[]): Promise<void> {
    if (!this.db) throw new DossierError(NOT_OPEN.code, NOT_OPEN.message);
    if (this.current.state === 'read-only') throw new DossierError(this.current.code, this.current.message);
    for (const r of rows) this.pendingRows.set(`${r.table}\u0000${r.key}`, r);
    try {
      await this.queue.request();
    } catch (err) {
      throw new DossierError(
        'save-failed',
        `Your change could not be saved (${code(err)}), so it was not kept. ` +
          'Check that the disk has space and the workspace folder is writable, then try again.',
      );
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
   * Replay the journal records db.json does not include yet (by sequence number), cut off a
   * torn tail so the next record starts on a line of its own, and keep a damaged journal
   * aside. `note` is for the status; `unreadable` makes the store read-only.
   */
  private async replayJournal(
    journal: Journal,
    data: AnnotationData,
    dbSeq: number,
    dir: string,
    writable: boolean,
  ): Promise<{ note: string | null; unreadable: string | null }> {
    let contents;
    try {
      contents = await journal.read();
    } catch (err) {
      return {
        note: null,
        unreadable:
          `Dossier cannot read ${journal.path} (${code(err)}), which holds your latest saves; ` +
          'annotations are read-only until it can, and nothing has been changed.',
      };
    }
    journal.lastSeq = Math.max(journal.lastSeq, dbSeq);
    const skipped: SkippedRow[] = [];
    for (const r of contents.records) {
      if (r.seq !== null && r.seq <= dbSeq) continue; // already folded into db.json
      // Unnumbered lines come from an earlier version: fold them in and start numbering.
      if (r.seq === null) this.compactDue = true;
      applyRecord(data, r.rows, skipped);
      this.journalLines++;
    }
    if (!writable) return { note: null, unreadable: null };
    if (contents.torn) {
      const cut = await journal.cutTail(contents.validBytes).then(
        () => null,
        (err: unknown) => code(err),
      );
      // Appending after half a record would glue the next save onto it: better not write at all.
      if (cut)
        return {
          note: null,
          unreadable: `Dossier cannot repair the end of ${journal.path} (${cut}), so annotations are read-only; nothing has been changed.`,
        };
    }
    if (contents.damaged.length === 0 && skipped.length === 0) return { note: null, unreadable: null };
    const aside = await this.keepAside(journal.path, dir, 'journal');
    this.compactDue = true; // rewrite db.json with what was readable, then start a clean journal
    const parts: string[] = [];
    if (contents.damaged.length)
      parts.push(
        `Part of the annotations journal was damaged (line ${contents.damaged.slice(0, 3).join(', ')}` +
          `${contents.damaged.length > 3 ? ', …' : ''}). Every intact record was restored`,
      );
    if (skipped.length) parts.push(`${describeSkipped(skipped)} from the journal`);
    return { note: `${parts.join('; ')}${aside}.`, unreadable: null };
  }

  /** Copy a file with skipped or damaged content aside (never over anything); the message tail. */
  private async keepAside(path: string, dir: string, ext: string): Promise<string> {
    const aside = join(dir, `db.corrupt-${stamp()}.${ext}`);
    this.compactDue = true;
    return copyFile(path, aside, constants.COPYFILE_EXCL).then(
      () => `; the ${ext === 'json' ? 'file' : 'journal'} was kept as ${aside}`,
      () => '',
    );
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
      // Records up to lastSeq are in this rewrite; if the journal is not emptied (a crash
      // right after), the next open skips them instead of replaying them over newer rows.
      db.data.journalSeq = journal.lastSeq;
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
      await journal.append(line);
    } catch (err) {
      // A failed append may have left a partial line; the next write rewrites db.json instead.
      this.compactDue = true;
      for (const r of pending) this.pendingRows.set(`${r.table}\u0000${r.key}`, r);
      throw err;
    }
    if (++this.journalLines >= COMPACT_EVERY || journal.bytes >= COMPACT_BYTES) this.compactDue = true;
  }
}

/** Apply one journal record; rows that fail their table's schema are skipped and listed. */
function applyRecord(data: AnnotationData, rows: JournalRow[], skipped: SkippedRow[]): void {
  for (const [table, key, value] of rows) {
    if (value === null) {
      deleteRow(data, table, key);
      continue;
    }
    const r = parseRow(table, key, value);
    if (r.ok) setRow(data, table, key, r.row as Row<TableName>);
    else skipped.push({ table, key, reason: r.reason });
  }
}

/** The journal sequence number db.json (or a backup) includes; 0 for a file from before numbering. */
function seqOf(raw: unknown): number {
  const n = (raw as { journalSeq?: unknown } | null)?.journalSeq;
  // Above MAX_SEQ only a file Dossier did not write: replay the whole journal rather than continue from there.
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= MAX_SEQ ? n : 0;
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Temp files left by a crash mid-write are never the real data (that is renamed in whole). */
async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names) if (isStaleTemp(n, 'db.json')) await unlink(join(dir, n)).catch(() => undefined);
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? (err instanceof Error ? err.message : String(err));
}
