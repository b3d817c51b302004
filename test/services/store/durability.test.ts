import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnotationService } from '../../../electron/services/annotations/annotation-service';
import { AnnotationStore, COMPACT_EVERY } from '../../../electron/services/store/annotation-store';
import { WriteCoalescer } from '../../../electron/services/store/write-coalescer';
import { SCHEMA_VERSION } from '../../../electron/core/annotations/schema';
import { DUMP, rangeOf, sampleWorkspace } from '../../support/fake-workspace';
import { readDiskState } from '../../support/disk-state';

let folder: string;
const dossier = () => join(folder, '.dossier');
const dbPath = () => join(dossier(), 'db.json');
const RANGE = rangeOf(DUMP, 'the new breakwater would open in spring');

async function openService(): Promise<AnnotationService> {
  const svc = new AnnotationService(sampleWorkspace(), () => undefined);
  await svc.start(folder);
  return svc;
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-dur-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('damaged db.json', () => {
  it('is never overwritten: kept aside, the newest backup opened, and the user told', async () => {
    const svc = await openService();
    const h = await svc.createHighlight({ storyId: 'calder', ...RANGE, note: 'kept' });
    await svc.stop();
    // Re-open: this takes a backup of the good file.
    const again = await openService();
    await again.stop();
    const damaged = '{"schemaVersion":1,"highlights":{"' + h.id + '":{"id":';
    await writeFile(dbPath(), damaged);

    const svc2 = await openService();
    const status = svc2.status();
    expect(status.state).toBe('recovered');
    expect(status.message).toMatch(/damaged.*kept as .*db\.corrupt-.*restored from the backup/s);
    expect(svc2.listHighlights().map((x) => x.note)).toEqual(['kept']);
    const names = await readdir(dossier());
    const aside = names.find((n) => /^db\.corrupt-.*\.json$/.test(n))!;
    expect(await readFile(join(dossier(), aside), 'utf8')).toBe(damaged);
    // The recovered store is writable and db.json parses again.
    await svc2.createHighlight({ storyId: 'westmere', ...rangeOf(DUMP, 'autumn elections') });
    expect(Object.keys((await readDiskState(folder)).highlights)).toHaveLength(2);
    await svc2.stop();
  });

  it('with no backup, starts empty and says where the damaged file is', async () => {
    await mkdir(dossier(), { recursive: true });
    await writeFile(dbPath(), '');
    const svc = await openService();
    expect(svc.status()).toMatchObject({ state: 'recovered' });
    expect(svc.status().message).toMatch(/the file is empty.*no backup.*db\.corrupt-/s);
    expect(svc.listHighlights()).toEqual([]);
    await svc.stop();
  });

  it('treats valid JSON of the wrong shape as damaged too', async () => {
    await mkdir(dossier(), { recursive: true });
    await writeFile(dbPath(), JSON.stringify({ schemaVersion: 1, highlights: { h: { id: 'h' } } }));
    const svc = await openService();
    expect(svc.status().state).toBe('recovered');
    expect((await readdir(dossier())).some((n) => n.startsWith('db.corrupt-'))).toBe(true);
    await svc.stop();
  });
});

describe('newer schema', () => {
  it('opens read-only, refuses edits with the reason, and leaves the file byte for byte', async () => {
    await mkdir(dossier(), { recursive: true });
    const future = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, highlights: {}, hologramNotes: { x: 1 } });
    await writeFile(dbPath(), future);
    const svc = await openService();
    expect(svc.status().state).toBe('read-only');
    expect(svc.status().message).toMatch(/newer version of Dossier/);
    await expect(svc.createHighlight({ storyId: 'calder', ...RANGE })).rejects.toMatchObject({ code: 'read-only' });
    await svc.stop();
    expect(await readFile(dbPath(), 'utf8')).toBe(future);
  });
});

describe('two instances', () => {
  it('a workspace held by another live process opens read-only and names the holder', async () => {
    await mkdir(dossier(), { recursive: true });
    // The test runner's parent process is alive and is not us: a convincing other instance.
    await writeFile(join(dossier(), 'lock'), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }));
    const svc = await openService();
    expect(svc.status().state).toBe('read-only');
    expect(svc.status().message).toContain(`process ${process.ppid}`);
    await expect(svc.setNote('calder', 'x')).rejects.toMatchObject({ code: 'read-only' });
    await svc.stop();
  });

  it('takes over a lock left by a crashed process', async () => {
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    await mkdir(dossier(), { recursive: true });
    await writeFile(join(dossier(), 'lock'), JSON.stringify({ pid: deadPid, host: hostname(), startedAt: 'x' }));
    const svc = await openService();
    expect(svc.status().state).toBe('ok');
    expect(JSON.parse(await readFile(join(dossier(), 'lock'), 'utf8')).pid).toBe(process.pid);
    await svc.stop();
    // Closing gives the workspace back.
    await expect(readFile(join(dossier(), 'lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('a folder Dossier cannot write', () => {
  it('opens read-only with a clear message and changes nothing', async () => {
    // `.dossier` taken by a plain file: nothing can be created inside it (works even as root).
    await writeFile(dossier(), 'not a folder');
    const svc = await openService();
    expect(svc.status().state).toBe('read-only');
    expect(svc.status().message).toMatch(/cannot write in .*read-only/);
    await expect(svc.createHighlight({ storyId: 'calder', ...RANGE })).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(dossier(), 'utf8')).toBe('not a folder');
    await svc.stop();
  });

  it('a save that fails is rolled back and reported, so what is shown is what is on disk', async () => {
    const svc = await openService();
    await svc.createHighlight({ storyId: 'calder', ...RANGE });
    const spy = vi.spyOn(svc.store, 'save').mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'save-failed' }));
    await expect(svc.setNote('calder', 'lost?')).rejects.toMatchObject({ code: 'save-failed' });
    spy.mockRestore();
    expect(svc.getNote('calder')).toBeNull();
    expect(await svc.undo()).toMatchObject({ message: 'Undo: create highlight' });
    await svc.stop();
  });
});

