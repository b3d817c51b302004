import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { FIXTURES } from '../support/label-score';
import { OpenLibrary } from '../../electron/services/workspace/open-library';
import { IdentityMap } from '../../electron/core/library/identity';
import { analyseDump } from '../../electron/core/library/ingest-file';

// Count where each story's facts are computed: once per story, after the folder's site template is known.
const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../electron/services/discovery/story-facts', async (orig) => {
  const real = await orig<typeof import('../../electron/services/discovery/story-facts')>();
  return {
    computeStoryFacts: (title: string, body: string) => {
      calls.n++;
      return real.computeStoryFacts(title, body);
    },
    dumpStoryFacts: (text: string, stories: Parameters<typeof real.dumpStoryFacts>[1]) => {
      calls.n += stories.length;
      return real.dumpStoryFacts(text, stories);
    },
  };
});

let folder: string;
let services: ReturnType<typeof createServices>;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-ingest-facts-'));
  await cp(FIXTURES, folder, { recursive: true, filter: (src) => !src.endsWith('.json') });
  calls.n = 0;
  // In-process reads, so the counter sees the reader's calls as well as discovery's.
  services = createServices({
    sampleFolder: folder,
    watch: false,
    ingestWorkers: 0,
    emit: () => undefined,
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
});

afterEach(async () => {
  await services.stop();
  await rm(folder, { recursive: true, force: true });
});

describe("discovery's per-story facts", () => {
  it('are computed once per story, after the whole-folder read, not with it and not twice', async () => {
    const info = await services.workspace.open(folder);
    // Not with the read: the site-template marks, known once every dump is counted, change most stories' clean text.
    expect(info.stories).toBeGreaterThan(3);
    expect(calls.n).toBe(0);
    await services.discovery.whenReady();
    expect(calls.n).toBe(info.stories);
    const people = await services.discovery.listEntities('person');
    expect(people.map((e) => e.name)).toContain('Dmitry Peskov');
  });

  it('hands facts over once and only while the story keeps the layout they were computed from', () => {
    const lib = new OpenLibrary(folder, new IdentityMap());
    const text = 'Harbour news\n\nAnnika Lindqvist opened the ferry terminal in Gothenburg.\n';
    const dump = analyseDump(new TextEncoder().encode(text), []);
    if (dump.status !== 'ok') throw new Error('fixture did not segment');
    const facts = dump.stories.map((s) => ({ entities: 'x', signature: new Uint32Array(1), exactHash: s.title, terms: '', words: 1 }));
    lib.record('a.txt', { path: 'a.txt', size: text.length, mtimeMs: 0, contentHash: 'h', result: dump, facts }, text, new Map());
    const [story] = lib.catalog.file('a.txt')!.stories;
    expect(lib.takeFacts(story.id, { ...story, noise: [{ start: story.start, end: story.start + 4, kind: 'ad' as const }] })).toBeNull();
    lib.record('a.txt', { path: 'a.txt', size: text.length, mtimeMs: 0, contentHash: 'h', result: dump, facts }, text, new Map());
    expect(lib.takeFacts(story.id, story)?.exactHash).toBe(story.title);
    expect(lib.takeFacts(story.id, story)).toBeNull();
  });
});
