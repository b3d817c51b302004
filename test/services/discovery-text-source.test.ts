import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Story } from '../../electron/core/types';
import { DiscoveryService, type DiscoveryWorkspace } from '../../electron/services/discovery/discovery-service';
import { FIXTURES } from '../support/label-score';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-discovery-text-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A workspace of whole-file stories whose texts the test can change, as a re-read would. */
function fakeWorkspace(texts: Map<string, string>): DiscoveryWorkspace {
  const story = (path: string): Story => ({
    id: `id-${path}`,
    docId: `doc-${path}`,
    path,
    index: 0,
    title: path,
    start: 0,
    end: texts.get(path)!.length,
    date: null,
    source: null,
    byline: null,
    language: 'en',
    words: 1,
    noise: [],
  });
  return {
    current: () => ({ folder, name: 'fake', isSample: false, files: texts.size, stories: texts.size, problems: 0 }),
    listStories: () => [...texts.keys()].map((p) => story(p)),
    listFiles: () =>
      [...texts].map(([path, t]) => ({
        docId: `doc-${path}`,
        path,
        status: 'ok' as const,
        encoding: 'utf-8' as const,
        lossy: false,
        size: t.length,
        stories: 1,
      })),
    storyRecord: (id: string) => story(id.slice(3)),
    rawFile: (path: string) => ({ path, text: texts.get(path)!, encoding: 'utf-8' as const }),
    contentHash: (path: string) => `h${texts.get(path)!.length}`,
  };
}

describe('discovery reads story texts through the workspace', () => {
  it('shows a near-duplicate variant as the workspace now has it, not a copy discovery kept', async () => {
    const korea = readFileSync(join(FIXTURES, '03_korea_drone.txt'), 'utf8');
    const copy = readFileSync(join(FIXTURES, '04_korea_drone_copy.txt'), 'utf8');
    const texts = new Map([
      ['a.txt', korea],
      ['b.txt', copy],
    ]);
    const workspace = fakeWorkspace(texts);
    const discovery = new DiscoveryService({
      workspace,
      emit: () => undefined,
      overrides: async () => ({ get: () => ({ merges: [], splits: [] }), save: async () => undefined }),
      dismissals: async () => ({ dismissedWith: () => new Set(), add: async () => undefined }),
    });
    await discovery.start(folder);
    await discovery.whenReady();
    const [cluster] = await discovery.duplicateClusters();
    expect(cluster.stories.map((s) => s.path).sort()).toEqual(['a.txt', 'b.txt']);
    // The workspace's own cache is keyed by content hash, so what it serves is current.
    texts.set('b.txt', copy.replace(/drone/g, 'balloon'));
    const view = await discovery.duplicateCluster(cluster.id);
    const b = view.variants.find((v) => v.path === 'b.txt')!;
    expect(b.text).toContain('balloon');
    expect(b.text).not.toContain('drone');
  });
});
