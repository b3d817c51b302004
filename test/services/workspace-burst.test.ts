import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, renameSync, unlinkSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceService } from '../../electron/services/workspace/workspace-service';
import type { ApiEvents, EventName } from '../../electron/core/api';

const dir = mkdtempSync(join(tmpdir(), 'dossier-burst-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every dump on disk, as the catalog should list it. */
function onDisk(root: string, rel = ''): string[] {
  return readdirSync(join(root, rel), { withFileTypes: true })
    .filter((e) => e.name !== '.dossier')
    .flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? onDisk(root, r) : [r];
    });
}

const dump = (i: number) =>
  `Burst Story Number ${i} Makes Headlines\n\nParagraph one of story ${i} with enough words to be a body.\n\nParagraph two of story ${i}.\n`;

describe('a burst of 1,000 files', () => {
  it('is read in batches with progress, and the catalog ends exactly equal to the folder despite renames and deletes mid-way', async () => {
    const progress: ApiEvents['ingest.progress'][] = [];
    const changes: ApiEvents['library.changed'][] = [];
    const ws = new WorkspaceService({
      sampleFolder: join(dir, 'none'),
      emit: <E extends EventName>(event: E, payload: ApiEvents[E]) => {
        if (event === 'ingest.progress') progress.push(payload as ApiEvents['ingest.progress']);
        if (event === 'library.changed') changes.push(payload as ApiEvents['library.changed']);
      },
    });
    try {
      await ws.open(dir);
      mkdirSync(join(dir, 'batch'));
      for (let i = 0; i < 1000; i++) writeFileSync(join(dir, 'batch', `dump-${String(i).padStart(4, '0')}.txt`), dump(i));
      // While the burst is being read: rename some, delete some, rewrite some.
      await new Promise((r) => setTimeout(r, 150));
      for (let i = 0; i < 1000; i += 50)
        renameSync(join(dir, 'batch', `dump-${String(i).padStart(4, '0')}.txt`), join(dir, `renamed-${i}.txt`));
      for (let i = 7; i < 1000; i += 100) unlinkSync(join(dir, 'batch', `dump-${String(i).padStart(4, '0')}.txt`));
      for (let i = 3; i < 1000; i += 250) writeFileSync(join(dir, 'batch', `dump-${String(i).padStart(4, '0')}.txt`), dump(i + 10_000));

      const expected = onDisk(dir).sort();
      expect(expected).toHaveLength(990);
      const t0 = Date.now();
      for (;;) {
        const listed = ws
          .listFiles()
          .map((f) => f.path)
          .sort();
        if (JSON.stringify(listed) === JSON.stringify(expected)) break;
        if (Date.now() - t0 > 45_000) expect(listed).toEqual(expected);
        await new Promise((r) => setTimeout(r, 100));
      }
      await ws.whenIdle();
      // Settled: nothing lost, nothing extra, nothing twice, and every story belongs to a file on disk.
      expect(
        ws
          .listFiles()
          .map((f) => f.path)
          .sort(),
      ).toEqual(expected);
      const stories = ws.listStories();
      expect(stories).toHaveLength(990);
      expect(new Set(stories.map((s) => s.id)).size).toBe(990);
      expect(stories.find((s) => s.path === 'batch/dump-0003.txt')?.title).toBe('Burst Story Number 10003 Makes Headlines');
      expect(stories.find((s) => s.path === 'renamed-50.txt')?.title).toBe('Burst Story Number 50 Makes Headlines');
      // Batched: far fewer library.changed events than files, and progress that reached its total.
      expect(changes.length).toBeGreaterThan(1);
      expect(changes.length).toBeLessThan(200);
      expect(progress.some((p) => p.total >= 100 && p.done < p.total)).toBe(true);
      const last = progress.at(-1)!;
      expect(last.done).toBe(last.total);
    } finally {
      await ws.stop();
    }
  }, 60_000);
});
