import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

export type DiskState = Record<string, Record<string, any>>;

/**
 * What a workspace's annotations are on disk, read independently of the store's code:
 * db.json (must parse if present) with the journal's whole records applied in order. A
 * record is `D1 <seq> <bytes> <crc32> <json>`; one whose seq db.json already includes
 * (`journalSeq`) is skipped, and only an unfinished last line (no newline: a write that was
 * never acknowledged) may fail its checks. Throws when either file is damaged, which is
 * what the crash test counts as "unparseable".
 */
export async function readDiskState(folder: string): Promise<DiskState> {
  const dir = join(folder, '.dossier');
  const db = await readFile(join(dir, 'db.json'), 'utf8').then(
    (t) => JSON.parse(t) as DiskState,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return {} as DiskState;
      throw err;
    },
  );
  const done = Number((db as { journalSeq?: unknown }).journalSeq ?? 0);
  const journal = await readFile(join(dir, 'db.journal')).catch(() => Buffer.alloc(0));
  let start = 0;
  for (let line = 1; start < journal.length; line++) {
    const end = journal.indexOf(0x0a, start);
    if (end < 0) break; // torn final line: never acknowledged
    const text = journal.subarray(start, end);
    start = end + 1;
    const m = /^D1 (\d+) (\d+) ([0-9a-f]{8}) /.exec(text.subarray(0, 64).toString('latin1'));
    const payload = m ? text.subarray(m[0].length) : null;
    if (!m || !payload || payload.length !== Number(m[2]) || crc32(payload).toString(16).padStart(8, '0') !== m[3]) {
      throw new Error(`journal line ${line} is damaged`);
    }
    if (Number(m[1]) <= done) continue;
    for (const [table, key, value] of JSON.parse(payload.toString('utf8')) as [string, string, unknown][]) {
      db[table] ??= {};
      if (value === null) delete db[table][key];
      else db[table][key] = value;
    }
  }
  return db;
}
