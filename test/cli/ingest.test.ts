import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';
import { decodeFacts } from '../../electron/services/discovery/facts-file';

const root = fileURLToPath(new URL('../..', import.meta.url));
let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  cpSync(join(root, 'resources/sample-library'), folder, { recursive: true });
  mkdirSync(join(folder, 'bad'), { recursive: true });
  writeFileSync(join(folder, 'bad/photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  writeFileSync(join(folder, 'bad/empty.txt'), '   \n\n');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('dossier ingest <folder> --json', () => {
  it('prints one JSON document of files and stories whose offsets index the decoded text', async () => {
    const r = await runCli(['ingest', folder, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      files: {
        path: string;
        status: string;
        error?: { code: string; message: string };
        stories: { id: string; title: string; start: number; end: number }[];
      }[];
    };
    const paths = doc.files.map((f) => f.path);
    expect(paths).toContain('archive/2025-11_nordwire_archive.txt');
    expect(paths.every((p) => !p.includes('\\') && !p.startsWith('/'))).toBe(true);

    const ok = doc.files.filter((f) => f.status === 'ok');
    expect(ok.length).toBeGreaterThanOrEqual(10);
    for (const f of ok) {
      expect(f.stories.length).toBeGreaterThan(0);
      for (const s of f.stories) {
        expect(typeof s.id).toBe('string');
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeGreaterThan(s.start);
      }
    }
    // A UTF-8 file: offsets are UTF-16 indices into exactly the text on disk.
    const grounding = doc.files.find((f) => f.path === '2025-11-03_korsa_grounding_tt.txt')!;
    const text = readFileSync(join(folder, grounding.path), 'utf8');
    const s0 = grounding.stories[0];
    expect(text.slice(s0.start, s0.end)).toContain(s0.title);

    const binary = doc.files.find((f) => f.path === 'bad/photo.txt')!;
    expect(binary.status).toBe('error');
    expect(binary.error?.code).toBe('binary');
    expect(binary.error?.message.length).toBeGreaterThan(10);
    expect(doc.files.find((f) => f.path === 'bad/empty.txt')?.status).toBe('skipped');
  });

  // A separate process could not exit before its background work ended; in-process, main()
  // must not resolve before it either, or it races whatever the caller does next.
  it('returns once the work is done: the search cache covers every story and the workspace lock is released', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    try {
      cpSync(join(root, 'resources/sample-library'), fresh, { recursive: true });
      const r = await runCli(['ingest', fresh, '--json']);
      expect(r.code).toBe(0);
      const stories = (r.json as { files: { stories: { id: string }[] }[] }).files.flatMap((f) => f.stories.map((s) => s.id));
      const facts = decodeFacts(readFileSync(join(fresh, '.dossier/cache/facts.bin')));
      expect([...(facts?.keys() ?? [])].sort()).toEqual([...stories].sort());
      expect(existsSync(join(fresh, '.dossier/lock'))).toBe(false);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('fails with a clear message and exit code 1 for a folder that does not exist', async () => {
    const r = await runCli(['ingest', join(folder, 'nope'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
    expect(JSON.parse(r.stdout).error.code).toBe('not-found');
  });

  // The one run through the real binary: the npm script starts, the exit code reaches the
  // shell, stdout is the JSON document alone, and the process exits by itself.
  it('as a spawned `npm run dossier`, exits 1 with the error as JSON on stdout and the message on stderr', () => {
    const r = spawnSync('npm', ['run', '--silent', 'dossier', '--', 'ingest', join(folder, 'nope'), '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
    expect(JSON.parse(r.stdout).error.code).toBe('not-found');
  });
});
