import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let folder: string;
const run = (...argv: string[]) => runCli(argv);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-cli-xscript-'));
  await writeFile(
    join(folder, 'en.txt'),
    'Putin Hosts Talks\n\nMOSCOW (Reuters) – Russian President Vladimir Putin met ministers in Moscow on Monday, officials said.\n\n' +
      'Putin said the talks on grain exports would continue next week with partners from Asia.\n',
  );
  await writeFile(
    join(folder, 'ru.txt'),
    'Переговоры в Кремле\n\nПрезидент России Владимир Путин провёл встречу с министрами в Москве в понедельник.\n\n' +
      'Песков подтвердил слова Путина о продолжении переговоров на следующей неделе.\n',
  );
  await writeFile(
    join(folder, 'gallery.txt'),
    'Photo Gallery Of The Week\n\nPictures from around the world were collected by our editors this week for readers.\n\n' +
      'Zelensky thanks allies #Ukraine #Kyiv #allies\n\nThe gallery continues with pictures of the harvest in the south of the country.\n',
  );
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('dossier search and entities across scripts', () => {
  it('search finds both scripts, a dateline, and says which hits are only in hidden lines', async () => {
    const putin = await run('search', folder, 'Путин', '--json');
    expect(putin.json.results.map((r: { path: string }) => r.path).sort()).toEqual(['en.txt', 'ru.txt']);
    const moscow = await run('search', folder, 'moscow reuters', '--json');
    expect(moscow.json.results.map((r: { path: string }) => r.path)).toEqual(['en.txt']);
    const hidden = await run('search', folder, 'zelensky', '--json');
    expect(hidden.json.results.map((r: { path: string; tier?: string }) => [r.path, r.tier])).toEqual([['gallery.txt', 'hidden']]);
  });

  it('entities merges the spellings of one person and counts mentions, not stories', async () => {
    const r = await run('entities', folder, '--json');
    const putin = r.json.entities.filter((e: { aliases: string[] }) => e.aliases.includes('Путина') || e.aliases.includes('Putin'));
    expect(putin).toHaveLength(1);
    expect(putin[0]).toMatchObject({ kind: 'person', name: 'Vladimir Putin', stories: 2 });
    expect(putin[0].aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin', 'Владимир Путин', 'Путина']));
    expect(putin[0].mentions).toBe(4);
    const moscow = r.json.entities.filter((e: { aliases: string[] }) => e.aliases.includes('Москве') || e.aliases.includes('Moscow'));
    expect(moscow).toHaveLength(1);
  });

  it('counts a name in the headline once, not again for the title', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-cli-mentions-'));
    try {
      await writeFile(
        join(dir, 'one.txt'),
        'Lavrov arrives in Beijing for talks\n\nThe talks in Beijing began on Monday, the foreign ministry said.\n',
      );
      const r = await runCli(['entities', dir, '--json']);
      const beijing = r.json.entities.filter((e: { aliases: string[] }) => e.aliases.includes('Beijing'));
      expect(beijing).toHaveLength(1);
      expect(beijing[0]).toMatchObject({ stories: 1, mentions: 2 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
