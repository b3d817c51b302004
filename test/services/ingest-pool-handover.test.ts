import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestPool } from '../../electron/services/workers/ingest-worker-pool';
import * as readDump from '../../electron/services/workspace/read-dump';

// Counts the reads done on this thread (the worker loads its own, unmocked copy).
vi.mock('../../electron/services/workspace/read-dump', async (importOriginal) => {
  const real = await importOriginal<typeof readDump>();
  return { ...real, readAndAnalyse: vi.fn(real.readAndAnalyse) };
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-pool-handover-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FILES = 300;
for (let i = 0; i < FILES; i++) {
  const body = Array.from({ length: 500 }, (_, k) => `Harbour pilot ${i} logged vessel ${k} entering the Gothenburg channel.`).join(' ');
  writeFileSync(join(dir, `d${i}.txt`), `Harbour log number ${i}\n\n${body}\n`);
}

describe('a folder read while the ingest worker is still starting', () => {
  it('is read by the worker once it is up, not all on the main thread', async () => {
    const pool = new IngestPool(1);
    try {
      // As the workspace does: every dump of the folder asked for at once, before any worker is ready.
      const outcomes = await Promise.all(
        Array.from({ length: FILES }, (_, i) => pool.run({ abs: join(dir, `d${i}.txt`), rel: `d${i}.txt`, fixes: [] })),
      );
      expect(outcomes.every((o) => o.kind === 'read' && o.dump.result.status === 'ok')).toBe(true);
      expect(outcomes.map((o) => (o.kind === 'read' ? o.dump.path : ''))).toEqual(Array.from({ length: FILES }, (_, i) => `d${i}.txt`));
      expect(pool.mode).toBe('worker');
      // Small files are read here only until the worker is ready; the rest went to it.
      expect(vi.mocked(readDump.readAndAnalyse).mock.calls.length).toBeLessThan(FILES / 2);
    } finally {
      await pool.close();
    }
  });
});
