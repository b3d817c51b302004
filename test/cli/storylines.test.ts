import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const FIXTURES = fileURLToPath(new URL('../fixtures/storylines', import.meta.url));
let folder: string;
let pathOf: Map<string, string>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-cli-storylines-'));
  await cp(FIXTURES, folder, { recursive: true });
  const ingest = await runCli(['ingest', folder, '--json']);
  pathOf = new Map(
    ingest.json.files.flatMap((f: { path: string; stories: { id: string }[] }) => f.stories.map((s) => [s.id, f.path] as const)),
  );
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('dossier storylines / timeline', () => {
  it('storylines groups reports of one event from several outlets, each story in at most one storyline', async () => {
    const r = await runCli(['storylines', folder, '--json']);
    expect(r.code).toBe(0);
    const lines = r.json.storylines as { id: string; label: string; stories: string[]; first: string; last: string }[];
    const files = lines.map((l) => l.stories.map((id) => pathOf.get(id)).sort());
    expect(files).toContainEqual(expect.arrayContaining(['01_reuters.txt', '02_tass.txt', '05_xinhua_copy.txt']));
    expect(files.flat()).not.toContain('04_other.txt');
    const lavrov = lines.find((l) => l.stories.some((id) => pathOf.get(id) === '01_reuters.txt'))!;
    expect(lavrov).toMatchObject({ first: '2025-03-03', id: `sl-${lavrov.stories[0]}` });
    expect(lavrov.label).toMatch(/Lavrov|Wang Yi/);
    const all = lines.flatMap((l) => l.stories);
    expect(new Set(all).size).toBe(all.length);
  });

  it('timeline buckets stories by published date, by week or month, and narrows to a query', async () => {
    const week = await runCli(['timeline', folder, '--by', 'week', '--json']);
    expect(week.code).toBe(0);
    expect(week.json.buckets.map((b: { start: string; count: number }) => [b.start, b.count])).toEqual([
      ['2024-06-10', 2],
      ['2025-03-03', 4],
    ]);
    const month = await runCli(['timeline', folder, '--by', 'month', '--query', 'Lavrov', '--json']);
    expect(month.json.buckets).toEqual([{ start: '2025-03-01', count: 4, storyIds: expect.any(Array) }]);
    expect(month.json.buckets[0].storyIds.map((id: string) => pathOf.get(id)).sort()).toEqual([
      '01_reuters.txt',
      '02_tass.txt',
      '03_ap.txt',
      '05_xinhua_copy.txt',
    ]);
    const day = await runCli(['timeline', folder, '--json']);
    expect(day.json.buckets[0]).toMatchObject({ start: '2024-06-10', count: 1 });
  });

  it('refuses an unknown --by with a usage error', async () => {
    const r = await runCli(['timeline', folder, '--by', 'year', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by must be day, week or month');
  });
});
