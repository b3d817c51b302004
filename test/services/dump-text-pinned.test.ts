import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../../electron/core/library/catalog';
import { catalogEntry } from '../../electron/core/library/ingest-file';
import { DumpTexts } from '../../electron/services/workspace/dump-text';
import { readAndAnalyse } from '../../electron/services/workspace/read-dump';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder of `n` dumps read as the opening read does, listed in a catalog. */
async function readFolder(n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pinned-'));
  dirs.push(dir);
  const catalog = new Catalog();
  const fresh = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const rel = `d${i}.txt`;
    writeFileSync(join(dir, rel), `Ferry Timetable ${i}\n\nThe harbour office published timetable number ${i} for the winter crossings.\n`);
    const outcome = await readAndAnalyse(join(dir, rel), rel, [], false);
    if (outcome.kind !== 'read' || outcome.text === null) throw new Error('not read');
    catalog.set(catalogEntry(`doc-${i}`, outcome.dump));
    fresh.set(rel, outcome.text);
  }
  return { dir, catalog, fresh };
}

describe('texts pinned after a whole-folder read', () => {
  it('are served without reading the disk again until discovery unpins them', async () => {
    const { dir, catalog, fresh } = await readFolder(3);
    const texts = new DumpTexts(dir, catalog);
    texts.pin(fresh);
    // Gone from disk and never put in the bounded cache: only the pin can answer.
    for (const rel of fresh.keys()) unlinkSync(join(dir, rel));
    expect(texts.read('d1.txt')).toBe(fresh.get('d1.txt'));
    expect(texts.current('d2.txt')).toBe(fresh.get('d2.txt'));
    texts.unpin();
    expect(() => texts.read('d1.txt')).toThrow();
    expect(texts.current('d2.txt')).toBeNull();
  });

  it('give way to a newer read of the same path', async () => {
    const { dir, catalog, fresh } = await readFolder(2);
    const texts = new DumpTexts(dir, catalog);
    texts.pin(fresh);
    texts.remember('d0.txt', catalog.file('d0.txt')!.contentHash, 'Ferry Timetable 0\n\nRevised.\n');
    expect(texts.read('d0.txt')).toBe('Ferry Timetable 0\n\nRevised.\n');
    texts.forget('d1.txt');
    unlinkSync(join(dir, 'd1.txt'));
    expect(() => texts.read('d1.txt')).toThrow();
  });
});
