import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationService } from '../../../electron/services/annotations/annotation-service';
import { saveIdentity } from '../../../electron/services/workspace/identity-file';
import { saveDiscoveryCache } from '../../../electron/services/discovery/discovery-cache';
import { fileEntityOverrides } from '../../../electron/services/discovery/discovery-stores';
import { IdentityMap } from '../../../electron/core/library/identity';
import { FullTextIndex } from '../../../electron/core/search/full-text-index';
import { DUMP, rangeOf, sampleWorkspace } from '../../support/fake-workspace';

let root: string;
let folder: string;
let elsewhere: string;
const dossier = () => join(folder, '.dossier');
const RANGE = rangeOf(DUMP, 'the new breakwater would open in spring');

/** Every file under `dir`, with its content, to prove nothing there changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(dir.length)] = await readFile(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

async function openService(): Promise<AnnotationService> {
  const svc = new AnnotationService(sampleWorkspace(), () => undefined);
  await svc.start(folder);
  return svc;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-links-'));
  folder = join(root, 'workspace');
  elsewhere = join(root, 'elsewhere');
  await mkdir(folder);
  await mkdir(elsewhere);
  await writeFile(join(elsewhere, 'db-5.json'), 'someone else’s file');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a .dossier that is a symbolic link', () => {
  it('opens read-only with a clear message and writes nothing through it', async () => {
    await symlink(elsewhere, dossier());
    const before = await snapshot(elsewhere);
    const svc = await openService();
    expect(svc.status().state).toBe('read-only');
    expect(svc.status().message).toMatch(/symbolic link/);
    await expect(svc.createHighlight({ storyId: 'calder', ...RANGE })).rejects.toMatchObject({ code: 'read-only' });
    await svc.stop();
    await expect(saveIdentity(folder, new IdentityMap())).rejects.toThrow(/symbolic link/);
    expect(await saveDiscoveryCache(folder, { files: new Map(), index: new FullTextIndex(), facts: new Map() })).toBe(false);
    await expect((await fileEntityOverrides(folder)).save({ merges: [], splits: [] })).rejects.toThrow(/symbolic link/);
    expect(await snapshot(elsewhere)).toEqual(before);
  });
});

describe('links inside .dossier', () => {
  for (const name of ['db.json', 'db.journal', 'lock', 'identity.json']) {
    it(`a linked ${name} is refused and its target left alone`, async () => {
      await mkdir(dossier());
      const target = join(elsewhere, 'target.json');
      await writeFile(target, JSON.stringify({ schemaVersion: 1, notes: {} }));
      await symlink(target, join(dossier(), name));
      const before = await snapshot(elsewhere);
      const svc = await openService();
      expect(svc.status().state).toBe('read-only');
      expect(svc.status().message).toContain(name);
      await svc.stop();
      expect(await snapshot(elsewhere)).toEqual(before);
    });
  }

  it('a linked backups/ folder: rotation never deletes or writes files in the target', async () => {
    await mkdir(dossier());
    await writeFile(join(dossier(), 'db.json'), JSON.stringify({ schemaVersion: 1 }));
    await symlink(elsewhere, join(dossier(), 'backups'));
    const svc = await openService();
    expect(svc.status().state).toBe('read-only');
    expect(svc.status().message).toContain('backups');
    await svc.stop();
    expect(await snapshot(elsewhere)).toEqual({ '/db-5.json': 'someone else’s file' });
  });

  it('a linked cache/ folder: the search cache is not written through it', async () => {
    await mkdir(dossier());
    await symlink(elsewhere, join(dossier(), 'cache'));
    expect(await saveDiscoveryCache(folder, { files: new Map(), index: new FullTextIndex(), facts: new Map() })).toBe(false);
    expect(await snapshot(elsewhere)).toEqual({ '/db-5.json': 'someone else’s file' });
  });
});

describe('a db.json that is not Dossier’s', () => {
  it('without a schema version is shown read-only and never rewritten', async () => {
    await mkdir(dossier());
    const foreign = JSON.stringify({ highlights: [{ id: 'x' }], settings: { theme: 'dark' } });
    await writeFile(join(dossier(), 'db.json'), foreign);
    const svc = await openService();
    expect(svc.status().state).toBe('read-only');
    expect(svc.status().message).toMatch(/schema version/);
    await svc.stop();
    expect(await readFile(join(dossier(), 'db.json'), 'utf8')).toBe(foreign);
    expect(await readdir(dossier())).toEqual(['db.json']);
  });
});
