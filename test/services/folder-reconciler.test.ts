import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderReconciler, RECHECK_MS } from '../../electron/services/workspace/folder-reconciler';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-reconcile-'));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(root, { recursive: true, force: true });
});

/** A dump written a minute ago, so it counts as settled, not as still being written. */
function settled(rel: string, text = 'Story Title\n\nBody.\n') {
  const abs = join(root, rel);
  mkdirSync(join(abs, '..'), { recursive: true });
  writeFileSync(abs, text);
  const t = new Date(Date.now() - 60_000);
  utimesSync(abs, t, t);
  return statSync(abs);
}

/** A library of `files` and a log of what the reconciler asked for. */
function harness(files: Record<string, { size: number; mtimeMs: number }> = {}) {
  const asked: string[] = [];
  let woken = 0;
  const pending = new Map<string, 'upsert' | 'remove'>();
  const rec = new FolderReconciler({
    files: () => Object.entries(files).map(([path, f]) => ({ path, ...f })),
    pending: (p) => pending.get(p),
    upsert: (p) => void asked.push(`upsert ${p}`),
    remove: (p) => void asked.push(`remove ${p}`),
    wake: () => void woken++,
  });
  return { rec, asked, pending, woken: () => woken };
}

describe('FolderReconciler', () => {
  it('lists a touched folder and asks only for what differs from the library', async () => {
    const same = settled('batch/same.txt');
    const changed = settled('batch/changed.txt');
    settled('batch/new.txt');
    settled('other/untouched.txt');
    const { rec, asked } = harness({
      'batch/same.txt': { size: same.size, mtimeMs: same.mtimeMs },
      'batch/changed.txt': { size: changed.size + 1, mtimeMs: changed.mtimeMs },
      'batch/gone.txt': { size: 1, mtimeMs: 1 },
      'batch/sub/gone-with-its-folder.txt': { size: 1, mtimeMs: 1 },
      'elsewhere/not-listed.txt': { size: 1, mtimeMs: 1 },
    });
    rec.touch('batch/anything.txt');
    expect(rec.due).toBe(true);
    await rec.run(root);
    expect(rec.due).toBe(false);
    expect(asked.sort()).toEqual([
      'remove batch/gone.txt',
      'remove batch/sub/gone-with-its-folder.txt',
      'upsert batch/changed.txt',
      'upsert batch/new.txt',
    ]);
  });

  it('walks a new folder whole, and skips what is already queued', async () => {
    settled('moved/a.txt');
    settled('moved/deeper/b.txt');
    settled('moved/deeper/queued.txt');
    const { rec, asked, pending } = harness();
    pending.set('moved/deeper/queued.txt', 'upsert');
    rec.touchNewFolder('moved');
    await rec.run(root);
    expect(asked.sort()).toEqual(['upsert moved/a.txt', 'upsert moved/deeper/b.txt']);
  });

  it('looks at a touched folder a second time, later, and not a third', async () => {
    settled('batch/first.txt');
    const { rec, asked, woken } = harness();
    rec.touch('batch/first.txt');
    await rec.run(root);
    expect(asked).toEqual(['upsert batch/first.txt']);
    // Arrives after the first look, and no event says so.
    settled('batch/late.txt');
    expect(rec.due).toBe(false);
    vi.advanceTimersByTime(RECHECK_MS);
    expect(woken()).toBe(1);
    expect(rec.due).toBe(true);
    await rec.run(root);
    expect(asked).toContain('upsert batch/late.txt');
    vi.advanceTimersByTime(RECHECK_MS * 5);
    expect(woken()).toBe(1);
    expect(rec.due).toBe(false);
  });

  it('does not undo what was queued while it listed: a pending re-read is not turned into a removal', async () => {
    const { rec, asked, pending } = harness({ 'batch/recreated.txt': { size: 1, mtimeMs: 1 } });
    pending.set('batch/recreated.txt', 'upsert');
    rec.touchFolder('batch');
    mkdirSync(join(root, 'batch'));
    await rec.run(root);
    expect(asked).toEqual([]);
  });

  it('a folder that vanished takes its dumps with it; a rescan covers the whole workspace', async () => {
    settled('kept/a.txt');
    const { rec, asked } = harness({ 'gone/x.txt': { size: 1, mtimeMs: 1 }, 'gone/deep/y.txt': { size: 1, mtimeMs: 1 } });
    rec.touchFolder('gone');
    await rec.run(root);
    expect(asked.sort()).toEqual(['remove gone/deep/y.txt', 'remove gone/x.txt']);
    asked.length = 0;
    rec.rescanAll();
    await rec.run(root);
    expect(asked.sort()).toEqual(['remove gone/deep/y.txt', 'remove gone/x.txt', 'upsert kept/a.txt']);
  });

  it('forgets pending work and second looks on reset', async () => {
    settled('a.txt');
    const { rec, asked, woken } = harness();
    rec.touch('a.txt');
    await rec.run(root);
    rec.touch('a.txt');
    rec.reset();
    expect(rec.due).toBe(false);
    vi.advanceTimersByTime(RECHECK_MS * 2);
    expect(woken()).toBe(0);
    expect(asked).toEqual(['upsert a.txt']);
  });
});
