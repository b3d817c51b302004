import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceService } from '../../electron/services/workspace/workspace-service';
import { MAX_DUMP_BYTES } from '../../electron/core/library/limits';
import { DossierError } from '../../electron/core/errors';
import { eventually } from '../support/eventually';

const story = (title: string) => `${title}\n\nThe council met on Tuesday and agreed the harbour budget after a long debate.\n`;

const dirs: string[] = [];
const services: WorkspaceService[] = [];
afterEach(async () => {
  for (const ws of services.splice(0)) await ws.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-problems-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'good.txt'), story('Good Harbour Story'));
  return dir;
}

function service(watch: boolean): WorkspaceService {
  const ws = new WorkspaceService({ sampleFolder: '/nonexistent-sample', emit: () => undefined, watch });
  services.push(ws);
  return ws;
}

/** `dir/<prefix><byte 0xE9><suffix>`: a Latin-1 "é", which is not valid UTF-8 on its own. */
const latin1Name = (dir: string, prefix: string, suffix: string) =>
  Buffer.concat([Buffer.from(join(dir, prefix)), Buffer.from([0xe9]), Buffer.from(suffix)]);

const problems = (ws: WorkspaceService) =>
  ws
    .listFiles()
    .filter((f) => f.status === 'error')
    .map((f) => ({ path: f.path, code: f.error?.code }));

describe.runIf(process.platform === 'linux')('file names that are not valid UTF-8', () => {
  it('are listed under Problems with a reason when the folder opens, not dropped', async () => {
    const dir = folder();
    writeFileSync(latin1Name(dir, 'caf', '.txt'), story('Cafe Story In Latin-1 Name'));
    mkdirSync(latin1Name(dir, 'r', 'sum'));
    writeFileSync(Buffer.concat([latin1Name(dir, 'r', 'sum'), Buffer.from('/inside.txt')]), story('Inside A Latin-1 Folder'));
    const ws = service(false);
    const info = await ws.open(dir);
    expect(problems(ws)).toEqual([
      { path: 'caf\\xE9.txt', code: 'bad-name' },
      { path: 'r\\xE9sum/inside.txt', code: 'bad-name' },
    ]);
    expect(info.problems).toBe(2);
    const bad = ws.listFiles().find((f) => f.path === 'caf\\xE9.txt')!;
    expect(bad.error?.message).toMatch(/not valid UTF-8/);
    expect(bad.stories).toBe(0);
    expect(() => ws.rawFile('caf\\xE9.txt')).toThrow(DossierError);
    expect(ws.listStories().map((s) => s.title)).toEqual(['Good Harbour Story']);
  });

  it('appear under Problems when created while watching, and leave when deleted', async () => {
    const dir = folder();
    const ws = service(true);
    await ws.open(dir);
    const name = latin1Name(dir, 'live', '.txt');
    writeFileSync(name, story('Live Latin-1 Story'));
    await eventually(() => expect(problems(ws)).toEqual([{ path: 'live\\xE9.txt', code: 'bad-name' }]));
    unlinkSync(name);
    await eventually(() => expect(ws.listFiles().map((f) => f.path)).toEqual(['good.txt']));
  });

  it('inside a folder with such a name (which cannot be watched), follow files added and deleted while watching', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub'));
    const ws = service(true);
    await ws.open(dir);
    const bad = latin1Name(join(dir, 'sub'), 'r', 'sum');
    mkdirSync(bad);
    const inside = (leaf: string) => Buffer.concat([bad, Buffer.from(`/${leaf}`)]);
    writeFileSync(inside('one.txt'), story('First Story In A Latin-1 Folder'));
    const paths = () => ws.listFiles().map((f) => f.path);
    await eventually(() => expect(paths()).toEqual(['good.txt', 'sub/r\\xE9sum/one.txt']));
    // Nothing outside the folder changes from here on: only a fresh listing can see these.
    writeFileSync(inside('two.txt'), story('Second Story In A Latin-1 Folder'));
    await eventually(() => expect(paths()).toEqual(['good.txt', 'sub/r\\xE9sum/one.txt', 'sub/r\\xE9sum/two.txt']));
    unlinkSync(inside('one.txt'));
    unlinkSync(inside('two.txt'));
    await eventually(() => expect(paths()).toEqual(['good.txt']));
  }, 60_000);
});

describe('the raw view of a refused file', () => {
  it('does not read a too-large file: it refuses with a clear error', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'huge.txt'), 'Huge Story Title\n\n');
    truncateSync(join(dir, 'huge.txt'), MAX_DUMP_BYTES + 1024 * 1024);
    const ws = service(false);
    await ws.open(dir);
    expect(ws.listFiles().find((f) => f.path === 'huge.txt')?.error?.code).toBe('too-large');
    let err: unknown = null;
    try {
      ws.rawFile('huge.txt');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DossierError);
    expect((err as DossierError).code).toBe('too-large');
    expect((err as DossierError).message).toMatch(/21\.0 MB.*20\.0 MB/);
  });

  it('does not read a file that grew past the limit since it was listed', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'grows.txt'), '');
    const ws = service(false);
    await ws.open(dir);
    truncateSync(join(dir, 'grows.txt'), MAX_DUMP_BYTES + 1024 * 1024);
    expect(() => ws.rawFile('grows.txt')).toThrow(/MB/);
  });
});
