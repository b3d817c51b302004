import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { OpenLibrary } from '../../electron/services/workspace/open-library';
import { IdentityMap } from '../../electron/core/library/identity';
import { analyseDump } from '../../electron/core/library/ingest-file';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('facts waiting for discovery after a read', () => {
  it('cost little memory per story even when a story has many noise spans', () => {
    const text = 'Harbour news\n\nAnnika Lindqvist opened the ferry terminal in Gothenburg. '.repeat(40) + '\n';
    const dump = analyseDump(new TextEncoder().encode(text), []);
    if (dump.status !== 'ok') throw new Error('fixture did not segment');
    // Forty ad spans a story, as the boilerplate marks of a busy news site leave them.
    const [first] = dump.stories;
    const noise = Array.from({ length: 40 }, (_, k) => ({
      start: first.start + k * 50,
      end: first.start + k * 50 + 20,
      kind: 'ad' as const,
    }));
    const result = { ...dump, stories: dump.stories.map((s) => ({ ...s, noise })) };
    const facts = result.stories.map(() => ({ entities: 'x', signature: new Uint32Array(1), exactHash: 'h', terms: '', words: 1 }));
    const lib = new OpenLibrary('/nowhere', new IdentityMap());
    const N = 5_000;
    for (let i = 0; i < N; i++) {
      lib.record(`d${i}.txt`, { path: `d${i}.txt`, size: text.length, mtimeMs: 0, contentHash: `h${i}`, result, facts }, null, new Map());
    }
    const held = heapAfterGc();
    const stories = lib.catalog.allFiles().flatMap((f) => f.stories);
    for (const s of stories) expect(lib.takeFacts(s.id, s)).not.toBeNull();
    const taken = heapAfterGc();
    // What the facts map held, per story: its entry (under 1 KB measured), not a rope of the layout (3.3 KB with 40 spans).
    expect((held - taken) / stories.length).toBeLessThan(1_500);
  });
});

describe('the catalog after a read', () => {
  it('does not keep a dump’s text alive through its stories’ titles', () => {
    const lib = new OpenLibrary('/nowhere', new IdentityMap());
    // Enough dumps that a one-off allocation elsewhere in the process cannot tip the ratio.
    const N = 150;
    const before = heapAfterGc();
    let textChars = 0;
    for (let i = 0; i < N; i++) {
      // Each dump's text is its own string (as a read decodes it), long enough to matter.
      const body = Array.from({ length: 600 }, (_, k) => `Annika Lindqvist met envoy ${i}-${k} at the ferry terminal in Gothenburg.`).join(
        ' ',
      );
      const text = `Harbour authority report number ${i}\n\n${body}\n`;
      textChars += text.length;
      const result = analyseDump(new TextEncoder().encode(text), []);
      if (result.status !== 'ok') throw new Error('fixture did not segment');
      // null text: the reader's cache does not hold it, so nothing but the catalog could.
      lib.record(`d${i}.txt`, { path: `d${i}.txt`, size: text.length, mtimeMs: 0, contentHash: `h${i}`, result }, null, new Map());
    }
    const held = heapAfterGc() - before;
    const titles = lib.catalog.allFiles().flatMap((f) => f.stories.map((s) => s.title));
    expect(titles).toContain('Harbour authority report number 7');
    // The catalog's records (measured 6.5 KB a dump with its site-template keys), not the 42 KB texts the titles were cut from.
    expect(held).toBeLessThan(textChars / 4);
  });
});
