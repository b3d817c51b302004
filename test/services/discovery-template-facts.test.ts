import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { computeStoryFacts } from '../../electron/services/discovery/story-facts';
import { cleanBody } from '../../electron/core/search/clean-body';
import { unpackEntities } from '../../electron/core/entities/packed';
import type { DiscoveryState } from '../../electron/services/discovery/discovery-state';
import { PROMPT, sitePage } from '../support/site-dumps';

let dir = '';
let services: ReturnType<typeof createServices> | null = null;
afterEach(async () => {
  await services?.stop();
  services = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('facts of stories the site template re-marked after their read', () => {
  it('are those of the marked text, whichever thread computed them, and no facts worker outlives stop()', { timeout: 90_000 }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-template-facts-'));
    // Enough pages that the facts pool starts a worker for the re-marked stories.
    for (let i = 0; i < 100; i++) writeFileSync(join(dir, `page-${i}.txt`), sitePage(i));
    services = createServices({
      sampleFolder: join(dir, 'no-sample'),
      watch: false,
      emit: () => undefined,
      app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
    });
    const { workspace, discovery } = services;
    await workspace.open(dir);
    await discovery.whenReady();
    const state = (discovery as unknown as { state: DiscoveryState }).state;
    const stories = workspace.listStories();
    expect(stories.length).toBe(100);
    for (const s of stories) {
      const record = workspace.storyRecord(s.id);
      expect(record.noise.some((n) => n.kind === 'boilerplate')).toBe(true);
      const body = cleanBody(workspace.rawFile(s.path).text, record);
      expect(body).not.toContain(PROMPT);
      const direct = computeStoryFacts(s.title, body);
      const got = state.facts.get(s.id)!;
      expect({ ...got, entities: '' }).toEqual({ ...direct, entities: '' });
      // Discovery keeps the names its library index kept: a subset of those the text names.
      const names = new Set(unpackEntities(direct.entities).map((e) => `${e.kind}:${e.key}`));
      for (const e of unpackEntities(got.entities)) expect(names.has(`${e.kind}:${e.key}`)).toBe(true);
    }
    await services.stop();
    services = null;
    expect(state.factsPool.workerCount).toBe(0);
  });
});
