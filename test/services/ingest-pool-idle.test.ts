import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestPool } from '../../electron/services/workers/ingest-worker-pool';

const dir = mkdtempSync(join(tmpdir(), 'dossier-pool-idle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'a.txt');
writeFileSync(file, 'Pool Story Headline Here\n\nSome body text for the pool to read.\n');

async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('an idle ingest worker', () => {
  it('is let go once the reading is done (its memory with it), and the next read starts one again', async () => {
    const pool = new IngestPool(1, { idleMs: 50 });
    try {
      expect(await pool.whenReady()).toBe(true);
      expect(await pool.run({ abs: file, rel: 'a.txt', fixes: [] })).toMatchObject({ kind: 'read', dump: { result: { status: 'ok' } } });
      await until(() => pool.workerCount === 0);
      expect(pool.mode).toBe('worker');
      await pool.whenReady();
      expect(await pool.run({ abs: file, rel: 'a.txt', fixes: [] })).toMatchObject({ kind: 'read', dump: { result: { status: 'ok' } } });
    } finally {
      await pool.close();
    }
  });
});
