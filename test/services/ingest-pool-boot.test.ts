import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestPool } from '../../electron/services/workers/ingest-worker-pool';

// Reads on this thread are counted (and made slow, like a busy machine); the worker's are not seen here.
const here = vi.hoisted(() => ({ n: 0, statting: 0, maxStatting: 0 }));
// Stats on this thread are counted too: how many are in flight at once.
vi.mock('node:fs/promises', async (orig) => {
  const real = await orig<typeof import('node:fs/promises')>();
  const stat = async (...args: Parameters<typeof real.stat>) => {
    here.maxStatting = Math.max(here.maxStatting, ++here.statting);
    try {
      return await real.stat(...args);
    } finally {
      here.statting--;
    }
  };
  return { ...real, default: { ...real, stat }, stat };
});
vi.mock('../../electron/services/workspace/read-dump', async (orig) => {
  const real = await orig<typeof import('../../electron/services/workspace/read-dump')>();
  return {
    ...real,
    readAndAnalyse: async (...args: Parameters<typeof real.readAndAnalyse>) => {
      here.n++;
      await new Promise((r) => setTimeout(r, 25));
      return real.readAndAnalyse(...args);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-pool-boot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FILES = 400;
for (let i = 0; i < FILES; i++)
  writeFileSync(join(dir, `d${i}.txt`), `Boot Story Headline ${i}\n\nSome body text number ${i} for the pool to read.\n`);

describe('a folder opened while the ingest worker boots', () => {
  it('has only the files read before the worker is up read on the main thread; the rest go to the worker', async () => {
    const pool = new IngestPool(1);
    try {
      const outcomes = await Promise.all(
        Array.from({ length: FILES }, (_, i) => pool.run({ abs: join(dir, `d${i}.txt`), rel: `d${i}.txt`, fixes: [] })),
      );
      for (const o of outcomes) expect(o).toMatchObject({ kind: 'read', dump: { result: { status: 'ok' } } });
      expect(pool.mode).toBe('worker');
      expect(here.n).toBeGreaterThan(0);
      expect(here.n).toBeLessThan(FILES / 2);
      // A folder's files are asked for all at once: they are looked at one by one, not 400 stats together.
      expect(here.maxStatting).toBeLessThanOrEqual(1);
    } finally {
      await pool.close();
    }
  });
});
