import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WatchHandlers } from '../../electron/services/workspace/watcher';
import { WorkspaceService } from '../../electron/services/workspace/workspace-service';
import { eventually } from '../support/eventually';

/**
 * A new folder's watch holds only after its first files land, and a busy moment can lose
 * events. These tests make that loss deterministic: the real watcher runs,
 * but events for the paths in `lost` never reach the service.
 */
const lossy = vi.hoisted(() => ({ lost: ((_rel: string) => false) as (rel: string) => boolean, handlers: null as WatchHandlers | null }));
vi.mock('../../electron/services/workspace/watcher', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/services/workspace/watcher')>();
  return {
    ...real,
    watchFolder: (root: string, on: WatchHandlers) => {
      const drop = (fn: (rel: string) => void) => (rel: string) => {
        if (!lossy.lost(rel)) fn(rel);
      };
      const filtered: WatchHandlers = { ...on, upsert: drop(on.upsert), remove: drop(on.remove) };
      lossy.handlers = filtered;
      return real.watchFolder(root, filtered);
    },
  };
});

const story = (title: string) => `${title}\n\nThe council met on Tuesday and agreed the harbour budget after a long debate.\n`;

const open: { ws: WorkspaceService; dir: string }[] = [];
afterEach(async () => {
  lossy.lost = () => false;
  for (const { ws, dir } of open.splice(0)) {
    await ws.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function start(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-lost-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  const ws = new WorkspaceService({ sampleFolder: join(dir, 'no-sample'), emit: () => undefined });
  await ws.open(dir);
  open.push({ ws, dir });
  return { ws, dir };
}

const paths = (ws: WorkspaceService) => ws.listFiles().map((f) => f.path);

describe('the library follows the folder even when watcher events are lost', () => {
  it('lists files renamed into a folder created a moment earlier, before its watch existed', async () => {
    const { ws, dir } = await start({ 'a.txt': story('First Moved Story'), 'b.txt': story('Second Moved Story') });
    const before = ws.listStories().find((s) => s.path === 'a.txt')!.id;
    // Every event inside the new folder is lost; only the folder's own appearance is seen.
    lossy.lost = (rel) => rel.startsWith('moved/');
    mkdirSync(join(dir, 'moved'));
    renameSync(join(dir, 'a.txt'), join(dir, 'moved', 'a.txt'));
    renameSync(join(dir, 'b.txt'), join(dir, 'moved', 'b.txt'));
    await eventually(() => expect(paths(ws)).toEqual(['moved/a.txt', 'moved/b.txt']));
    // Found by a listing, it is still a rename: the story keeps its id.
    expect(ws.listStories().find((s) => s.path === 'moved/a.txt')?.id).toBe(before);
  });

  it('finds a file whose own event was lost once another event touched its folder', async () => {
    const { ws, dir } = await start({ 'batch/old.txt': story('Old Story In Batch') });
    lossy.lost = (rel) => rel === 'batch/lost.txt' || rel === 'batch/old.txt';
    writeFileSync(join(dir, 'batch', 'seen.txt'), story('Seen Story Arrives'));
    writeFileSync(join(dir, 'batch', 'lost.txt'), story('Lost Story Arrives'));
    rmSync(join(dir, 'batch', 'old.txt'));
    await eventually(() => expect(paths(ws)).toEqual(['batch/lost.txt', 'batch/seen.txt']));
  });

  it('rescans the whole workspace after a watcher error', async () => {
    const { ws, dir } = await start({ 'keep.txt': story('Kept Story Stays') });
    lossy.lost = () => true;
    mkdirSync(join(dir, 'deep', 'er'), { recursive: true });
    writeFileSync(join(dir, 'deep', 'er', 'quiet.txt'), story('Quiet Story Nobody Reported'));
    rmSync(join(dir, 'keep.txt'));
    await ws.whenIdle();
    lossy.handlers!.error(new Error('ENOSPC: System limit for number of file watchers reached'));
    await eventually(() => expect(paths(ws)).toEqual(['deep/er/quiet.txt']));
  });
});
