import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { FIXTURES } from '../support/label-score';

let folder: string;

/** Run `dossier …` in-process through main(), capturing what it prints. */
const run = (...argv: string[]) => runCli(argv);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-cli-discovery-'));
  await cp(FIXTURES, folder, { recursive: true, filter: (src) => !src.endsWith('.json') });
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('dossier search / related / duplicates / entities', () => {
  it('search prints results with snippets and facets as one JSON document', async () => {
    const r = await run('search', folder, 'Lavrov Pyongyang', '--json');
    expect(r.code).toBe(0);
    expect(r.json.results).toHaveLength(1);
    const [hit] = r.json.results;
    expect(Object.keys(hit)).toEqual(expect.arrayContaining(['storyId', 'path', 'title', 'score', 'snippet']));
    expect(hit.path).toBe('06_lavrov_pyongyang.txt');
    expect(hit.snippet.marks.length).toBeGreaterThan(0);
    expect(Object.keys(r.json.facets).sort()).toEqual(['entities', 'languages', 'months', 'sources', 'tags']);
  });

  it('search finds Cyrillic text, and the stories naming the place in English (Пекин is Beijing)', async () => {
    const r = await run('search', folder, 'Пекине', '--json');
    const paths = r.json.results.map((x: { path: string }) => x.path);
    expect(paths[0]).toBe('09_ru_lavrov.txt');
    expect(paths.sort()).toEqual(['01_lavrov_tianjin.txt', '02_xi_putin_call.txt', '05_blinken_beijing.txt', '09_ru_lavrov.txt']);
    const exact = await run('search', folder, '="Пекине"', '--json');
    expect(exact.json.results.map((x: { path: string }) => x.path)).toEqual(['09_ru_lavrov.txt']);
  });

  it('a malformed query exits 1 with a bad-query error on stdout', async () => {
    const r = await run('search', folder, 'entity:"Wang', '--json');
    expect(r.code).toBe(1);
    expect(r.json.error.code).toBe('bad-query');
    expect(r.json.error.message).toContain('Unclosed quote after "Wang');
  });

  it('duplicates lists the copied wire story with its similarity', async () => {
    const r = await run('duplicates', folder, '--json');
    expect(r.code).toBe(0);
    expect(r.json.clusters).toHaveLength(1);
    expect(r.json.clusters[0].stories.map((s: { path: string }) => s.path).sort()).toEqual([
      '03_korea_drone.txt',
      '04_korea_drone_copy.txt',
    ]);
    expect(r.json.clusters[0].similarity).toBeGreaterThan(0.8);
    expect(r.json.clusters[0].similarity).toBeLessThanOrEqual(1);
  });

  it('related explains why each story is suggested', async () => {
    const dup = await run('duplicates', folder, '--json');
    const id = dup.json.clusters[0].stories[0].storyId;
    const r = await run('related', folder, id, '--json');
    expect(r.code).toBe(0);
    expect(r.json.related[0]).toMatchObject({ kind: 'duplicate', reason: expect.stringMatching(/identical$/) });
    expect(r.json.related.length).toBeLessThanOrEqual(10);
    const missing = await run('related', folder, 'no-such-story', '--json');
    expect(missing.code).toBe(1);
    expect(missing.json.error.code).toBe('story-not-found');
  });

  it('entities lists kinds, merged aliases and story counts', async () => {
    const r = await run('entities', folder, '--kind', 'person', '--json');
    expect(r.code).toBe(0);
    const putin = r.json.entities.find((e: { name: string }) => e.name === 'Vladimir Putin');
    expect(putin).toMatchObject({ kind: 'person', stories: 3 });
    expect(putin.aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Владимир Путин']));
    expect(r.json.entities.every((e: { kind: string }) => e.kind === 'person')).toBe(true);
  });
});
