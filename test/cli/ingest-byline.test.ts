import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const BODY = [
  'The harbour board agreed on Monday to dredge the northern channel before the winter storms, ending a dispute that had run for two years.',
  'Fishing crews had complained that the silted channel forced them to wait for high tide, and the board said the work would take six weeks.',
].join('\n\n');

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'dossier-cli-byline-'));
  writeFileSync(join(folder, 'dredging.txt'), `Harbour Board Backs Channel Dredging\n\nBy Anna Lindqvist\n\n${BODY}\n`);
  writeFileSync(join(folder, 'unsigned.txt'), `Ferry Fares To Rise In Spring\n\n${BODY.replace(/dredge/g, 'reprice')}\n`);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('bylines in the command line output', () => {
  it('ingest --json prints each story with its byline (null when it names no writer)', async () => {
    const r = await runCli(['ingest', folder, '--json']);
    expect(r.code).toBe(0);
    const stories = (r.json as { files: { path: string; stories: { title: string; byline: string | null }[] }[] }).files.flatMap((f) =>
      f.stories.map((s) => [f.path, s.byline]),
    );
    expect(stories).toEqual([
      ['dredging.txt', 'Anna Lindqvist'],
      ['unsigned.txt', null],
    ]);
  });

  it('search results carry the byline with the other metadata', async () => {
    const r = await runCli(['search', folder, 'northern channel', '--json']);
    expect(r.code).toBe(0);
    const rows = (r.json as { results: { path: string; byline: string | null }[] }).results;
    expect(rows.find((x) => x.path === 'dredging.txt')?.byline).toBe('Anna Lindqvist');
  });
});
