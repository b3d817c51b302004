import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

/** Run `dossier …` in-process, returning exit code, parsed stdout and stderr. */
const dossier = (...args: string[]) => runCli(args);

// A made-up single-story dump, written by the test.
const DUMP = `Ferry Service to Orran Island Suspended After Storm Damage

The regional ferry operator said on Thursday that crossings to Orran Island would stop for at least two weeks after a storm damaged the landing stage.
Islanders said the closure would cut off deliveries of fuel and medicine. The operator said the closure was the only safe option.
Repairs are expected to begin once engineers have inspected the pier.
`;

let folder: string;
let storyId: string;

// Story ids depend on the file's path and headline, not its folder: learn the id once.
beforeAll(async () => {
  const probe = await mkdtemp(join(tmpdir(), 'dossier-cli-ann-'));
  await writeFile(join(probe, 'orran.txt'), DUMP);
  const ingest = await dossier('ingest', probe, '--json');
  await rm(probe, { recursive: true, force: true });
  expect(ingest.code).toBe(0);
  storyId = ingest.json.files[0].stories[0].id;
});

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-cli-ann-'));
  await writeFile(join(folder, 'orran.txt'), DUMP);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('dossier annotate / verify / export', () => {
  it('annotates by quote, then verify and export see the highlight through file edits', async () => {
    const a = await dossier(
      'annotate',
      folder,
      '--story',
      storyId,
      '--exact',
      'a storm damaged the landing stage',
      '--tag',
      'topic/transport',
      '--tag',
      'region/orran',
      '--color',
      'blue',
      '--note',
      'check date',
      '--json',
    );
    expect(a.code).toBe(0);
    expect(a.json).toMatchObject({
      storyId,
      color: 'blue',
      note: 'check date',
      tags: ['topic/transport', 'region/orran'],
      anchor: { status: 'ok' },
    });
    expect(DUMP.slice(a.json.selectors.position.start, a.json.selectors.position.end)).toBe('a storm damaged the landing stage');

    expect((await dossier('verify', folder, '--json')).json).toEqual({ highlights: 1, ok: 1, moved: 0, orphaned: 0, problems: [] });

    // The dump gains an editor's note at the top: the highlight moves with its text.
    await writeFile(join(folder, 'orran.txt'), DUMP.replace('\n\n', '\n\nUpdated 14:00 with comment from the operator.\n'));
    const v = await dossier('verify', folder, '--json');
    expect(v.json).toMatchObject({ highlights: 1, ok: 0, moved: 1, orphaned: 0 });
    expect(v.json.problems[0]).toMatchObject({ highlightId: a.json.id, status: 'moved' });
    const e = await dossier('export', folder, '--json');
    expect(e.code).toBe(0);
    expect(e.json.highlights).toEqual([expect.objectContaining({ id: a.json.id, anchor: expect.objectContaining({ status: 'moved' }) })]);
    expect(e.json.tags.map((t: { name: string }) => t.name)).toEqual(['region/orran', 'topic/transport']);
    expect(e.json.status.state).toBe('ok');
  });

  it('reports an orphan, and keeps it, when the quoted text is gone', async () => {
    await dossier('annotate', folder, '--story', storyId, '--exact', 'deliveries of fuel and medicine', '--json');
    await writeFile(join(folder, 'orran.txt'), DUMP.replace('deliveries of fuel and medicine', 'supplies'));
    const v = await dossier('verify', folder, '--json');
    expect(v.json).toMatchObject({ highlights: 1, ok: 0, orphaned: 1 });
    expect(v.json.problems[0].message).toMatch(/could not be found/);
    expect((await dossier('export', folder, '--json')).json.highlights).toHaveLength(1);
  });

  it('picks the first of several occurrences and says so on stderr', async () => {
    const a = await dossier('annotate', folder, '--story', storyId, '--exact', 'the closure', '--json');
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/occurs 2 times.*first/);
    expect(a.json.selectors.position.start).toBe(DUMP.indexOf('the closure'));
  });

  it('fails clearly for text not in the story, an unknown story, a bad color, or missing flags', async () => {
    const missing = await dossier('annotate', folder, '--story', storyId, '--exact', 'volcano', '--json');
    expect(missing.code).toBe(1);
    expect(missing.json.error.code).toBe('quote-not-found');
    expect((await dossier('annotate', folder, '--story', 'nope', '--exact', 'storm', '--json')).json.error.code).toBe('story-not-found');
    const color = await dossier('annotate', folder, '--story', storyId, '--exact', 'storm', '--color', 'chartreuse', '--json');
    expect(color.code).toBe(1);
    expect(color.json.error.code).toBe('invalid-args');
    expect((await dossier('annotate', folder, '--story', storyId, '--json')).code).toBe(2);
    expect((await dossier('verify', folder, '--json')).json.highlights).toBe(0);
  });
});
