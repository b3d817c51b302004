import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlConverter } from '../../electron/services/workers/html-converter';
import { writeImports } from '../../electron/services/workspace/import-files';

const converters: HtmlConverter[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const c of converters.splice(0)) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const page = (s: string) => new TextEncoder().encode(s);
const b64 = (s: string) => Buffer.from(s).toString('base64');
/** A worker that comes up and then never answers: a page that would stall a reader forever. */
const STALLING = {
  eval: true as const,
  code: "const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => { for (;;) {} }); parentPort.postMessage({ ready: true });",
};

describe('HTML conversion in a worker with a time budget', () => {
  it('converts pages in a worker thread', { timeout: 60_000 }, async () => {
    const c = new HtmlConverter();
    converters.push(c);
    expect(await c.convert(page('<nav>Menu</nav><h1>Harbour Reopens</h1><p>Ships queued.</p>'))).toEqual({
      ok: true,
      text: 'Harbour Reopens\n\nShips queued.\n',
    });
    // 300 KB of unclosed <nav>: linear, well inside the budget.
    const r = await c.convert(page('<nav>menu item '.repeat(20_000)));
    expect(r.ok && r.text.startsWith('menu item')).toBe(true);
    expect(c.mode).toBe('worker');
  });

  it('stops a page that runs past its budget, rejects it with a reason, and reads the next one', { timeout: 60_000 }, async () => {
    const c = new HtmlConverter(300, STALLING);
    converters.push(c);
    const first = await c.convert(page('<p>stalls</p>'));
    expect(first.ok).toBe(false);
    expect(!first.ok && first.reason).toMatch(/took longer than .* not imported/);
    // The stalled thread was terminated; the next page gets a fresh worker (which stalls too, and is stopped too).
    expect((await c.convert(page('<p>again</p>'))).ok).toBe(false);
  });

  it('drop-import rejects a stalling page with its reason and imports the other files', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-html-'));
    dirs.push(dir);
    const c = new HtmlConverter(300, STALLING);
    converters.push(c);
    const res = await writeImports(
      { folder: dir, pathWithContent: () => undefined, progress: () => undefined },
      [
        { name: 'hostile.xhtml', data: b64('<nav>'.repeat(1000)) },
        { name: 'notes.txt', data: b64('Ferry Service Resumes\n\nThe first ferry left at six.\n') },
      ],
      c,
    );
    expect(res.rejected).toEqual([{ name: 'hostile.xhtml', reason: expect.stringMatching(/took longer than/) }]);
    expect(res.imported.map((i) => i.path)).toEqual(['notes.txt']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toContain('first ferry');
  });
});
