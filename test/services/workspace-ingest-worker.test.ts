import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestPool } from '../../electron/services/workers/ingest-worker-pool';

const dir = mkdtempSync(join(tmpdir(), 'dossier-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'a.txt');
writeFileSync(file, 'Pool Story Headline Here\n\nSome body text for the pool to read.\n');

describe('ingest worker pool', () => {
  it('reads dumps in a worker thread and gives the same result as in-process reading', async () => {
    const worker = new IngestPool(1);
    const inProcess = new IngestPool(0);
    try {
      expect(await worker.whenReady()).toBe(true);
      const [a, b] = await Promise.all([
        worker.run({ abs: file, rel: 'a.txt', fixes: [] }),
        inProcess.run({ abs: file, rel: 'a.txt', fixes: [] }),
      ]);
      expect(worker.mode).toBe('worker');
      expect(inProcess.mode).toBe('in-process');
      expect(a).toEqual(b);
      expect(a).toMatchObject({ kind: 'read', dump: { path: 'a.txt', result: { status: 'ok' } } });
    } finally {
      await worker.close();
      await inProcess.close();
    }
  });

  it('serves many jobs concurrently without losing or mixing any', async () => {
    const pool = new IngestPool(2);
    try {
      await pool.whenReady();
      for (let i = 0; i < 40; i++) writeFileSync(join(dir, `m${i}.txt`), `Headline Number ${i} For Pool\n\nBody ${i}.\n`);
      const out = await Promise.all(
        Array.from({ length: 40 }, (_, i) => pool.run({ abs: join(dir, `m${i}.txt`), rel: `m${i}.txt`, fixes: [] })),
      );
      out.forEach((o, i) => {
        expect(o.kind).toBe('read');
        if (o.kind === 'read' && o.dump.result.status === 'ok')
          expect(o.dump.result.stories[0].title).toBe(`Headline Number ${i} For Pool`);
        else throw new Error(`m${i}.txt was not read`);
      });
    } finally {
      await pool.close();
    }
  });

  it('says missing for a file deleted before it was read, and refuses oversized files without reading them', async () => {
    const pool = new IngestPool(1);
    try {
      await pool.whenReady();
      expect(await pool.run({ abs: join(dir, 'nope.txt'), rel: 'nope.txt', fixes: [] })).toEqual({ kind: 'missing' });
      // A sparse 21 MB file: refused from its size alone.
      writeFileSync(join(dir, 'huge.txt'), '');
      truncateSync(join(dir, 'huge.txt'), 21 * 1024 * 1024);
      const huge = await pool.run({ abs: join(dir, 'huge.txt'), rel: 'huge.txt', fixes: [] });
      expect(huge).toMatchObject({ kind: 'read', dump: { contentHash: '', result: { status: 'error', problem: { code: 'too-large' } } } });
    } finally {
      await pool.close();
    }
  });
});
