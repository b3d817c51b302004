import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const ARTICLE = [
  'The ferry operator said on Monday that the winter timetable would start a week early because of the storms forecast for the coast.',
  'Passengers with tickets for cancelled sailings will be moved to the next crossing free of charge, and refunds will be paid within ten days.',
  'The company also confirmed that the new vessel ordered last year will arrive in the spring, after sea trials that were delayed by a strike.',
  'Local traders welcomed the news but asked for more evening sailings so that day visitors can stay for dinner in the old town.',
];
const PAGE = `<html><head><title>Winter Ferry Timetable Starts Early</title></head><body>
<div class="menu">Home | Travel | Weather</div>
<article>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</article>
<div class="share">Share this story</div></body></html>`;

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'dossier-cli-text-'));
  writeFileSync(join(folder, 'ferry.html'), PAGE);
  writeFileSync(join(folder, 'notes.txt'), `Harbour Notes\n\n${ARTICLE.join('\n\n')}\n`);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface FileOut {
  path: string;
  status: string;
  text?: string;
  stories: { title: string; start: number; end: number; noise: { kind: string; start: number; end: number }[] }[];
}

describe('dossier ingest <folder> --json --with-text', () => {
  it("prints each file's document text, which the story offsets index (for a page, the text derived from it)", async () => {
    const r = await runCli(['ingest', folder, '--json', '--with-text']);
    expect(r.code).toBe(0);
    const files = (r.json as { files: FileOut[] }).files;
    const page = files.find((f) => f.path === 'ferry.html')!;
    const notes = files.find((f) => f.path === 'notes.txt')!;
    expect(notes.text).toBe(`Harbour Notes\n\n${ARTICLE.join('\n\n')}\n`);
    expect(page.status).toBe('ok');
    expect(page.text!.startsWith(`Winter Ferry Timetable Starts Early\n\n${ARTICLE[0]}\n\n${ARTICLE[1]}`)).toBe(true);
    const [first] = page.stories;
    expect(first.title).toBe('Winter Ferry Timetable Starts Early');
    const menu = page.text!.indexOf('Home | Travel');
    expect(menu).toBeGreaterThan(0);
    expect(first.noise.some((n) => n.kind === 'site-chrome' && n.start <= menu && n.end >= page.text!.length)).toBe(true);
  });

  it('leaves the text out without the switch', async () => {
    const r = await runCli(['ingest', folder, '--json']);
    expect((r.json as { files: FileOut[] }).files.every((f) => f.text === undefined)).toBe(true);
  });
});
