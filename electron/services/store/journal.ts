import { constants } from 'node:fs';
import { open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { TABLES, type TableName } from '../../core/annotations/model';
import { syncFolder } from './atomic-write';

/** One row as it is after an acknowledged edit; `value` null means the row was deleted. */
export type JournalRow = [table: TableName, key: string, value: unknown];

/** One acknowledged save. `seq` is null for a line of the earlier, unnumbered format. */
export interface JournalRecord {
  seq: number | null;
  rows: JournalRow[];
}

export interface JournalContents {
  records: JournalRecord[];
  /** 1-based line numbers of records that failed their length or checksum check (not the torn tail). */
  damaged: number[];
  /** Bytes of the journal up to the end of its last complete line; anything after is a torn tail. */
  validBytes: number;
  /** True when the file ends in an unfinished record (a crash during an append). */
  torn: boolean;
}

const MAGIC = 'D1';

/**
 * The highest sequence number a journal continues from (from db.json or a record). Only a
 * file Dossier did not write gets above it; not continuing from there leaves room for 2^52
 * more records, so every number written stays an integer the reader accepts.
 */
export const MAX_SEQ = 2 ** 52;
// O_NOFOLLOW where the platform has it: the journal is never written through a link.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The write-ahead journal next to db.json (`.dossier/db.journal`): one line per acknowledged
 * save, holding the new value of every row it changed. Appending a line and fsyncing it
 * costs a few milliseconds however big the workspace is, where rewriting db.json costs a
 * serialisation of every highlight; that is what makes an acknowledged save fast.
 *
 * A line is `D1 <seq> <bytes> <crc32> <json>`: a record counts only when its payload has
 * exactly that many bytes and that checksum, so half a record (a crash between the writes
 * of a large append) is recognised and ignored, and cut off before anything else is
 * appended. `seq` grows by one per record and db.json stores the last one it includes, so
 * records already folded into db.json are never replayed over it, even when a crash came
 * between rewriting db.json and emptying the journal.
 */
export class Journal {
  private handle: FileHandle | null = null;
  /** Bytes known to be whole records: an append that fails is cut back to this. */
  private size = 0;
  /** The last sequence number used (in this journal or in the db.json it continues). */
  lastSeq = 0;

  constructor(readonly path: string) {}

  /** Every complete record in order; see JournalContents for what is reported besides. */
  async read(): Promise<JournalContents> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], damaged: [], validBytes: 0, torn: false };
      throw err;
    }
    const records: JournalRecord[] = [];
    const damaged: number[] = [];
    let start = 0;
    let line = 0;
    while (start < bytes.length) {
      const end = bytes.indexOf(0x0a, start);
      if (end < 0) break; // no newline: the last append never finished, so it was never acknowledged
      line++;
      if (end > start) {
        const r = parseRecord(bytes.subarray(start, end));
        if (r) records.push(r);
        else damaged.push(line);
      }
      start = end + 1;
    }
    this.size = start;
    for (const r of records) if (r.seq !== null && r.seq > this.lastSeq && r.seq <= MAX_SEQ) this.lastSeq = r.seq;
    return { records, damaged, validBytes: start, torn: start < bytes.length };
  }

  /** Cut a torn tail off (to `validBytes` from read()), so the next record starts on a line of its own. */
  async cutTail(validBytes: number): Promise<void> {
    await this.close();
    const h = await open(this.path, constants.O_RDWR | NOFOLLOW);
    try {
      await h.truncate(validBytes);
      await h.sync();
    } finally {
      await h.close();
    }
    this.size = validBytes;
  }

  /** Append one record and fsync; resolves once it is durable. */
  async append(rows: JournalRow[]): Promise<void> {
    if (!this.handle) {
      this.handle = await open(this.path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NOFOLLOW, 0o666);
      // A journal created just now exists durably only once its folder entry is synced.
      await syncFolder(dirname(this.path));
    }
    const seq = this.lastSeq + 1;
    const payload = Buffer.from(JSON.stringify(rows), 'utf8');
    const line = Buffer.concat([
      Buffer.from(`${MAGIC} ${seq} ${payload.length} ${hex(crc32(payload))} `, 'latin1'),
      payload,
      Buffer.from('\n'),
    ]);
    this.lastSeq = seq; // even if the append fails: a number is never reused for other content
    try {
      // writeFile goes on until every byte is written (in chunks: a large record takes
      // several writes, which is how a crash can leave half of one).
      await this.handle.writeFile(line);
      await this.handle.sync();
    } catch (err) {
      // Leave no half record behind for the next append to land on.
      await this.handle.truncate(this.size).catch(() => undefined);
      throw err;
    }
    this.size += line.length;
  }

  /** Empty the journal once db.json holds everything in it (sequence numbers carry on). */
  async reset(): Promise<void> {
    await this.close();
    const h = await open(this.path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NOFOLLOW, 0o666);
    try {
      await h.sync();
    } finally {
      await h.close();
    }
    await syncFolder(dirname(this.path));
    this.size = 0;
  }

  /** Bytes of whole records in the journal, to decide when db.json is due for a rewrite. */
  get bytes(): number {
    return this.size;
  }

  /** Keep a damaged journal aside, as with db.json, so nothing is thrown away. */
  async moveAside(to: string): Promise<void> {
    await this.close();
    await rename(this.path, to).catch(() => undefined);
    this.size = 0;
  }

  async close(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
  }
}

/** A checked record, or null when the line is not one (damaged, or not a journal line at all). */
function parseRecord(line: Buffer): JournalRecord | null {
  const head = /^D1 (\d{1,16}) (\d{1,15}) ([0-9a-f]{8}) /.exec(line.subarray(0, 64).toString('latin1'));
  if (!head) return line[0] === 0x5b ? parseLegacy(line) : null; // `[`: a line of the unnumbered format
  const seq = Number(head[1]);
  const payload = line.subarray(head[0].length);
  if (!Number.isSafeInteger(seq) || payload.length !== Number(head[2]) || hex(crc32(payload)) !== head[3]) return null;
  const rows = parseRows(payload);
  return rows ? { seq, rows } : null;
}

/** Lines written before records were numbered and checksummed: a bare JSON array of rows. */
function parseLegacy(line: Buffer): JournalRecord | null {
  const rows = parseRows(line);
  return rows ? { seq: null, rows } : null;
}

function parseRows(payload: Buffer): JournalRow[] | null {
  try {
    const v: unknown = JSON.parse(payload.toString('utf8'));
    if (!Array.isArray(v)) return null;
    for (const r of v) {
      if (!Array.isArray(r) || r.length !== 3 || !(TABLES as readonly string[]).includes(r[0]) || typeof r[1] !== 'string') return null;
    }
    return v as JournalRow[];
  } catch {
    return null;
  }
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
