import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type DiskState = Record<string, Record<string, any>>;

/**
 * What a workspace's annotations are on disk, read independently of the store's code:
 * db.json (must parse if present) with the journal's complete lines applied in order. Only
 * the journal's last line may be torn (a write that was never acknowledged). Throws when
 * either file is damaged, which is what the crash test counts as "unparseable".
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
  const journal = await readFile(join(dir, 'db.journal'), 'utf8').catch(() => '');
  const lines = journal.split('\n');
  lines.forEach((line, i) => {
    if (line === '') return;
    let rows: [string, string, unknown][];
    try {
      rows = JSON.parse(line);
    } catch (err) {
      if (i === lines.length - 1) return; // torn final line: never acknowledged
      throw new Error(`journal line ${i + 1} is damaged: ${(err as Error).message}`);
    }
    for (const [table, key, value] of rows) {
      db[table] ??= {};
      if (value === null) delete db[table][key];
      else db[table][key] = value;
    }
  });
  return db;
}
