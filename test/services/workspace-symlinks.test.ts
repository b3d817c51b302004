import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import { readAndAnalyse } from '../../electron/services/workspace/read-dump';
import { WorkspaceService } from '../../electron/services/workspace/workspace-service';
import { eventually } from '../support/eventually';

const SECRET = 'Zanzibarquux';
const story = (title: string, word = 'harbour') =>
  `${title}\n\nThe council met on Tuesday and agreed the ${word} budget after a long debate.\n`;

const dirs: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A workspace with one real dump, and outside it a file and a folder holding the secret word. */
function setup() {
  const base = mkdtempSync(join(tmpdir(), 'dossier-links-'));
  dirs.push(base);
  const root = join(base, 'workspace');
  const outside = join(base, 'outside');
  mkdirSync(root);
  mkdirSync(join(outside, 'private'), { recursive: true });
  writeFileSync(join(outside, 'id_rsa.txt'), story(`Private Key Material ${SECRET}`, SECRET));
  writeFileSync(join(outside, 'private', 'diary.txt'), story(`Private Diary Entry ${SECRET}`, SECRET));
  writeFileSync(join(root, 'real.txt'), story('Real Harbour Story'));
  return { root, outside };
}

function services(watch: boolean) {
  const s = createServices({
    sampleFolder: '/nonexistent-sample',
    watch,
    emit: () => undefined,
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
  cleanups.push(async () => {
    await s.workspace.stop();
    await s.annotations.stop();
  });
  return s;
}

/** The secret must not be anywhere a user (or the search cache) could see it. */
async function expectNoSecret(s: ReturnType<typeof services>, root: string) {
  const ws = s.workspace;
  expect(ws.listFiles().map((f) => f.path)).not.toContain('notes.txt');
  expect(ws.listFiles().some((f) => f.path.startsWith('linked/'))).toBe(false);
  for (const st of ws.listStories()) {
    expect(st.title).not.toContain(SECRET);
    expect(ws.getStory(st.id).text).not.toContain(SECRET);
  }
  expect((await s.discovery.search(SECRET)).results).toEqual([]);
  const cache = join(root, '.dossier', 'cache');
  if (existsSync(cache)) for (const f of readdirSync(cache)) expect(readFileSync(join(cache, f)).includes(SECRET)).toBe(false);
}

describe('symlinks in a workspace are never followed', () => {
  it('opening a folder skips a linked dump and a linked sub-folder', async () => {
    const { root, outside } = setup();
    symlinkSync(join(outside, 'id_rsa.txt'), join(root, 'notes.txt'));
    symlinkSync(join(outside, 'private'), join(root, 'linked'), 'dir');
    const s = services(false);
    await s.workspace.open(root);
    await s.discovery.whenReady();
    expect(s.workspace.listFiles().map((f) => f.path)).toEqual(['real.txt']);
    await expectNoSecret(s, root);
  });

  it('a link created while watching is not read, even after other changes in the folder', async () => {
    const { root, outside } = setup();
    const s = services(true);
    await s.workspace.open(root);
    await s.discovery.whenReady();
    symlinkSync(join(outside, 'id_rsa.txt'), join(root, 'notes.txt'));
    symlinkSync(join(outside, 'private'), join(root, 'linked'), 'dir');
    symlinkSync(join(outside, 'private', 'diary.txt'), join(root, 'diary.txt'));
    await new Promise((r) => setTimeout(r, 400));
    writeFileSync(join(root, 'later.txt'), story('Later Ferry Story', 'ferry'));
    writeFileSync(join(root, 'real.txt'), story('Real Harbour Story Revised'));
    await eventually(async () => expect((await s.discovery.search('ferry')).results.map((r) => r.title)).toEqual(['Later Ferry Story']));
    await s.workspace.whenIdle();
    expect(s.workspace.listFiles().map((f) => f.path)).toEqual(['later.txt', 'real.txt']);
    await expectNoSecret(s, root);
  });

  it('a dump replaced by a link is not read on demand (raw view)', async () => {
    const { root, outside } = setup();
    // An empty dump is listed but not read into stories: its text is not cached, so the raw view reads it from disk.
    writeFileSync(join(root, 'notes.txt'), '');
    const ws = new WorkspaceService({ sampleFolder: '/nonexistent-sample', emit: () => undefined, watch: false });
    cleanups.push(() => ws.stop());
    await ws.open(root);
    expect(ws.listFiles().find((f) => f.path === 'notes.txt')?.status).not.toBe('ok');
    unlinkSync(join(root, 'notes.txt'));
    symlinkSync(join(outside, 'id_rsa.txt'), join(root, 'notes.txt'));
    let text = '';
    try {
      text = ws.rawFile('notes.txt').text;
    } catch (err) {
      expect((err as Error).message).not.toContain(SECRET);
    }
    expect(text).not.toContain(SECRET);
  });

  // Both ways a dump is read: promises on the main thread, blocking reads on an ingest worker.
  it.each([false, true])(
    'readAndAnalyse treats a linked dump, and a dump under a linked folder, as not there (blocking %s)',
    async (blocking) => {
      const { root, outside } = setup();
      symlinkSync(join(outside, 'id_rsa.txt'), join(root, 'notes.txt'));
      symlinkSync(join(outside, 'private'), join(root, 'linked'), 'dir');
      expect(await readAndAnalyse(join(root, 'notes.txt'), 'notes.txt', [], true, blocking)).toEqual({ kind: 'missing' });
      expect(await readAndAnalyse(join(root, 'linked', 'diary.txt'), 'linked/diary.txt', [], true, blocking)).toEqual({ kind: 'missing' });
      const real = await readAndAnalyse(join(root, 'real.txt'), 'real.txt', [], true, blocking);
      expect(real.kind === 'read' && real.text).toBe(readFileSync(join(root, 'real.txt'), 'utf8'));
    },
  );
});
