import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { ensureSampleCopy } from '../../electron/services/workspace/sample-copy';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SAMPLE = join(ROOT, 'resources/sample-library');

const dirs: string[] = [];
const running: ReturnType<typeof createServices>[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) {
    // Every service, discovery's background work and cache saves included, so nothing writes while the folder is removed.
    await s.stop().catch(() => undefined);
  }
  for (const d of dirs.splice(0)) {
    chmodTree(d, 0o755, 0o644);
    rmSync(d, { recursive: true, force: true });
  }
});

function temp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

function chmodTree(path: string, dirMode: number, fileMode: number): void {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isDirectory()) {
    chmodSync(path, 0o755);
    for (const name of readdirSync(path)) chmodTree(join(path, name), dirMode, fileMode);
    chmodSync(path, dirMode);
  } else chmodSync(path, fileMode);
}

/** Every path under `dir` with its size and mtime: any write shows up as a difference. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((p) => {
      const st = statSync(join(dir, p));
      return `${p}:${st.isDirectory() ? 'dir' : st.size}:${st.mtimeMs}`;
    });
}

/** A read-only copy of the bundled sample, as an installed app ships it. */
function bundled(): string {
  const dir = join(temp('dossier-bundled-'), 'sample-library');
  cpSync(SAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.dossier') });
  chmodTree(dir, 0o555, 0o444);
  return dir;
}

function services(sampleFolder: string, dataFolder: string) {
  const s = createServices({
    sampleFolder,
    dataFolder,
    watch: false,
    emit: () => undefined,
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
  running.push(s);
  return s;
}

describe('the bundled sample library stays read-only', () => {
  it('opens a copy in the data folder: annotations land there, and nothing is written in the bundled folder', async () => {
    const sample = bundled();
    const data = temp('dossier-userdata-');
    const before = snapshot(sample);

    const s = services(sample, data);
    const info = await s.workspace.openSample();
    expect(info.isSample).toBe(true);
    expect(info.folder).toBe(join(data, 'sample-library'));
    expect(info.stories).toBeGreaterThan(5);
    const story = s.workspace.listStories()[0];
    const record = s.workspace.storyRecord(story.id);
    const text = s.workspace.rawFile(story.path).text;
    const start = record.start;
    const end = text.indexOf(' ', start + 3);
    await s.annotations.createHighlight({ storyId: story.id, start, end, exact: text.slice(start, end), note: 'kept in the copy' });
    await s.discovery.whenReady();
    await s.annotations.stop();
    await s.workspace.stop();

    expect(snapshot(sample)).toEqual(before);
    expect(existsSync(join(data, 'sample-library', '.dossier'))).toBe(true);

    // Next session: the copy is reused (not copied again over the annotations), and they are still there.
    const again = services(sample, data);
    const reopened = await again.workspace.openSample();
    expect(reopened.isSample).toBe(true);
    expect(again.annotations.listHighlights().map((h) => h.note)).toEqual(['kept in the copy']);
    expect(snapshot(sample)).toEqual(before);
  });

  it('a workspace.open of the bundled folder itself (it is on the allow-list) opens the copy, not the installed files', async () => {
    const sample = bundled();
    // A per-user install (Windows, a user-owned /Applications) leaves the bundled folder writable.
    chmodTree(sample, 0o755, 0o644);
    const data = temp('dossier-userdata-');
    const before = snapshot(sample);
    const s = services(sample, data);
    const info = await s.workspace.open(join(sample, '..', 'sample-library'));
    expect(info.isSample).toBe(true);
    expect(info.folder).toBe(join(data, 'sample-library'));
    const story = s.workspace.listStories()[0];
    const record = s.workspace.storyRecord(story.id);
    const text = s.workspace.rawFile(story.path).text;
    const end = text.indexOf(' ', record.start + 3);
    await s.annotations.createHighlight({ storyId: story.id, start: record.start, end, exact: text.slice(record.start, end) });
    await s.discovery.whenReady();
    await s.annotations.stop();
    await s.workspace.stop();
    expect(snapshot(sample)).toEqual(before);
  });

  it('makes the copy writable, leaves out a stray .dossier, and never half-copies', async () => {
    const sample = bundled();
    chmodTree(sample, 0o755, 0o644);
    cpSync(SAMPLE, join(sample, '.dossier'), { recursive: true });
    chmodTree(sample, 0o555, 0o444);
    const data = temp('dossier-userdata-');
    const copy = await ensureSampleCopy(sample, join(data, 'sample-library'));
    expect(readdirSync(copy)).not.toContain('.dossier');
    expect(statSync(copy).mode & 0o200).toBe(0o200);
    const file = readdirSync(copy).find((f) => f.endsWith('.txt'))!;
    expect(statSync(join(copy, file)).mode & 0o200).toBe(0o200);
    expect(readdirSync(data)).toEqual(['sample-library']);
    // Already there: left as it is.
    const mtime = statSync(join(copy, file)).mtimeMs;
    await ensureSampleCopy(sample, copy);
    expect(statSync(join(copy, file)).mtimeMs).toBe(mtime);
  });
});
