import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, renameSync, readFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceService, type FilesChange } from '../../electron/services/workspace/workspace-service';
import type { SegmentFix } from '../../electron/core/library/fixes';

const dirs: string[] = [];
const services: WorkspaceService[] = [];
afterEach(async () => {
  for (const ws of services.splice(0)) await ws.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ident-'));
  dirs.push(dir);
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

function service(watch = false): WorkspaceService {
  const ws = new WorkspaceService({ sampleFolder: '/nonexistent-sample', emit: () => undefined, watch });
  services.push(ws);
  return ws;
}

const TWO_PARAS =
  'Harbour Talks Collapse Overnight\n\n' +
  'Negotiators left the port authority building at dawn without a deal.\n\n' +
  'Union leaders said they would return on Friday to resume the talks.\n';

describe('identity across restarts', () => {
  it('keeps story ids when a dump was renamed while the app was closed, and tells change hooks', async () => {
    const dir = folder({ 'a.txt': TWO_PARAS, 'b.txt': 'Other Story Title Here\n\nBody.\n' });
    const first = service();
    await first.open(dir);
    const ids = first.listStories().map((s) => ({ path: s.path, id: s.id }));
    await first.stop();

    const saved = JSON.parse(readFileSync(join(dir, '.dossier', 'identity.json'), 'utf8'));
    expect(Object.keys(saved.paths).sort()).toEqual(['a.txt', 'b.txt']);
    // Written atomically: no temp file left behind.
    expect(readdirSync(join(dir, '.dossier')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    mkdirSync(join(dir, 'archive'));
    renameSync(join(dir, 'a.txt'), join(dir, 'archive', 'talks (final).txt'));
    writeFileSync(join(dir, 'b.txt'), 'Other Story Title Here\n\nBody, edited.\n');
    writeFileSync(join(dir, 'c.txt'), 'Brand New Story Today\n\nBody.\n');

    const second = service();
    const seen: FilesChange[] = [];
    second.onFilesChanged((c) => void seen.push(c));
    await second.open(dir);
    const after = second.listStories();
    expect(after.find((s) => s.path === 'archive/talks (final).txt')?.id).toBe(ids.find((s) => s.path === 'a.txt')!.id);
    expect(after.find((s) => s.path === 'b.txt')?.id).toBe(ids.find((s) => s.path === 'b.txt')!.id);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      added: ['c.txt'],
      changed: ['b.txt'],
      removed: [],
      renamed: [{ from: 'a.txt', to: 'archive/talks (final).txt' }],
    });
    expect(seen[0].texts?.get('archive/talks (final).txt')).toBe(TWO_PARAS);
  });

  it('opens a workspace whose identity file is damaged, and repairs it', async () => {
    const dir = folder({ 'a.txt': TWO_PARAS });
    mkdirSync(join(dir, '.dossier'));
    writeFileSync(join(dir, '.dossier', 'identity.json'), '{"version":1,"paths":{"a.txt":');
    const ws = service();
    const info = await ws.open(dir);
    expect(info.stories).toBe(1);
    await ws.stop();
    expect(JSON.parse(readFileSync(join(dir, '.dossier', 'identity.json'), 'utf8')).paths['a.txt'].docId).toBeTruthy();
  });

  it('does not write into the sample library', async () => {
    const dir = folder({ 'a.txt': TWO_PARAS });
    const ws = new WorkspaceService({ sampleFolder: dir, emit: () => undefined, watch: false });
    services.push(ws);
    await ws.openSample();
    await ws.stop();
    expect(existsSync(join(dir, '.dossier'))).toBe(false);
  });
});

describe('manual fixes', () => {
  it('are applied when the file is read, and reprocess() re-applies a new fix at once', async () => {
    const dir = folder({ 'talks.txt': TWO_PARAS });
    const ws = service(true);
    const fixes: SegmentFix[] = [];
    ws.setFixSource({ fixesFor: (p) => (p === 'talks.txt' ? fixes : []) });
    const changes: FilesChange[] = [];
    ws.onFilesChanged((c) => void changes.push(c));
    await ws.open(dir);
    expect(ws.listStories()).toHaveLength(1);

    fixes.push({ type: 'split', at: TWO_PARAS.indexOf('Union leaders') });
    const summary = await ws.reprocess('talks.txt');
    expect(summary.stories).toBe(2);
    expect(ws.listStories().map((s) => s.path)).toEqual(['talks.txt', 'talks.txt']);
    expect(changes.at(-1)).toMatchObject({ changed: ['talks.txt'] });
    expect(changes.at(-1)?.texts?.get('talks.txt')).toBe(TWO_PARAS);

    // On the next open the fix comes back without anyone asking.
    await ws.stop();
    const again = service();
    again.setFixSource({ fixesFor: (p) => (p === 'talks.txt' ? fixes : []) });
    await again.open(dir);
    expect(again.listStories()).toHaveLength(2);
  });

  it('reports a dump that vanished instead of reprocessing it', async () => {
    const dir = folder({ 'a.txt': TWO_PARAS });
    const ws = service();
    await ws.open(dir);
    rmSync(join(dir, 'a.txt'));
    await expect(ws.reprocess('a.txt')).rejects.toMatchObject({ code: 'file-not-found' });
    await expect(ws.reprocess('never.txt')).rejects.toMatchObject({ code: 'file-not-found' });
  });

  it('survives a fix source that throws', async () => {
    const dir = folder({ 'a.txt': TWO_PARAS });
    const ws = service();
    ws.setFixSource({
      fixesFor: () => {
        throw new Error('database locked');
      },
    });
    await ws.open(dir);
    expect((await ws.reprocess('a.txt')).stories).toBe(1);
  });
});
