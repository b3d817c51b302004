import { open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { TABLES, type TableName } from '../../../core/annotations/model';

/** One row as it is after an acknowledged edit; `value` null means the row was deleted. */
export type JournalRow = [table: TableName, key: string, value: unknown];

/**
 * The write-ahead journal next to db.json (`.dossier/db.journal`): one JSON line per
 * acknowledged save, holding the new value of every row it changed. Appending a line and
 * fsyncing it costs a few milliseconds however big the workspace is, where rewriting db.json
 * costs a serialisation of every highlight (≈100 ms at 10,000 on the reference machine);
 * that is what makes an acknowledged save fast. db.json is rewritten (compacted) now and
 * then and the journal emptied. Lines set rows to values, so replaying a line twice, or over
 * a db.json that already has it, gives the same result.
 */
export class Journal {
  private handle: FileHandle | null = null;

  constructor(readonly path: string) {}

  /**
   * Every complete line in order. Only the last line can be torn by a crash (it was never
   * acknowledged) and is dropped; a bad line before the end means damage, reported as `damagedAt`.
   */
  async read(): Promise<{ rows: JournalRow[][]; damagedAt: number | null }> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { rows: [], damagedAt: null };
      throw err;
    }
    const lines = text.split('\n');
    const rows: JournalRow[][] = [];
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === '') continue;
      const parsed = parseLine(lines[i]);
      if (parsed) rows.push(parsed);
      else if (i === lines.length - 1) break; // torn last line: the write it belonged to was never acknowledged
      else return { rows, damagedAt: i + 1 };
    }
    return { rows, damagedAt: null };
  }

  /** Append lines and fsync; resolves once they are durable. */
  async append(lines: JournalRow[][]): Promise<void> {
    this.handle ??= await open(this.path, 'a');
    await this.handle.appendFile(lines.map((l) => `${JSON.stringify(l)}\n`).join(''), 'utf8');
    await this.handle.sync();
  }

  /** Empty the journal once db.json holds everything in it. */
  async reset(): Promise<void> {
    await this.close();
    const h = await open(this.path, 'w');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  }

  /** Keep a damaged journal aside, as with db.json, so nothing is thrown away. */
  async moveAside(to: string): Promise<void> {
    await this.close();
    await rename(this.path, to).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
  }
}

function parseLine(line: string): JournalRow[] | null {
  try {
    const v: unknown = JSON.parse(line);
    if (!Array.isArray(v)) return null;
    for (const r of v) {
      if (!Array.isArray(r) || r.length !== 3 || !(TABLES as readonly string[]).includes(r[0]) || typeof r[1] !== 'string') return null;
    }
    return v as JournalRow[];
  } catch {
    return null;
  }
}
