import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readDiskState } from '../../support/disk-state';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type ApiEvents, type Services } from '../../../electron/core/api';
import { AnnotationService } from '../../../electron/services/annotations/annotation-service';
import type { Highlight } from '../../../electron/core/annotations/model';
import { SCHEMA_VERSION } from '../../../electron/core/annotations/schema';
import { DUMP, SPLIT, rangeOf, sampleWorkspace, type FakeWorkspace } from '../../support/fake-workspace';

let folder: string;
let ws: FakeWorkspace;
let svc: AnnotationService;
let events: ApiEvents['annotations.changed'][];

async function call<T = unknown>(method: string, args?: unknown): Promise<T> {
  const r = await dispatch({ annotations: svc } as unknown as Services, method, args);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

async function fails(method: string, args: unknown): Promise<{ code: string; message: string }> {
  const r = await dispatch({ annotations: svc } as unknown as Services, method, args);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.error;
}

/** db.json plus its journal, read independently of the store: what survives a crash now. */
async function onDisk(): Promise<{ highlights: Record<string, Highlight> } & Record<string, Record<string, unknown>>> {
  const d = await readDiskState(folder);
  for (const t of ['highlights', 'links', 'notes']) d[t] ??= {};
  return d as { highlights: Record<string, Highlight> } & Record<string, Record<string, unknown>>;
}

const BREAKWATER = rangeOf(DUMP, 'the new breakwater would open in spring');

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-ann-'));
  ws = sampleWorkspace();
  events = [];
  svc = new AnnotationService(ws, (e, p) => {
    if (e === 'annotations.changed') events.push(p as ApiEvents['annotations.changed']);
  });
  await svc.start(folder);
});

