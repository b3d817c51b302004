import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  it('prints one JSON document of files and stories whose offsets index the decoded text', () => {
    const r = spawnSync('npm', ['run', '--silent', 'dossier', '--', 'ingest', folder, '--json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      files: { path: string; status: string; error?: { code: string; message: string }; stories: { id: string; title: string; start: number; end: number }[] }[];
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

  it('fails with a clear message and exit code 1 for a folder that does not exist', () => {
    const r = spawnSync('npm', ['run', '--silent', 'dossier', '--', 'ingest', join(folder, 'nope'), '--json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
    expect(JSON.parse(r.stdout).error.code).toBe('not-found');
  });
});
