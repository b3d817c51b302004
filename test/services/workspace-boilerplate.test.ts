import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceService } from '../../electron/services/workspace/workspace-service';
import { decodeLineKeys } from '../../electron/services/workspace/boilerplate-cache';
import { documentLineKeys } from '../../electron/core/text/boilerplate';
import { hashBytes } from '../../electron/services/workspace/read-dump';
import { eventually } from '../support/eventually';
import { article, PROMPT, sitePage } from '../support/site-dumps';

const open: { ws: WorkspaceService; dir: string }[] = [];
afterEach(async () => {
  for (const { ws, dir } of open.splice(0)) {
    await ws.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

function folder(pages: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-template-'));
  for (let i = 0; i < pages; i++) writeFileSync(join(dir, `page-${i}.txt`), sitePage(i));
  return dir;
}

async function start(dir: string, watch = true): Promise<WorkspaceService> {
  const ws = new WorkspaceService({ sampleFolder: join(dir, 'no-sample'), emit: () => undefined, watch, ingestWorkers: 0 });
  await ws.open(dir);
  open.push({ ws, dir });
  return ws;
}

/** The text of each site-template span of `path`, as the reader gets it. */
function templateOf(ws: WorkspaceService, path: string): string[] {
  return ws
    .listStories()
    .filter((s) => s.path === path)
    .flatMap((s) => {
      const view = ws.getStory(s.id);
      const at = view.story.start;
      return view.noise.filter((n) => n.kind === 'boilerplate').map((n) => view.text.slice(n.start - at, n.end - at));
    });
}

describe('site template in a workspace', () => {
  it('marks the line every page of the folder carries, with its own noise kind, and keeps the articles', async () => {
    const ws = await start(folder(4), false);
    for (let i = 0; i < 4; i++) {
      expect(templateOf(ws, `page-${i}.txt`)).toEqual([PROMPT]);
      const s = ws.listStories().find((x) => x.path === `page-${i}.txt`)!;
      expect(s.title).toBe(article(i).headline);
    }
  });

  it('updates the marks while watching: a third page makes the line template in the other two, a removal takes it back', async () => {
    const dir = folder(2);
    const ws = await start(dir);
    const layout = (id: string) => [id, ws.storyRecord(id).start, ws.storyRecord(id).end];
    const before = ws.listStories().map((s) => layout(s.id));
    expect(templateOf(ws, 'page-0.txt')).toEqual([]);
    writeFileSync(join(dir, 'page-2.txt'), sitePage(2));
    await eventually(() => expect(templateOf(ws, 'page-0.txt')).toEqual([PROMPT]));
    expect(templateOf(ws, 'page-1.txt')).toEqual([PROMPT]);
    // Only noise moved: the stories keep their ids and offsets.
    const kept = ws.listStories().filter((s) => s.path !== 'page-2.txt');
    expect(kept.map((s) => layout(s.id))).toEqual(before);
    unlinkSync(join(dir, 'page-2.txt'));
    await eventually(() => expect(templateOf(ws, 'page-0.txt')).toEqual([]));
    expect(templateOf(ws, 'page-1.txt')).toEqual([]);
  });

  it('keeps its line keys in the cache, and ignores a cache file of garbage', async () => {
    const dir = folder(3);
    let ws = await start(dir, false);
    await ws.stop();
    const cache = join(dir, '.dossier', 'cache', 'boilerplate.bin');
    await eventually(() => expect(existsSync(cache)).toBe(true));
    expect(decodeLineKeys(new Uint8Array(readFileSync(cache)))?.size).toBe(3);
    open.splice(0);
    for (const garbage of [
      Buffer.from('not a cache at all'),
      Buffer.alloc(4096, 0xff),
      Buffer.from([0x31, 0x42, 0x4c, 0x44, 9, 9, 9, 9]),
    ]) {
      mkdirSync(join(dir, '.dossier', 'cache'), { recursive: true });
      writeFileSync(cache, garbage);
      expect(decodeLineKeys(new Uint8Array(garbage))).toBeNull();
      ws = await start(dir, false);
      expect(templateOf(ws, 'page-0.txt')).toEqual([PROMPT]);
      await ws.stop();
      open.splice(0);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('never lets a planted cache mark an article as site template: keys come from the dump itself', async () => {
    const dir = folder(12);
    // A forged cache claims that pages 0-10 also hold every line of page 11's article.
    const own = documentLineKeys(readFileSync(join(dir, 'page-11.txt'), 'utf8'));
    const enc = new TextEncoder();
    const entries = Array.from({ length: 11 }, (_, i) => {
      const bytes = readFileSync(join(dir, `page-${i}.txt`));
      const keys = [...new Set([...documentLineKeys(bytes.toString('utf8')), ...own])].sort((a, b) => a - b);
      return { path: enc.encode(`page-${i}.txt`), hash: enc.encode(hashBytes(bytes)), keys };
    });
    const size = entries.reduce((n, e) => n + 12 + e.path.length + e.hash.length + 4 * e.keys.length, 8);
    const file = Buffer.alloc(size);
    file.writeUInt32LE(0x444c4231, 0);
    file.writeUInt32LE(entries.length, 4);
    let at = 8;
    for (const e of entries) {
      for (const b of [e.path, e.hash]) {
        file.writeUInt32LE(b.length, at);
        file.set(b, at + 4);
        at += 4 + b.length;
      }
      file.writeUInt32LE(e.keys.length, at);
      at += 4;
      for (const k of e.keys) at = file.writeUInt32LE(k, at);
    }
    mkdirSync(join(dir, '.dossier', 'cache'), { recursive: true });
    writeFileSync(join(dir, '.dossier', 'cache', 'boilerplate.bin'), file);
    expect(decodeLineKeys(new Uint8Array(file))?.size).toBe(11);
    const ws = await start(dir, false);
    expect(templateOf(ws, 'page-11.txt').some((t) => t.includes(article(11).body[0]))).toBe(false);
    expect(templateOf(ws, 'page-11.txt')).toContain(PROMPT);
  });

  it('does not trust cached keys for bytes that changed', async () => {
    const dir = folder(3);
    const ws = await start(dir, false);
    await ws.stop();
    open.splice(0);
    // Page 2 is now another site's page: the prompt is left in two dumps, below the bar.
    writeFileSync(join(dir, 'page-2.txt'), article(9).body.join('\n\n'));
    const again = await start(dir, false);
    expect(templateOf(again, 'page-0.txt')).toEqual([]);
  });
});