afterEach(async () => {
  await svc.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('highlights', () => {
  it('creates a highlight that is on disk when the call returns, and announces it', async () => {
    const h = await call<Highlight>('highlights.create', {
      storyId: 'calder',
      ...BREAKWATER,
      color: 'green',
      tags: ['topic/ports'],
      note: 'key claim',
    });
    expect(h.selectors.quote.exact).toBe('the new breakwater would open in spring');
    expect(h.selectors.position).toEqual(BREAKWATER);
    expect((await onDisk()).highlights[h.id]).toMatchObject({ color: 'green', tags: ['topic/ports'], note: 'key claim' });
    expect(events.at(-1)).toMatchObject({ storyIds: ['calder'], docPaths: ['news/calder.txt'] });
    expect(events.at(-1)!.tables).toContain('highlights');
    expect(await call('tags.list')).toEqual([expect.objectContaining({ name: 'topic/ports', highlights: 1 })]);
  });

  it('allows overlapping highlights and lists them per story in reading order', async () => {
    const later = rangeOf(DUMP, 'turning point');
    await call('highlights.create', { storyId: 'calder', ...later });
    await call('highlights.create', { storyId: 'calder', ...BREAKWATER });
    await call('highlights.create', { storyId: 'calder', start: BREAKWATER.start + 4, end: BREAKWATER.end + 10 });
    const list = await call<Highlight[]>('highlights.listForStory', { storyId: 'calder' });
    expect(list.map((h) => h.selectors.position.start)).toEqual([BREAKWATER.start, BREAKWATER.start + 4, later.start]);
    expect(await call<Highlight[]>('highlights.listForStory', { storyId: 'westmere' })).toEqual([]);
  });

  it('refuses a quote that does not match the text at the offsets, and a range outside the story', async () => {
    expect(await fails('highlights.create', { storyId: 'calder', ...BREAKWATER, exact: 'something else' })).toMatchObject({
      code: 'quote-mismatch',
    });
    expect(await fails('highlights.create', { storyId: 'calder', start: SPLIT - 5, end: SPLIT + 5 })).toMatchObject({
      code: 'invalid-range',
    });
    expect(await fails('highlights.create', { storyId: 'nope', ...BREAKWATER })).toMatchObject({ code: 'story-not-found' });
    expect(await call('highlights.list')).toEqual([]);
  });

  it('validates arguments strictly at the boundary', async () => {
    const bad = [
      { storyId: 'calder', ...BREAKWATER, color: 'url(javascript:x)' },
      { storyId: 'calder', ...BREAKWATER, color: '#12345' },
      { storyId: 'calder', start: 10, end: 5 },
      { storyId: 'calder', start: -1, end: 5 },
      { storyId: 'calder', start: 0.5, end: 5 },
      { storyId: 'calder', ...BREAKWATER, tags: ['x'.repeat(500)] },
      { storyId: 'calder', ...BREAKWATER, extra: true },
      { storyId: 'calder', start: 0, end: 60_000 },
    ];
    for (const args of bad) expect((await fails('highlights.create', args)).code).toBe('invalid-args');
    expect((await fails('highlights.update', { id: 'x', note: 'n'.repeat(20_001) })).code).toBe('invalid-args');
  });

  it('updates and deletes, and says clearly when the highlight is gone', async () => {
    const h = await call<Highlight>('highlights.create', { storyId: 'calder', ...BREAKWATER });
    const u = await call<Highlight>('highlights.update', { id: h.id, note: 'check with port authority', color: '#aabbcc' });
    expect(u).toMatchObject({ note: 'check with port authority', color: '#aabbcc' });
    await call('highlights.delete', { id: h.id });
    expect((await onDisk()).highlights).toEqual({});
    expect(await fails('highlights.update', { id: h.id, note: 'x' })).toMatchObject({ code: 'highlight-not-found' });
  });
});

describe('undo and redo', () => {
  it('undoes and redoes every kind of edit in order, and describes each step', async () => {
    const h = await call<Highlight>('highlights.create', { storyId: 'calder', ...BREAKWATER, tags: ['region'] });
    await call('highlights.update', { id: h.id, note: 'first note' });
    await call('tags.rename', { from: 'region', to: 'area' });
    const link = await call<{ id: string }>('links.create', { from: 'calder', to: 'westmere', type: 'follow-up' });
    await call('notes.set', { storyId: 'westmere', text: 'ask the council' });
    await call('fixes.add', { docPath: 'news/calder.txt', fix: { type: 'split', at: SPLIT - 2 } });
    await call('highlights.delete', { id: h.id });

    const labels: string[] = [];
    for (;;) {
      const step = await call<{ done: boolean; message: string }>('annotations.undo');
      if (!step.done) {
        expect(step.message).toBe('Nothing to undo');
        break;
      }
      labels.push(step.message);
    }
    expect(labels).toEqual([
      'Undo: delete highlight',
      'Undo: split fix',
      'Undo: edit story note',
      'Undo: link stories',
      'Undo: rename tag region',
      'Undo: edit highlight note',
      'Undo: create highlight',
    ]);
    const empty = await onDisk();
    expect(empty.highlights).toEqual({});
    expect(empty.links).toEqual({});
    expect(empty.notes).toEqual({});

    for (let i = 0; i < 6; i++) await call('annotations.redo');
    const disk = await onDisk();
    expect(disk.highlights[h.id]).toMatchObject({ note: 'first note', tags: ['area'] });
    expect(Object.keys(disk.links as object)).toEqual([link.id]);
    expect(await call('notes.get', { storyId: 'westmere' })).toMatchObject({ text: 'ask the council' });
    expect(await call<unknown[]>('fixes.list', { docPath: 'news/calder.txt' })).toHaveLength(1);
    expect(await call('annotations.history')).toMatchObject({ canUndo: 'split fix', canRedo: 'delete highlight' });

    // A new edit ends the redo line.
    await call('notes.set', { storyId: 'calder', text: 'new branch' });
    expect(await call('annotations.redo')).toMatchObject({ done: false, message: 'Nothing to redo' });
  });

  it('re-anchors a restored highlight against the text as it is now', async () => {
    const h = await call<Highlight>('highlights.create', { storyId: 'calder', ...BREAKWATER });
    await call('highlights.delete', { id: h.id });
    ws.files.set('news/calder.txt', 'Update at noon.\n' + DUMP);
    await call('annotations.undo');
    const back = (await call<Highlight[]>('highlights.list'))[0];
    expect(back.anchor).toMatchObject({ status: 'moved', start: BREAKWATER.start + 16 });
  });
});

describe('tags on stories, notes and links', () => {
  it('tags stories, and a rename reaches both stories and highlights', async () => {
    await call('stories.setTags', { storyId: 'calder', tags: ['region/calder', 'topic'] });
    const h = await call<Highlight>('highlights.create', { storyId: 'calder', ...BREAKWATER, tags: ['region/calder/harbour'] });
    await call('tags.rename', { from: 'region', to: 'place' });
    expect(await call('stories.getTags', { storyId: 'calder' })).toEqual(['place/calder', 'topic']);
    expect((await call<Highlight[]>('highlights.list')).find((x) => x.id === h.id)!.tags).toEqual(['place/calder/harbour']);
    expect(await fails('tags.rename', { from: 'missing', to: 'x' })).toMatchObject({ code: 'tag-not-found' });
    expect((await fails('tags.setColor', { name: 'topic', color: 'chartreuse' })).code).toBe('invalid-args');
  });

  it('shows a link from one end and a backlink from the other, and refuses self-links', async () => {
    const link = await call<{ id: string }>('links.create', { from: 'calder', to: 'westmere', type: 'contradicts', note: 'dates differ' });
    expect(await call('links.listForStory', { storyId: 'calder' })).toMatchObject({
      links: [{ id: link.id, type: 'contradicts' }],
      backlinks: [],
    });
    expect(await call('links.listForStory', { storyId: 'westmere' })).toMatchObject({
      links: [],
      backlinks: [{ id: link.id, note: 'dates differ' }],
    });
    expect(await fails('links.create', { from: 'calder', to: 'calder', type: 'background' })).toMatchObject({ code: 'invalid-link' });
    expect(await fails('links.create', { from: 'calder', to: 'westmere', type: 'custom' })).toMatchObject({ code: 'invalid-link' });
    expect(await call('links.create', { from: 'calder', to: 'westmere', type: 'custom', label: 'same source' })).toMatchObject({
      label: 'same source',
    });
    await call('links.delete', { id: link.id });
    expect(await call('links.listForStory', { storyId: 'westmere' })).toMatchObject({ backlinks: [{ label: 'same source' }] });
  });

  it('keeps story notes, and clearing a note removes it', async () => {
    await call('notes.set', { storyId: 'calder', text: 'Check the date.' });
    expect(await call('notes.get', { storyId: 'calder' })).toMatchObject({ text: 'Check the date.' });
    await call('notes.set', { storyId: 'calder', text: '  ' });
    expect(await call('notes.get', { storyId: 'calder' })).toBeNull();
  });

  it('stores segmentation fixes per file and refuses ones outside the file', async () => {
    const f = await call<{ id: string }>('fixes.add', {
      docPath: 'news/calder.txt',
      fix: { type: 'noise', start: 0, end: 10, kind: 'caption' },
    });
    expect(await call('fixes.list', { docPath: 'news/calder.txt' })).toMatchObject([{ fix: { type: 'noise', kind: 'caption' } }]);
    expect(await fails('fixes.add', { docPath: 'news/calder.txt', fix: { type: 'split', at: DUMP.length + 5 } })).toMatchObject({
      code: 'invalid-fix',
    });
    expect((await fails('fixes.add', { docPath: 'news/calder.txt', fix: { type: 'noise', start: 0, end: 4, kind: 'banner' } })).code).toBe(
      'invalid-args',
    );
    await call('fixes.remove', { id: f.id });
    expect(await call('fixes.list')).toEqual([]);
  });

  it('remembers dismissed suggestions as unordered pairs', async () => {
    await call('dismissals.add', { a: 'westmere', b: 'calder' });
    expect(await call('dismissals.list')).toMatchObject([{ a: 'calder', b: 'westmere' }]);
    await call('dismissals.remove', { a: 'calder', b: 'westmere' });
    expect(await call('dismissals.list')).toEqual([]);
  });

  it('stores briefs as opaque records, undoably', async () => {
    const b = await svc.createBrief({ title: 'Ports weekly', sections: [] });
    await svc.updateBrief({ ...b, title: 'Ports weekly (final)' });
    expect(svc.listBriefs()).toMatchObject([{ id: b.id, title: 'Ports weekly (final)' }]);
    expect((await call('annotations.undo')) as object).toMatchObject({ message: 'Undo: edit brief' });
    expect(svc.listBriefs()).toMatchObject([{ title: 'Ports weekly' }]);
    await svc.deleteBrief(b.id);
    expect(svc.listBriefs()).toEqual([]);
  });
});

describe('re-anchoring when a dump changes', () => {
  it('marks highlights moved or orphaned, keeps orphans, and restores them when the file returns', async () => {
    const a = await call<Highlight>('highlights.create', { storyId: 'calder', ...BREAKWATER });
    const tramRange = rangeOf(DUMP, 'delay the tram extension');
    const b = await call<Highlight>('highlights.create', { storyId: 'westmere', ...tramRange });

    const edited = 'CORRECTION: earlier version misnamed the bay.\n' + DUMP.replace('delay the tram extension', 'scrap the ferry plan');
    ws.files.set('news/calder.txt', edited);
    expect(await svc.reanchorFile('news/calder.txt', edited)).toEqual({ ok: 0, moved: 1, orphaned: 1 });
    expect(events.at(-1)).toMatchObject({ docPaths: ['news/calder.txt'] });
    const orphans = await call<Highlight[]>('orphans.list');
    expect(orphans.map((h) => h.id)).toEqual([b.id]);
    expect(orphans[0].selectors.quote.exact).toBe('delay the tram extension');

    // Deleted file: everything orphaned, nothing deleted.
    ws.files.delete('news/calder.txt');
    expect(await svc.reanchorFile('news/calder.txt', null)).toEqual({ ok: 0, moved: 0, orphaned: 2 });
    expect(await call<Highlight[]>('highlights.list')).toHaveLength(2);

    // Restored as it was: both come back.
    ws.files.set('news/calder.txt', DUMP);
    expect(await svc.reanchorFile('news/calder.txt', DUMP)).toEqual({ ok: 2, moved: 0, orphaned: 0 });
    expect((await call<Highlight[]>('highlights.list')).map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('re-attaches an orphan to a new selection, keeping its note and tags; or removes it', async () => {
    const b = await call<Highlight>('highlights.create', {
      storyId: 'westmere',
      ...rangeOf(DUMP, 'delay the tram extension'),
      note: 'n',
      tags: ['t'],
    });
    const edited = DUMP.replace('delay the tram extension', 'scrap the ferry plan');
    ws.files.set('news/calder.txt', edited);
    await svc.reanchorFile('news/calder.txt', edited);
    const r = await call<Highlight>('orphans.reattach', {
      id: b.id,
      storyId: 'westmere',
      ...rangeOf(edited, 'scrap the ferry plan'),
      exact: 'scrap the ferry plan',
    });
    expect(r).toMatchObject({ note: 'n', tags: ['t'], anchor: { status: 'ok' }, selectors: { quote: { exact: 'scrap the ferry plan' } } });
    expect(await call('orphans.list')).toEqual([]);
    expect(await call('annotations.undo')).toMatchObject({ message: 'Undo: re-attach highlight' });
    expect(await call<Highlight[]>('orphans.list')).toHaveLength(1);
    await call('highlights.delete', { id: b.id });
    expect(await call('orphans.list')).toEqual([]);
  });

  it('follows the text into a new story when a fix splits or merges stories', async () => {
    const h = await call<Highlight>('highlights.create', { storyId: 'westmere', ...rangeOf(DUMP, 'autumn elections') });
    // Merge: one story now covers the whole file.
    ws.segment('news/calder.txt', [{ id: 'merged', start: 0, end: DUMP.length }]);
    await svc.reanchorFile('news/calder.txt', DUMP);
    expect(await call<Highlight[]>('highlights.listForStory', { storyId: 'merged' })).toMatchObject([
      { id: h.id, anchor: { status: 'ok' } },
    ]);
    // Split again at a new point: the highlight goes with the part that holds it.
    const cut = DUMP.indexOf('A final decision');
    ws.segment('news/calder.txt', [
      { id: 'part1', start: 0, end: cut },
      { id: 'part2', start: cut, end: DUMP.length },
    ]);
    await svc.reanchorFile('news/calder.txt', DUMP);
    expect((await call<Highlight[]>('highlights.listForStory', { storyId: 'part2' })).map((x) => x.id)).toEqual([h.id]);
  });

  it('verify reports counts and a plain problem per highlight that is not ok', async () => {
    await call('highlights.create', { storyId: 'calder', ...BREAKWATER });
    await call('highlights.create', { storyId: 'westmere', ...rangeOf(DUMP, 'delay the tram extension') });
    ws.files.set('news/calder.txt', DUMP.replace('delay the tram extension', 'scrap the ferry plan'));
    const report = await call<{ problems: { status: string; message: string }[] }>('annotations.verify');
    expect(report).toMatchObject({ highlights: 2, ok: 1, moved: 0, orphaned: 1 });
    expect(report.problems[0]).toMatchObject({ status: 'orphaned' });
    expect(report.problems[0].message).toMatch(/could not be found.*re-attach/);
  });

  it('re-anchors on open: a highlight made before the file changed is found again', async () => {
    await call('highlights.create', { storyId: 'calder', ...BREAKWATER });
    await svc.stop();
    ws.files.set('news/calder.txt', 'Late edit.\n' + DUMP);
    const again = new AnnotationService(ws, () => undefined);
    await again.start(folder);
    expect(again.listHighlights()[0].anchor).toMatchObject({ status: 'moved', start: BREAKWATER.start + 11 });
    await again.stop();
  });
});

describe('store status through the API', () => {
  it('reports ok for a fresh workspace and refuses edits when none is open', async () => {
    expect(await call('store.status')).toMatchObject({ state: 'ok' });
    await svc.stop();
    expect(await fails('highlights.create', { storyId: 'calder', ...BREAKWATER })).toMatchObject({ code: 'no-workspace' });
  });

  it('says in the status why edits are refused, and an edit is refused with that code', async () => {
    await svc.stop();
    expect(await call('store.status')).toMatchObject({ state: 'read-only', code: 'no-workspace' });
    await writeFile(join(folder, '.dossier', 'db.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, highlights: {} }));
    await svc.start(folder);
    expect(await call('store.status')).toMatchObject({ state: 'read-only', code: 'read-only' });
    expect(await fails('annotations.undo', undefined)).toMatchObject({ code: 'read-only' });
  });
});
