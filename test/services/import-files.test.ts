import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, readdirSync, mkdirSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceService } from '../../electron/services/workspace/workspace-service';
import { dispatch, type ApiEvents, type EventName, type Services } from '../../electron/core/api';
import type { ImportResult } from '../../electron/core/library/import-rules';

const dirs: string[] = [];
const services: WorkspaceService[] = [];
afterEach(async () => {
  for (const ws of services.splice(0)) await ws.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
const STORY = 'Ferry Service Resumes After Storm\n\nThe first ferry left the harbour at six, a day after the storm closed the strait.\n';

async function setup(files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-import-'));
  dirs.push(dir);
  for (const [p, t] of Object.entries(files)) writeFileSync(join(dir, p), t);
  const progress: ApiEvents['import.progress'][] = [];
  const ws = new WorkspaceService({
    sampleFolder: '/nonexistent-sample',
    watch: false,
    emit: <E extends EventName>(e: E, p: ApiEvents[E]) =>
      void (e === 'import.progress' && progress.push(p as ApiEvents['import.progress'])),
  });
  services.push(ws);
  await ws.open(dir);
  const services_ = { workspace: ws } as unknown as Services;
  const run = async (files: { name: string; data: string }[]) => {
    const r = await dispatch(services_, 'files.import', { files });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as ImportResult;
  };
  return { dir, ws, run, progress, call: (args: unknown) => dispatch(services_, 'files.import', args) };
}

describe('files.import (drag and drop)', () => {
  it('copies text dumps byte for byte, keeps sub-folders and odd names, and the stories are there when it returns', async () => {
    const { dir, ws, run } = await setup();
    const cp1252 = new Uint8Array([...Buffer.from('Price Rises\n\nBread now costs '), 0xa3, 0x32, 0x0a]);
    const res = await run([
      { name: 'drop/Заявления «пресса».txt', data: b64(STORY) },
      { name: 'drop/it\'s "quoted" here.md', data: b64('Quoted Name Story\n\nBody text.\n') },
      { name: 'legacy.text', data: b64(cp1252) },
    ]);
    expect(res.rejected).toEqual([]);
    expect(res.imported.map((i) => i.path)).toEqual(['drop/Заявления «пресса».txt', 'drop/it\'s "quoted" here.md', 'legacy.text']);
    expect(readFileSync(join(dir, 'drop', 'Заявления «пресса».txt'), 'utf8')).toBe(STORY);
    expect(new Uint8Array(readFileSync(join(dir, 'legacy.text')))).toEqual(cp1252);
    expect(ws.listStories().map((s) => s.title)).toContain('Ferry Service Resumes After Storm');
  });

  it('never overwrites: a taken name gets " (2)", then " (3)"', async () => {
    const { dir, run } = await setup({ 'notes.txt': 'Original Notes Headline\n\nMine.\n' });
    const res = await run([
      { name: 'notes.txt', data: b64('Second Notes Headline\n\nTheirs.\n') },
      { name: 'notes.txt', data: b64('Third Notes Headline\n\nOthers.\n') },
    ]);
    expect(res.imported.map((i) => i.path)).toEqual(['notes (2).txt', 'notes (3).txt']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('Original Notes Headline\n\nMine.\n');
  });

  it('points at the dump already holding the same bytes instead of copying it again', async () => {
    const { dir, ws, run } = await setup({ 'ferry.txt': STORY });
    const res = await run([
      { name: 'copy of ferry.txt', data: b64(STORY) },
      { name: 'new.txt', data: b64('New Dropped Story Title\n\nBody.\n') },
      { name: 'again/new.txt', data: b64('New Dropped Story Title\n\nBody.\n') },
    ]);
    expect(res.existing).toEqual([
      { name: 'copy of ferry.txt', path: 'ferry.txt', storyId: ws.listStories().find((s) => s.path === 'ferry.txt')!.id },
      { name: 'again/new.txt', path: 'new.txt', storyId: ws.listStories().find((s) => s.path === 'new.txt')!.id },
    ]);
    expect(res.imported.map((i) => i.path)).toEqual(['new.txt']);
    expect(
      readdirSync(dir)
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['ferry.txt', 'new.txt']);
  });

  it('keeps a dropped HTML page as the page itself, read like any page in the folder', async () => {
    const { dir, ws, run } = await setup();
    const html =
      '<html><head><title>Site</title><script>track()</script></head><body><nav>Home | World</nav>' +
      '<h1>Bridge Opens To Traffic</h1><p>The new bridge opened on Monday &amp; traffic flowed.</p><footer>© News Site</footer></body></html>';
    const res = await run([
      { name: 'saved/page.html', data: b64(html) },
      { name: 'saved/Old.HTM', data: b64(html.replace('Bridge Opens', 'Tunnel Closes')) },
    ]);
    expect(res.imported).toEqual([
      { name: 'saved/page.html', path: 'saved/page.html' },
      { name: 'saved/Old.HTM', path: 'saved/Old.HTM' },
    ]);
    // Byte for byte: the page's markup, headline and chrome are all still there.
    expect(readFileSync(join(dir, 'saved', 'page.html'), 'utf8')).toBe(html);
    expect(readdirSync(join(dir, 'saved')).sort()).toEqual(['Old.HTM', 'page.html']);
    const titles = ws.listStories().map((s) => s.title);
    expect(titles).toContain('Bridge Opens To Traffic');
    expect(titles).toContain('Tunnel Closes To Traffic');
    // Dropped again, the same page is found in the workspace rather than copied twice.
    const again = await run([{ name: 'page.html', data: b64(html) }]);
    expect(again.existing.map((e) => e.path)).toEqual(['saved/page.html']);
  });

  it('rejects what it cannot import, each with a reason, and writes nothing outside the workspace', async () => {
    const { dir, run } = await setup();
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    dirs.push(outside);
    symlinkSync(outside, join(dir, 'link'));
    const res = await run([
      { name: '../escape.txt', data: b64(STORY) },
      { name: '/etc/evil.txt', data: b64(STORY) },
      { name: 'photo.jpg', data: b64('jpeg') },
      { name: 'fake.txt', data: b64(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])) },
      { name: 'empty.txt', data: '' },
      { name: 'broken.txt', data: 'not base64!!' },
      { name: 'link/through-symlink.txt', data: b64(STORY) },
      { name: '.hidden.txt', data: b64(STORY) },
    ]);
    expect(res.imported).toEqual([]);
    expect(res.rejected.map((r) => r.name)).toEqual([
      '../escape.txt',
      '/etc/evil.txt',
      'photo.jpg',
      'fake.txt',
      'empty.txt',
      'broken.txt',
      'link/through-symlink.txt',
      '.hidden.txt',
    ]);
    for (const r of res.rejected) expect(r.reason.length).toBeGreaterThan(10);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(tmpdir(), 'escape.txt'))).toBe(false);
  });

  it('reports progress for a large drop', async () => {
    const { run, progress } = await setup();
    const files = Array.from({ length: 120 }, (_, i) => ({ name: `bulk/${i}.txt`, data: b64(`Bulk Story ${i} Headline\n\nBody ${i}.\n`) }));
    const res = await run(files);
    expect(res.imported).toHaveLength(120);
    expect(progress[0]).toEqual({ done: 0, total: 120 });
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toEqual({ done: 120, total: 120 });
  });

  it('refuses malformed calls as invalid-args, and too many files per call', async () => {
    const { call } = await setup();
    expect(await call({ files: [{ name: 'a.txt' }] })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(await call({ files: 'a.txt' })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    const many = Array.from({ length: 2001 }, (_, i) => ({ name: `${i}.txt`, data: '' }));
    expect(await call({ files: many })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });

  it('rejects a file over 20 MB by its size, before decoding it', async () => {
    const { run } = await setup();
    const big = 'A'.repeat(Math.ceil((20 * 1024 * 1024 + 10) / 3) * 4);
    const res = await run([{ name: 'huge.txt', data: big }]);
    expect(res.rejected).toEqual([{ name: 'huge.txt', reason: expect.stringContaining('20 MB') }]);
  });
});

describe('import into a folder tree', () => {
  it('merges into an existing sub-folder without touching its files', async () => {
    const { dir, run } = await setup();
    mkdirSync(join(dir, 'drop'));
    writeFileSync(join(dir, 'drop', 'a.txt'), 'Kept Headline Story\n\nKeep.\n');
    const res = await run([{ name: 'drop/a.txt', data: b64('Dropped Headline Story\n\nNew.\n') }]);
    expect(res.imported.map((i) => i.path)).toEqual(['drop/a (2).txt']);
    expect(readFileSync(join(dir, 'drop', 'a.txt'), 'utf8')).toBe('Kept Headline Story\n\nKeep.\n');
  });
});

describe('import destination checks', () => {
  it('creates no folder outside the workspace through a symlinked folder, however deep the drop', async () => {
    const { dir, run } = await setup();
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    dirs.push(outside);
    symlinkSync(outside, join(dir, 'link'));
    const res = await run([{ name: 'link/deep/er/x.txt', data: b64(STORY) }]);
    expect(res.imported).toEqual([]);
    expect(res.rejected).toEqual([{ name: 'link/deep/er/x.txt', reason: expect.stringContaining('link') }]);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('does not follow a symlinked folder even when it points inside the workspace', async () => {
    const { dir, run } = await setup();
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'alias'));
    const res = await run([{ name: 'alias/x.txt', data: b64(STORY) }]);
    expect(res.imported).toEqual([]);
    expect(res.rejected[0].reason).toContain('link');
    expect(readdirSync(join(dir, 'real'))).toEqual([]);
  });

  it('refuses names with line breaks or other control characters, and anything aimed at .dossier', async () => {
    const { dir, run } = await setup();
    const names = [
      'evil\n\n<img src=q onerror=alert(1)>.txt',
      'sub\u0007dir/x.txt',
      ' .dossier/db.txt',
      'a/ .dossier/cache.txt',
      '.Dossier/x.txt',
    ];
    const res = await run(names.map((name) => ({ name, data: b64(STORY) })));
    expect(res.imported).toEqual([]);
    expect(res.rejected.map((r) => r.name)).toEqual(names);
    expect(res.rejected[0].reason).toMatch(/control character/);
    expect(readdirSync(dir).filter((f) => f !== '.dossier')).toEqual([]);
    const inDossier = existsSync(join(dir, '.dossier')) ? readdirSync(join(dir, '.dossier'), { recursive: true }).map(String) : [];
    expect(inDossier.filter((f) => f.endsWith('.txt'))).toEqual([]);
  });

  it('says so when a file stands where a folder of the drop should be, and writes nothing there', async () => {
    const { dir, run } = await setup({ 'notes.txt': 'Original Notes Headline\n\nMine.\n' });
    const res = await run([{ name: 'notes.txt/inner.txt', data: b64(STORY) }]);
    expect(res.imported).toEqual([]);
    expect(res.rejected[0].reason).toContain('notes.txt');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('Original Notes Headline\n\nMine.\n');
  });
});
