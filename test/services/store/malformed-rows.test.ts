import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type Services } from '../../../electron/core/api';
import { AnnotationService } from '../../../electron/services/annotations/annotation-service';
import { DUMP, rangeOf, sampleWorkspace } from '../../support/fake-workspace';

let folder: string;
let svc: AnnotationService;
const dossier = () => join(folder, '.dossier');
const RANGE = rangeOf(DUMP, 'the new breakwater would open in spring');

const goodHighlight = {
  id: 'good',
  storyId: 'calder',
  docPath: 'news/calder.txt',
  selectors: { quote: { exact: DUMP.slice(RANGE.start, RANGE.end), prefix: '', suffix: '' }, position: RANGE },
  color: 'yellow',
  note: 'survives',
  tags: ['topic/ports'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  anchor: { status: 'ok', start: RANGE.start, end: RANGE.end, checkedAt: '2026-01-01T00:00:00.000Z' },
};

async function call(method: string, args?: unknown) {
  return dispatch({ annotations: svc } as unknown as Services, method, args);
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-rows-'));
  await mkdir(dossier());
});
afterEach(async () => {
  await svc?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('malformed rows in db.json', () => {
  it('are skipped and reported; the good rows open and the API answers', async () => {
    await writeFile(
      join(dossier(), 'db.json'),
      JSON.stringify({
        schemaVersion: 1,
        highlights: { good: goodHighlight, bad: null, worse: { id: 'worse', storyId: 'calder' } },
        tags: { 'topic/ports': { name: 'topic/ports', color: 'blue' }, broken: null, odd: { name: 7 } },
        links: { l1: null, l2: { id: 'l2', from: 'calder' } },
        dismissed: { d1: 'nope' },
        notes: { calder: { storyId: 'calder', text: 'a note', updatedAt: '' } },
      }),
    );
    svc = new AnnotationService(sampleWorkspace(), () => undefined);
    const status = await svc.start(folder);
    expect(status.state).toBe('recovered');
    expect(status.message).toMatch(/7 damaged records were skipped/);
    for (const method of ['tags.list', 'highlights.list', 'dismissals.list', 'annotations.export', 'annotations.verify']) {
      const r = await call(method);
      expect(r.ok, `${method}: ${JSON.stringify(r)}`).toBe(true);
    }
    expect(svc.listHighlights().map((h) => h.note)).toEqual(['survives']);
    expect(svc.listTags().map((t) => t.name)).toEqual(['topic/ports']);
    expect(svc.getNote('calder')?.text).toBe('a note');
    expect(((await call('links.listForStory', { storyId: 'calder' })) as { ok: boolean }).ok).toBe(true);
    // Still writable, and the skipped rows are kept aside rather than silently dropped.
    await svc.setNote('westmere', 'after');
    const names = await readdir(dossier());
    const aside = names.find((n) => /^db\.corrupt-.*\.json$/.test(n));
    expect(aside).toBeTruthy();
    expect(await readFile(join(dossier(), aside!), 'utf8')).toContain('"worse"');
  });

  it('a null tag row alone is an ordinary skipped record, never an internal error', async () => {
    await writeFile(join(dossier(), 'db.json'), JSON.stringify({ schemaVersion: 1, tags: { broken: null } }));
    svc = new AnnotationService(sampleWorkspace(), () => undefined);
    await svc.start(folder);
    expect(await call('tags.list')).toEqual({ ok: true, value: [] });
    expect(svc.status().message).toMatch(/1 damaged record was skipped/);
  });

  it('a malformed row in the journal is skipped, the rest replayed', async () => {
    const line = (rows: unknown) => `${JSON.stringify(rows)}\n`;
    await appendFile(
      join(dossier(), 'db.journal'),
      line([['tags', 'x', null]]) +
        line([
          ['tags', 'topic/ports', { name: 'topic/ports', color: 'url(javascript:x)' }],
          ['notes', 'calder', { storyId: 'calder', text: 'kept', updatedAt: '' }],
        ]) +
        line([
          ['highlights', 'good', goodHighlight],
          ['links', 'l', { id: 'l' }],
        ]),
    );
    svc = new AnnotationService(sampleWorkspace(), () => undefined);
    const status = await svc.start(folder);
    expect(status.state).toBe('recovered');
    expect(status.message).toMatch(/2 damaged records were skipped/);
    expect((await call('tags.list')).ok).toBe(true);
    expect(svc.getNote('calder')?.text).toBe('kept');
    expect(svc.listHighlights().map((h) => h.id)).toEqual(['good']);
  });
});
