import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { dispatch } from '../../electron/core/api';
import type { DiscoveryProgress } from '../../electron/core/ports/discovery-port';
import { FIXTURES } from '../support/label-score';

let folder: string;
let progress: DiscoveryProgress[];
let services: ReturnType<typeof createServices>[];

function make() {
  const s = createServices({
    sampleFolder: folder,
    watch: false,
    emit: (event, payload) => {
      if (event === 'discovery.progress') progress.push(payload as DiscoveryProgress);
    },
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
  services.push(s);
  return s;
}

async function openReady() {
  const s = make();
  await s.workspace.open(folder);
  await s.discovery.whenReady();
  return s;
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-discovery-'));
  await cp(FIXTURES, folder, { recursive: true, filter: (src) => !src.endsWith('.json') });
  progress = [];
  services = [];
});

afterEach(async () => {
  for (const s of services) {
    // Every service, discovery's background work and cache saves included, so nothing writes while the folder is removed.
    await s.stop().catch(() => undefined);
  }
  await rm(folder, { recursive: true, force: true });
});

describe('discovery service over a workspace folder', () => {
  it('answers search through dispatch, and a bad query with a bad-query error', async () => {
    const s = await openReady();
    const ok = await dispatch(s, 'search.query', { query: 'Pyongyang -drones' });
    expect(ok.ok).toBe(true);
    const titles = (ok as { value: { results: { title: string }[] } }).value.results.map((r) => r.title);
    expect(titles).toEqual(['Sergey Lavrov visits Pyongyang as ties with Moscow deepen']);
    const bad = await dispatch(s, 'search.query', { query: 'entity:"Wang' });
    expect(bad).toEqual({ ok: false, error: { code: 'bad-query', message: expect.stringContaining('Unclosed quote after "Wang') } });
    const invalid = await dispatch(s, 'search.query', { query: 3 });
    expect(invalid.ok).toBe(false);
  });

  it('reports progress and finds entities, related stories and the duplicate pair', async () => {
    const s = await openReady();
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['index', 'entities', 'duplicates', 'ready']));
    const clusters = await s.discovery.duplicateClusters();
    expect(clusters).toHaveLength(1);
    expect(clusters[0].stories.map((x) => x.path).sort()).toEqual(['03_korea_drone.txt', '04_korea_drone_copy.txt']);
    const view = await s.discovery.duplicateCluster(clusters[0].id);
    const variant = view.variants.find((v) => v.storyId !== view.referenceId)!;
    expect(variant.added.map((r) => variant.text.slice(r.start, r.end)).sort()).toEqual(expect.arrayContaining(['serious']));
    const related = await s.discovery.related(clusters[0].stories[0].storyId);
    expect(related[0].reason).toMatch(/^same story as 'North Korea blames Seoul/);
    const lavrov = (await s.discovery.listEntities('person')).find((e) => e.name === 'Sergei Lavrov' || e.name === 'Sergey Lavrov')!;
    expect(lavrov.stories).toBeGreaterThanOrEqual(3);
    expect(lavrov.aliases).toEqual(expect.arrayContaining(['Сергей Лавров']));
    const detail = await s.discovery.getEntity(lavrov.id);
    expect(detail.cooccurring.map((c) => c.name)).toContain('Wang Yi');
    // The forms seen and in which stories: the Cyrillic spelling points at the Russian story that wrote it.
    const cyr = detail.forms.find((f) => f.form === 'Сергей Лавров')!;
    expect(cyr.stories).toBeGreaterThanOrEqual(1);
    expect(cyr.storyIds.map((id) => detail.storyList.find((x) => x.storyId === id)?.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.txt$/)]),
    );
    expect(detail.forms.reduce((n, f) => n + f.stories, 0)).toBeGreaterThanOrEqual(lavrov.stories);
    expect(new Set(detail.forms.map((f) => f.form))).toEqual(new Set(detail.aliases.filter((a) => detail.forms.some((f) => f.form === a))));
    const byEntity = await s.discovery.search('entity:"Сергей Лавров"');
    expect(byEntity.total).toBe(lavrov.stories);
  });

  it('reopens from .dossier/cache without re-indexing, and re-indexes only a changed file', async () => {
    await openReady();
    const cacheFile = join(folder, '.dossier/cache/search-index.bin');
    const before = (await stat(cacheFile)).mtimeMs;
    progress = [];
    const again = await openReady();
    expect(progress.filter((p) => p.phase === 'index').at(-1)).toEqual({ phase: 'index', done: 0, total: 0 });
    expect(progress.filter((p) => p.phase === 'entities').at(-1)).toEqual({ phase: 'entities', done: 0, total: 0 });
    expect((await stat(cacheFile)).mtimeMs).toBe(before);
    expect((await again.discovery.search('tianjin')).total).toBe(1);

    // A dump changes while the app was closed: only that file is re-read.
    const path = join(folder, '10_cafe_diacritics.txt');
    await writeFile(path, (await readFile(path, 'utf8')).replace('pension reform', 'pension reform and a Tianjin delegation'));
    progress = [];
    const third = await openReady();
    expect(progress.filter((p) => p.phase === 'index').at(-1)).toEqual({ phase: 'index', done: 1, total: 1 });
    expect((await third.discovery.search('tianjin')).total).toBe(2);
  });

  it('re-indexes a file the workspace re-reads while open (updateFiles through onFilesChanged)', async () => {
    const s = await openReady();
    const path = join(folder, '10_cafe_diacritics.txt');
    await writeFile(path, (await readFile(path, 'utf8')).replace('pension reform', 'pension reform and a Tianjin delegation'));
    await s.workspace.reprocess('10_cafe_diacritics.txt');
    await s.discovery.whenReady();
    expect((await s.discovery.search('tianjin')).results.map((r) => r.path).sort()).toEqual([
      '01_lavrov_tianjin.txt',
      '10_cafe_diacritics.txt',
    ]);
    await s.discovery.updateFiles([], ['01_lavrov_tianjin.txt']);
    expect((await s.discovery.search('tianjin')).results.map((r) => r.path)).toEqual(['10_cafe_diacritics.txt']);
  });

  it('catches up on files added and removed while closed', async () => {
    const s = await openReady();
    await rm(join(folder, '01_lavrov_tianjin.txt'));
    await writeFile(join(folder, '11_new.txt'), 'Tianjin port reopens\n\nThe port of Tianjin reopened on Friday after a storm.\n');
    await s.workspace.reprocess('11_new.txt').catch(() => undefined);
    await s.workspace.open(folder);
    await s.discovery.whenReady();
    const r = await s.discovery.search('tianjin');
    expect(r.results.map((x) => x.path)).toEqual(['11_new.txt']);
  });

  it('keeps manual merges and splits in .dossier/entity-overrides.json across reopen', async () => {
    const s = await openReady();
    const people = await s.discovery.listEntities('person');
    const peskov = people.find((e) => e.name === 'Dmitry Peskov')!;
    const xi = people.find((e) => e.name === 'Xi Jinping')!;
    await s.discovery.mergeEntities(xi.id, peskov.id);
    const saved = JSON.parse(await readFile(join(folder, '.dossier/entity-overrides.json'), 'utf8'));
    expect(saved.merges).toEqual([{ from: xi.id, into: peskov.id }]);
    const again = await openReady();
    const merged = (await again.discovery.listEntities('person')).find((e) => e.id === peskov.id)!;
    expect(merged.aliases).toEqual(expect.arrayContaining(['Xi Jinping', 'Dmitry Peskov']));
    const bad = await dispatch(again, 'entities.split', { id: peskov.id, alias: 'Nobody' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'alias-not-found' } });
  });

  it('builds a timeline of undated stories apart (the fixtures carry no dates)', async () => {
    const s = await openReady();
    const t = await s.discovery.timeline('lavrov', 'week');
    expect(t.groups.flatMap((g) => g.stories).length + t.undated.length).toBe((await s.discovery.search('lavrov')).total);
  });
});