describe('writes', () => {
  it('a burst of edits is coalesced into few writes and the last edit is always on disk', async () => {
    const svc = await openService();
    const notes = Array.from({ length: 40 }, (_, i) => `draft ${i}`);
    await Promise.all(notes.map((n) => svc.setNote('calder', n)));
    expect((await readDiskState(folder)).notes.calder.text).toBe('draft 39');
    await svc.stop();
  });

  it('the coalescer serialises: each request resolves after a write that started after it', async () => {
    let started = 0;
    let value = 0;
    const written: number[] = [];
    const c = new WriteCoalescer(async () => {
      started++;
      const v = value;
      await new Promise((r) => setTimeout(r, 5));
      written.push(v);
    });
    const acks: Promise<void>[] = [];
    for (let i = 1; i <= 20; i++) {
      value = i;
      const mine = i;
      acks.push(c.request().then(() => expect(Math.max(...written)).toBeGreaterThanOrEqual(mine)));
    }
    await Promise.all(acks);
    expect(started).toBe(2);
    expect(written).toEqual([1, 20]);
  });

  it(`keeps rotating backups (on open and each db.json rewrite, every ${COMPACT_EVERY} saves), at most five`, async () => {
    const store = new AnnotationStore();
    for (let i = 0; i < 7; i++) {
      await store.open(folder);
      store.data.notes[`s${i}`] = { storyId: `s${i}`, text: 'x', updatedAt: '' };
      await store.save([{ table: 'notes', key: `s${i}` }]);
      await store.close();
    }
    const backups = (await readdir(join(dossier(), 'backups'))).sort();
    expect(backups).toEqual(['db-1.json', 'db-2.json', 'db-3.json', 'db-4.json', 'db-5.json']);
    // db-1 is the newest: the db.json written when the store last closed (all seven notes).
    expect(Object.keys(JSON.parse(await readFile(join(dossier(), 'backups', 'db-1.json'), 'utf8')).notes)).toHaveLength(7);
  });
});

describe('the write-ahead journal', () => {
  const journalPath = () => join(dossier(), 'db.journal');

  it('an acknowledged save is a journal line; reopening without a clean close replays it', async () => {
    const svc = await openService();
    const h = await svc.createHighlight({ storyId: 'calder', ...RANGE, note: 'only in the journal' });
    // Simulate a crash: no close(), so db.json was never rewritten.
    await expect(readFile(dbPath())).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await readFile(journalPath(), 'utf8')).trim().split('\n').length).toBeGreaterThan(0);
    await svc.store['releaseLock']?.(); // let the "next run" in, as a dead process's lock would
    const next = await openService();
    expect(next.listHighlights().map((x) => [x.id, x.note])).toEqual([[h.id, 'only in the journal']]);
    await next.stop();
    // A clean close folds the journal into db.json.
    expect(JSON.parse(await readFile(dbPath(), 'utf8')).highlights[h.id].note).toBe('only in the journal');
    expect(await readFile(journalPath(), 'utf8')).toBe('');
  });

  it('ignores a torn last line (never acknowledged) and says nothing alarming', async () => {
    const svc = await openService();
    await svc.setNote('calder', 'kept');
    await svc.store['journal']!.close();
    await svc.store['releaseLock']?.();
    await writeFile(journalPath(), (await readFile(journalPath(), 'utf8')) + '[["notes","westmere",{"storyId":"wes');
    const next = await openService();
    expect(next.status().state).toBe('ok');
    expect(next.getNote('calder')?.text).toBe('kept');
    expect(next.getNote('westmere')).toBeNull();
    await next.stop();
  });

  it('a damaged line in the middle: keeps what came before, keeps the journal aside, says so', async () => {
    await mkdir(dossier(), { recursive: true });
    const good = JSON.stringify([['notes', 'calder', { storyId: 'calder', text: 'before', updatedAt: '' }]]);
    const after = JSON.stringify([['notes', 'westmere', { storyId: 'westmere', text: 'after', updatedAt: '' }]]);
    await writeFile(journalPath(), `${good}\n{garbage\n${after}\n`);
    const svc = await openService();
    expect(svc.status().state).toBe('recovered');
    expect(svc.status().message).toMatch(/journal was damaged \(line 2\).*kept as .*db\.corrupt-.*\.journal/);
    expect(svc.getNote('calder')?.text).toBe('before');
    expect((await readdir(dossier())).some((n) => /^db\.corrupt-.*\.journal$/.test(n))).toBe(true);
    // db.json now holds what was readable, and the journal starts clean.
    expect(JSON.parse(await readFile(dbPath(), 'utf8')).notes.calder.text).toBe('before');
    await svc.stop();
  });

  it(`rewrites db.json and empties the journal every ${COMPACT_EVERY} saves`, async () => {
    const store = new AnnotationStore();
    await store.open(folder);
    for (let i = 0; i < COMPACT_EVERY + 1; i++) {
      store.data.notes.calder = { storyId: 'calder', text: `v${i}`, updatedAt: '' };
      await store.save([{ table: 'notes', key: 'calder' }]);
    }
    expect(JSON.parse(await readFile(dbPath(), 'utf8')).notes.calder.text).toBe(`v${COMPACT_EVERY}`);
    expect((await readFile(journalPath(), 'utf8')).split('\n').filter(Boolean).length).toBeLessThan(3);
    await store.close();
  });
});
