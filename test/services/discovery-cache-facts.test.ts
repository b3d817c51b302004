import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FullTextIndex } from '../../electron/core/search/full-text-index';
import { NUM_HASHES } from '../../electron/core/related/minhash';
import { packEntities } from '../../electron/core/entities/packed';
import type { StoryFacts } from '../../electron/core/related/story-facts';
import { loadDiscoveryCache, saveDiscoveryCache } from '../../electron/services/discovery/discovery-cache';
import { decodeFacts, encodeFacts, encodeFactsInSlices } from '../../electron/services/discovery/facts-file';
import { mulberry32 } from '../support/prng';
import { TimeSlices } from '../../electron/services/time-slices';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-cache-facts-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Facts shaped like a real library's: ~20 entities a story, some Cyrillic, a MinHash signature each. */
function libraryFacts(stories: number): Map<string, StoryFacts> {
  const rnd = mulberry32(7);
  const names = ['Sergey Lavrov', 'Wang Yi', 'Tianjin', 'Gazprom', 'Café Müller', 'Сергей Лавров', 'Пхеньян', 'Joint Chiefs of Staff'];
  const facts = new Map<string, StoryFacts>();
  for (let i = 0; i < stories; i++) {
    const ents = Array.from({ length: 20 }, (_, k) => {
      const name = `${names[(i + k) % names.length]} ${k}`;
      return { kind: 'person' as const, strong: k % 2 === 0, key: name.toLowerCase(), count: 1 + (k % 3), name, surfaces: [name] };
    });
    const signature = new Uint32Array(NUM_HASHES).map(() => Math.floor(rnd() * 2 ** 32));
    facts.set(`story-${i}`, {
      entities: packEntities(ents),
      signature,
      exactHash: `h${i.toString(36)}`,
      terms: `council\u0001harbour\u0001ferry${i}`,
      words: 300 + i,
    });
  }
  return facts;
}

const payloadBytes = (facts: Map<string, StoryFacts>) =>
  [...facts].reduce(
    (n, [id, f]) =>
      n + Buffer.byteLength(id) + Buffer.byteLength(f.entities) + f.exactHash.length + Buffer.byteLength(f.terms) + 4 + NUM_HASHES * 4,
    0,
  );

describe('the discovery cache keeps per-story facts compactly', () => {
  it('stores facts in about the bytes they hold, not escaped and base64-inflated JSON', async () => {
    const facts = libraryFacts(2_000);
    expect(await saveDiscoveryCache(folder, { files: new Map([['a.txt', 'fp']]), index: new FullTextIndex(), facts })).toBe(true);
    const dir = join(folder, '.dossier', 'cache');
    let bytes = 0;
    for (const f of await readdir(dir)) if (f !== 'search-index.bin') bytes += (await stat(join(dir, f))).size;
    // Loading and saving this is what a warm open and every background pass pay for in memory.
    expect(bytes).toBeLessThan(1.15 * payloadBytes(facts));
  });

  it('gives back every story’s facts after a save, Cyrillic and separators included', async () => {
    const facts = libraryFacts(300);
    const index = new FullTextIndex();
    index.add('story-1', 'Lavrov in Tianjin', 'talks');
    await saveDiscoveryCache(folder, { files: new Map([['a.txt', 'fp-a']]), index, facts });
    const back = await loadDiscoveryCache(folder);
    expect(back?.files.get('a.txt')).toBe('fp-a');
    expect(back?.index.has('story-1')).toBe(true);
    expect(back?.facts.size).toBe(300);
    for (const [id, f] of facts) {
      const g = back!.facts.get(id)!;
      expect(g.entities).toBe(f.entities);
      expect(g.exactHash).toBe(f.exactHash);
      expect([...g.signature]).toEqual([...f.signature]);
    }
  });

  it('keeps the index but recomputes facts when the facts file was damaged or swapped', async () => {
    const index = new FullTextIndex();
    index.add('story-1', 'Lavrov in Tianjin', 'talks');
    await saveDiscoveryCache(folder, { files: new Map([['a.txt', 'fp-a']]), index, facts: libraryFacts(50) });
    const path = join(folder, '.dossier', 'cache', 'facts.bin');
    const good = await readFile(path);
    const bad = Buffer.from(good);
    bad[bad.length - 3] ^= 0xff;
    await writeFile(path, bad);
    const back = await loadDiscoveryCache(folder);
    expect(back?.index.has('story-1')).toBe(true);
    expect(back?.facts.size).toBe(0);
  });

  it('encodes in slices that let the event loop turn, writing the facts as they were when the save began', async () => {
    const facts = libraryFacts(2000);
    let pauses = 0;
    const sliced = await encodeFactsInSlices(
      facts,
      new TimeSlices(0, async () => {
        pauses++;
        // A story read while the save waits is not half-written into this file.
        facts.set(`late-${pauses}`, facts.get('story-0')!);
        await new Promise((r) => setImmediate(r));
      }),
    );
    expect(pauses).toBeGreaterThan(5);
    const back = decodeFacts(sliced)!;
    expect(back.size).toBe(2000);
    expect([...back.keys()].some((k) => k.startsWith('late-'))).toBe(false);
    expect(Buffer.compare(sliced, encodeFacts(libraryFacts(2000)))).toBe(0);
  });

  it('reads cut-short or scrambled facts bytes as nothing, never throwing', () => {
    const good = encodeFacts(libraryFacts(5));
    expect(decodeFacts(good)?.size).toBe(5);
    expect(decodeFacts(new Uint8Array(0))).toBeNull();
    for (let n = 0; n < good.length; n += 97) expect(decodeFacts(good.subarray(0, n))).toBeNull();
    const rnd = mulberry32(3);
    for (let k = 0; k < 200; k++) {
      const b = Buffer.from(good);
      for (let j = 0; j < 4; j++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      const out = decodeFacts(b);
      if (out) for (const f of out.values()) expect(f.signature.length).toBe(NUM_HASHES);
    }
    // A count claiming more signatures than the file holds.
    const huge = Buffer.from(good);
    huge.writeUInt32LE(0xffffffff, 8);
    expect(decodeFacts(huge)).toBeNull();
  });
});
