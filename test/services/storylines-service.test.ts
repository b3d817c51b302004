import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { dispatch } from '../../electron/core/api';
import type { StorylineSummary, StorylineView } from '../../electron/core/ports/discovery-port';

const FIXTURES = fileURLToPath(new URL('../fixtures/storylines', import.meta.url));
let folder: string;
let services: ReturnType<typeof createServices>[];

async function openReady() {
  const s = createServices({
    sampleFolder: folder,
    watch: false,
    emit: () => undefined,
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
  services.push(s);
  await s.workspace.open(folder);
  await s.discovery.whenReady();
  return s;
}

async function call<T>(s: ReturnType<typeof createServices>, method: string, args?: unknown): Promise<T> {
  const r = await dispatch(s, method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const idOf = (s: ReturnType<typeof createServices>, file: string) => s.workspace.listStories().find((x) => x.path === file)!.id;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-storylines-'));
  await cp(FIXTURES, folder, { recursive: true });
  services = [];
});
afterEach(async () => {
  for (const s of services) await s.stop().catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

describe('storylines through the API', () => {
  it('lists storylines and gives a story its storyline with the reason for each member', async () => {
    const s = await openReady();
    const list = await call<StorylineSummary[]>(s, 'storylines.list');
    const reuters = idOf(s, '01_reuters.txt');
    expect(list.find((l) => l.stories.includes(reuters))).toMatchObject({ id: `sl-${reuters}`, first: '2025-03-03' });
    const view = await call<StorylineView>(s, 'storylines.forStory', { id: idOf(s, '02_tass.txt') });
    expect(view.members[0]).toMatchObject({ storyId: reuters, reason: 'first report', title: expect.stringContaining('Lavrov') });
    expect(view.members[1].reason).toMatch(/^shares .*; 1 day apart$/);
    expect(await call(s, 'storylines.forStory', { id: idOf(s, '04_other.txt') })).toBeNull();
    const bad = await dispatch(s, 'storylines.move', { storyId: reuters, into: 42 });
    expect(bad.ok).toBe(false);
  });

  it("keeps the analyst's moves in the workspace database and re-applies them after re-clustering", async () => {
    let s = await openReady();
    const tass = idOf(s, '02_tass.txt');
    const council = idOf(s, '04_other.txt');
    const line = (await call<StorylineView>(s, 'storylines.forStory', { id: tass })).id;
    const after = await call<StorylineView>(s, 'storylines.move', { storyId: council, into: line });
    expect(after.members.map((m) => m.storyId)).toContain(council);
    expect(after.members.find((m) => m.storyId === council)!.reason).toBe('moved here by you');
    await call(s, 'storylines.move', { storyId: tass, into: null });
    expect(await call(s, 'storylines.forStory', { id: tass })).toBeNull();
    // Undo and redo go through the annotation store like every edit, and storylines follow.
    await call(s, 'annotations.undo');
    expect(await call(s, 'storylines.forStory', { id: tass })).not.toBeNull();
    await call(s, 'annotations.redo');
    expect(await call(s, 'storylines.forStory', { id: tass })).toBeNull();
    await s.stop();
    const db = JSON.parse(await readFile(join(folder, '.dossier', 'db.json'), 'utf8'));
    expect(Object.keys(db.storylineMoves).sort()).toEqual([council, tass].sort());
    // A fresh opening clusters again from the cache and applies the same corrections.
    s = await openReady();
    expect(await call(s, 'storylines.forStory', { id: tass })).toBeNull();
    const again = await call<StorylineView>(s, 'storylines.forStory', { id: council });
    expect(again.id).toBe(line);
  });

  it('refuses a move into a storyline that does not exist', async () => {
    const s = await openReady();
    const r = await dispatch(s, 'storylines.move', { storyId: idOf(s, '01_reuters.txt'), into: 'sl-nothing' });
    expect(r).toEqual({ ok: false, error: { code: 'storyline-not-found', message: expect.any(String) } });
  });
});
