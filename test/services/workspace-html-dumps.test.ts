import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceService } from '../../electron/services/workspace/workspace-service';
import { htmlToText } from '../../electron/core/library/html-text';
import { eventually } from '../support/eventually';

const PARAS = [
  'The harbour council voted on Tuesday to rebuild the northern breakwater before the winter storms arrive, ending a long debate.',
  'Engineers told the meeting that the old stone wall had moved several centimetres since the spring and could be breached by a storm.',
  'The mayor said the cost would be met from the reserve fund, and that no new harbour fees would be charged to the fishing fleet this year.',
  'Work is expected to begin in October and to last about fourteen weeks, during which the eastern quay will stay open to boats under twelve metres long.',
];

/** A news page with its furniture: menus, a newsletter box, related links and a footer around one article. */
const page = (title: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="promo">Subscribe to our newsletter for the morning briefing</div>
<main><article><h1>${title}</h1>${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<aside class="related"><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">Market reopens</a></li></ul></aside>
<footer>Copyright 2026 Harbour Gazette. All rights reserved.</footer></body></html>`;

const dirs: string[] = [];
const services: WorkspaceService[] = [];
afterEach(async () => {
  for (const ws of services.splice(0)) await ws.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-html-'));
  dirs.push(dir);
  return dir;
}

function service(watch: boolean): WorkspaceService {
  const ws = new WorkspaceService({ sampleFolder: '/nonexistent-sample', emit: () => undefined, watch });
  services.push(ws);
  return ws;
}

describe('HTML pages in the workspace folder', () => {
  it('are watched and read as dumps: the article is the first story, the page around it is site chrome', async () => {
    const dir = folder();
    const ws = service(true);
    await ws.open(dir);
    const html = page('Council Votes To Rebuild The Breakwater');
    writeFileSync(join(dir, 'gazette.html'), html);
    await eventually(() => expect(ws.listStories().filter((s) => s.path === 'gazette.html').length).toBeGreaterThan(0), 20_000);

    const [story] = ws.listStories().filter((s) => s.path === 'gazette.html');
    expect(story.title).toBe('Council Votes To Rebuild The Breakwater');
    const text = ws.rawFile('gazette.html').text;
    expect(text.startsWith(`Council Votes To Rebuild The Breakwater\n\n${PARAS[0]}\n\n${PARAS[1]}`)).toBe(true);
    // Nothing of the page is lost: its whole text follows the article.
    expect(text.endsWith(htmlToText(html))).toBe(true);

    const full = ws.storyRecord(story.id);
    expect(full.start).toBe(0);
    const chrome = full.noise.filter((n) => n.kind === 'site-chrome');
    const clean = (i: number) => !full.noise.some((n) => i >= n.start && i < n.end);
    expect(chrome.map((n) => n.end)).toContain(text.length);
    expect(clean(text.indexOf('Subscribe to our newsletter'))).toBe(false);
    expect(clean(text.indexOf(PARAS[2]))).toBe(true);
  });

  it('derive the same text and offsets from the same bytes, and .htm is read too', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'one.htm'), page('Breakwater Work Starts In October'));
    const a = service(false);
    await a.open(dir);
    const first = {
      text: a.rawFile('one.htm').text,
      stories: a.listStories().map((s) => [s.title, a.storyRecord(s.id).start, a.storyRecord(s.id).end]),
    };
    await a.stop();
    const b = service(false);
    await b.open(dir);
    expect(first.stories.length).toBe(1);
    expect(b.rawFile('one.htm').text).toBe(first.text);
    expect(b.listStories().map((s) => [s.title, b.storyRecord(s.id).start, b.storyRecord(s.id).end])).toEqual(first.stories);
  });

  it('fall back to the whole page text when no article is found, and hostile pages never stop the library', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'good.txt'), `Good Harbour Story\n\n${PARAS.join('\n\n')}\n`);
    writeFileSync(join(dir, 'short.html'), '<html><body><div><span>Ferry fares rise</span></div></body></html>');
    writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div><b>'.repeat(40_000)}deep text${'</b></div>'.repeat(40_000)}</body></html>`);
    writeFileSync(join(dir, 'garbage.html'), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 131 + 7) % 256)));
    writeFileSync(
      join(dir, 'unclosed.html'),
      '<html><head><title>Broken<script>while(1){}</title><body><p>An <b><i>unclosed <table><tr><td>page',
    );
    const ws = service(false);
    await ws.open(dir);

    const files = new Map(ws.listFiles().map((f) => [f.path, f]));
    for (const name of ['good.txt', 'short.html', 'deep.html', 'garbage.html', 'unclosed.html']) {
      const f = files.get(name);
      expect(f, name).toBeDefined();
      if (f!.status !== 'ok') expect(f!.error?.message, name).toMatch(/\w/);
    }
    expect(ws.listStories().some((s) => s.path === 'good.txt')).toBe(true);
    expect(files.get('short.html')!.status).toBe('ok');
    expect(ws.rawFile('short.html').text).toBe(htmlToText('<html><body><div><span>Ferry fares rise</span></div></body></html>'));
    expect(ws.rawFile('deep.html').text).toContain('deep text');
  });
});
