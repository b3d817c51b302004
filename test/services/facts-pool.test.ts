import { describe, expect, it } from 'vitest';
import { FactsPool, type FactsDump } from '../../electron/services/workers/facts-pool';
import { dumpStoryFacts } from '../../electron/services/discovery/story-facts';
import { analyseDump } from '../../electron/core/library/ingest-file';
import { EntityIndex } from '../../electron/core/entities/entity-index';
import { unpackEntities } from '../../electron/core/entities/packed';
import { article, sitePage } from '../support/site-dumps';
import {
  clusterStorylines,
  fromStorylinesWire,
  toStorylinesWire,
  type StorylinesInput,
} from '../../electron/services/workers/storylines-job';

async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** `n` dumps of the made-up site, each segmented as the reader does, with a noise span cut into every story. */
function dumps(n: number): FactsDump[] {
  return Array.from({ length: n }, (_, i) => {
    const text = [sitePage(i), sitePage(i + 100, article(i + 200))].join('\n\n');
    const read = analyseDump(new TextEncoder().encode(text), []);
    if (read.status !== 'ok') throw new Error('fixture did not segment');
    return {
      text: read.text,
      stories: read.stories.map((s) => ({
        title: s.title,
        start: s.start,
        end: s.end,
        noise: [{ start: s.start + 5, end: s.start + 40, kind: 'boilerplate' as const }],
      })),
    };
  });
}

describe('the facts pool', () => {
  it('computes on a worker thread exactly the facts the main thread would, then lets the idle worker go', async () => {
    const pool = new FactsPool(1, { idleMs: 50 });
    try {
      const input = dumps(120);
      // No `help`: nothing runs on this thread, so the answer can only come from the worker.
      const facts = await pool.compute(input);
      expect(facts).toEqual(input.map((d) => dumpStoryFacts(d.text, d.stories)));
      expect(facts!.flat().length).toBeGreaterThan(120);
      await until(() => pool.workerCount === 0);
    } finally {
      await pool.close();
    }
  });

  it('builds on a worker an entity index that answers every question like one built on the main thread', async () => {
    const pool = new FactsPool(1, { idleMs: 50 });
    try {
      const facts = dumps(150).flatMap((d) => dumpStoryFacts(d.text, d.stories));
      // A library large enough to be indexed on a worker: the same stories under several ids.
      const perStory = new Map(Array.from({ length: 7 }, (_, k) => facts.map((f, i) => [`s${k}-${i}`, f.entities] as const)).flat());
      expect(perStory.size).toBeGreaterThan(2000);
      const overrides = { merges: [], splits: [] };
      const here = new EntityIndex(perStory, overrides);
      const there = await pool.entityIndex({ perStory, overrides });
      expect(there).toBeInstanceOf(EntityIndex);
      expect(there!.entities).toEqual(here.entities);
      expect(here.entities.size).toBeGreaterThan(10);
      for (const id of perStory.keys()) expect(there!.forStory(id)).toEqual(here.forStory(id));
      for (const e of [...here.entities.values()].slice(0, 300)) {
        expect(there!.resolve(e.name).map((x) => x.id)).toEqual(here.resolve(e.name).map((x) => x.id));
        expect(there!.storiesNamed(e.name)).toEqual(here.storiesNamed(e.name));
      }
      for (const f of facts)
        for (const e of unpackEntities(f.entities)) expect(there!.resolveKey(e.kind, e.key)).toBe(here.resolveKey(e.kind, e.key));
      // Too small a library, or no workers: the caller builds it itself.
      expect(await pool.entityIndex({ perStory: new Map([...perStory].slice(0, 3)), overrides })).toBeNull();
      expect(await new FactsPool(0).entityIndex({ perStory, overrides })).toBeNull();
    } finally {
      await pool.close();
    }
  });

  it("clusters a large library's storylines on a worker, as the main thread would, while the main thread keeps turning", async () => {
    const pool = new FactsPool(1, { idleMs: 50 });
    try {
      const facts = dumps(150).flatMap((d) => dumpStoryFacts(d.text, d.stories));
      // The same stories under several ids, a month apart, some of them near-copies.
      const stories = Array.from({ length: 7 }, (_, k) =>
        facts.map((f, i) => ({
          id: `s${k}-${i}`,
          date: `2025-0${k + 1}-${String(1 + (i % 28)).padStart(2, '0')}`,
          source: i % 2 ? 'Wire' : 'Daily',
          entities: unpackEntities(f.entities).map((e) => `${e.kind}:${e.key}`),
          // Mention counts for some stories only, as the entity index gives them.
          ...(i % 3 === 0 ? { mentions: unpackEntities(f.entities).map((e) => e.count) } : {}),
          terms: f.terms,
        })),
      ).flat();
      expect(stories.length).toBeGreaterThan(2000);
      const input: StorylinesInput = {
        stories,
        names: new Map(stories.flatMap((s) => s.entities.map((e) => [e, e.split(':')[1]] as const))),
        duplicateGroups: new Map(stories.filter((_, i) => i % 50 === 0).map((s) => [s.id, 'dup-1'])),
        moves: [{ storyId: stories[3].id, into: null }],
      };
      let turns = 0;
      const turning = setInterval(() => turns++, 1);
      const there = await pool.storylines(input);
      clearInterval(turning);
      expect(turns).toBeGreaterThan(0);
      // Done with the background work: the idle worker and its heap go now, not after the idle delay.
      expect(pool.workerCount).toBe(1);
      pool.releaseIdle();
      expect(pool.workerCount).toBe(0);
      const here = clusterStorylines(input);
      expect(here.some((l) => l.members.length > 1)).toBe(true);
      expect(there).toEqual(here);
      // What crosses the thread (entity ids as numbers into one table) reads back as the input.
      expect(fromStorylinesWire(toStorylinesWire(input).wire)).toEqual(input);
      // A small library is clustered at once on this thread.
      const small = { ...input, stories: stories.slice(0, 40) };
      expect(await new FactsPool(0).storylines(small)).toEqual(clusterStorylines(small));
    } finally {
      await pool.close();
    }
  });

  it('with no workers, computes everything when the main thread helps', async () => {
    const pool = new FactsPool(0);
    const input = dumps(5);
    let settled = false;
    const facts = pool.compute(input).then((f) => ((settled = true), f));
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    await pool.help();
    expect(await facts).toEqual(input.map((d) => dumpStoryFacts(d.text, d.stories)));
    expect(pool.workerCount).toBe(0);
  });

  it('stops every worker on close; facts still wanted then resolve as not wanted, and the pool works again after', async () => {
    const pool = new FactsPool(1, { idleMs: 60_000 });
    const pending = pool.compute(dumps(200));
    await until(() => pool.workerCount === 1);
    await pool.close();
    expect(await pending).toBeNull();
    expect(pool.workerCount).toBe(0);
    const again = dumps(3);
    const facts = pool.compute(again);
    await pool.help();
    expect(await facts).toEqual(again.map((d) => dumpStoryFacts(d.text, d.stories)));
    await pool.close();
  });
});
