import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FullTextIndex } from '../../electron/core/search/full-text-index';
import { createServices } from '../../electron/services/create-services';
import { FIXTURES } from '../support/label-score';

let folder: string;
let services: ReturnType<typeof createServices>[];

async function openReady() {
  const s = createServices({
    sampleFolder: join(folder, 'none'),
    watch: false,
    emit: () => undefined,
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
  services.push(s);
  await s.workspace.open(folder);
  await s.discovery.whenReady();
  return s;
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-cache-trust-'));
  await cp(FIXTURES, folder, { recursive: true, filter: (src) => !src.endsWith('.json') });
  services = [];
});

afterEach(async () => {
  for (const s of services) {
    // Every service, discovery's background work and cache saves included, so nothing writes while the folder is removed.
    await s.stop().catch(() => undefined);
  }
  await rm(folder, { recursive: true, force: true });
});

const CACHE = () => join(folder, '.dossier', 'cache');

describe('the search cache is trusted only when it matches the content', () => {
  it('re-indexes a file whose bytes changed though its size and mtime did not', async () => {
    const path = join(folder, '10_cafe_diacritics.txt');
    // A whole-second mtime, so the forged one below is exactly the same.
    await utimes(path, 1_700_000_000, 1_700_000_000);
    await openReady();
    const st = await stat(path);
    const text = await readFile(path, 'utf8');
    // Same length, same headline: only the bytes tell the two versions apart.
    await writeFile(path, text.replace('Finance Minister', 'Finance Ombudsxx'));
    await utimes(path, 1_700_000_000, 1_700_000_000);
    expect((await stat(path)).size).toBe(st.size);
    expect((await stat(path)).mtimeMs).toBe(st.mtimeMs);
    // Without the workspace's own record of what it read last time, only the cache speaks for the file.
    await rm(join(folder, '.dossier', 'identity.json'));

    const again = await openReady();
    expect((await again.discovery.search('ombudsxx')).results.map((r) => r.path)).toEqual(['10_cafe_diacritics.txt']);
    expect((await again.discovery.search('"finance minister" keller')).total).toBe(0);
  });

  it('ignores a cache built from other bytes under the same names, sizes and mtimes', async () => {
    // A copy of the folder where one word of a body differs, files stamped with the same mtimes.
    const other = await mkdtemp(join(tmpdir(), 'dossier-cache-forger-'));
    try {
      await cp(folder, other, { recursive: true });
      const target = '01_lavrov_tianjin.txt';
      const real = await readFile(join(folder, target), 'utf8');
      await writeFile(join(other, target), real.replace('in Tianjin on Monday', 'in Qwertyx on Monday'));
      for (const dir of [folder, other]) for (const f of await readdir(dir)) await utimes(join(dir, f), 1_700_000_000, 1_700_000_000);
      await openReady();
      const forger = createServices({
        sampleFolder: join(other, 'none'),
        watch: false,
        emit: () => undefined,
        app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
      });
      services.push(forger);
      await forger.workspace.open(other);
      await forger.discovery.whenReady();
      expect((await forger.discovery.search('qwertyx')).total).toBe(1);
      await rm(CACHE(), { recursive: true });
      await cp(join(other, '.dossier/cache'), CACHE(), { recursive: true });
    } finally {
      await rm(other, { recursive: true, force: true });
    }
    const s = await openReady();
    expect((await s.discovery.search('qwertyx')).total).toBe(0);
    expect((await s.discovery.search('tianjin monday')).results.map((r) => r.path)).toEqual(['01_lavrov_tianjin.txt']);
  });

  it('indexes a story the cached index lacks, and drops one the catalog does not have', async () => {
    const first = await openReady();
    const lavrov = first.workspace.listStories().find((st) => st.path === '01_lavrov_tianjin.txt')!;
    // A consistent cache (hash and size match) whose index disagrees with the files it lists.
    const index = FullTextIndex.deserialize(new Uint8Array(await readFile(join(CACHE(), 'search-index.bin'))))!;
    index.remove(lavrov.id);
    index.add('ghost', 'Ghost story', 'tianjin phantom');
    const bin = index.serialize();
    const meta = JSON.parse(await readFile(join(CACHE(), 'discovery.json'), 'utf8'));
    await writeFile(join(CACHE(), 'search-index.bin'), bin);
    await writeFile(
      join(CACHE(), 'discovery.json'),
      JSON.stringify({ ...meta, indexBytes: bin.byteLength, indexHash: createHash('sha256').update(bin).digest('hex') }),
    );
    const s = await openReady();
    expect((await s.discovery.search('tianjin')).results.map((r) => r.storyId)).toEqual([lavrov.id]);
    expect((await s.discovery.search('phantom')).total).toBe(0);
    expect(s.discovery.status().stories).toBe(s.workspace.listStories().length);
  });

  it('still searches when the cache files are garbage', async () => {
    await openReady();
    const garbage = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    await writeFile(join(CACHE(), 'search-index.bin'), garbage);
    await writeFile(
      join(CACHE(), 'discovery.json'),
      JSON.stringify({ version: 3, indexBytes: 4096, files: { '01_lavrov_tianjin.txt': 7 }, facts: { x: [1, 2, 3] } }),
    );
    const s = await openReady();
    expect((await s.discovery.search('tianjin')).results.map((r) => r.path)).toEqual(['01_lavrov_tianjin.txt']);
    await writeFile(join(CACHE(), 'discovery.json'), '{"version":');
    const t = await openReady();
    expect((await t.discovery.search('tianjin')).total).toBe(1);
  });
});
