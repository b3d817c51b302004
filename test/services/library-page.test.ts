import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceService } from '../../electron/services/workspace/workspace-service';
import { dispatch, type Services } from '../../electron/core/api';
import { unpackLibrary } from '../../electron/core/api/library-packed';

const dirs: string[] = [];
const opened: WorkspaceService[] = [];
afterEach(async () => {
  for (const ws of opened.splice(0)) await ws.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const story = (title: string) => `${title}\n\nHARBOUR TOWN (Tidewater) - The ${title.toLowerCase()} was reported on Monday by officials.\n`;

/** Four dumps of one or two stories each: a page can start and end inside a file. */
async function library() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-page-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'a.txt'), story('Ferry Service Resumes'));
  writeFileSync(join(dir, 'b.txt'), `${story('Quay Closed For Repairs')}\n\n\n${story('Bridge Tolls Rise Again')}`);
  writeFileSync(join(dir, 'c.txt'), story('Harbour Fees Doubled'));
  writeFileSync(join(dir, 'd.txt'), story('Lighthouse Keeper Retires'));
  const ws = new WorkspaceService({ sampleFolder: '/nonexistent-sample', watch: false, emit: () => undefined });
  opened.push(ws);
  await ws.open(dir);
  return { ws, call: (args: unknown) => dispatch({ workspace: ws } as unknown as Services, 'library.listPacked', args) };
}

describe('library.listPacked, one page at a time', () => {
  it('gives a page of the listing in list order, with only its files and the whole listing’s size', async () => {
    const { ws, call } = await library();
    const all = ws.listStories();
    expect(all.length).toBeGreaterThanOrEqual(4);
    const r = await call({ offset: 1, limit: 2 });
    expect(r.ok).toBe(true);
    const page = unpackLibrary(r.ok ? (r.value as string) : '');
    expect(page?.stories).toEqual(all.slice(1, 3));
    expect(page?.total).toBe(all.length);
    expect(page?.files.map((f) => f.path)).toEqual([...new Set(all.slice(1, 3).map((s) => s.path))]);
    // Past the end: no stories, still the size.
    const past = await call({ offset: 1000, limit: 10 });
    expect(unpackLibrary(past.ok ? (past.value as string) : '')).toEqual({ files: [], stories: [], total: all.length });
  });

  it('refuses a page it cannot give instead of sending the whole library or nothing', async () => {
    const { call } = await library();
    for (const bad of [{ limit: 0 }, { limit: 5001 }, { offset: -1, limit: 10 }, { limit: 2.5 }, { offset: 0 }, { limit: 10, extra: 1 }]) {
      const r = await call(bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-args');
    }
    // Without arguments it is still the whole listing.
    const whole = await call(undefined);
    expect(unpackLibrary(whole.ok ? (whole.value as string) : '')?.stories.length).toBeGreaterThanOrEqual(4);
  });
});
