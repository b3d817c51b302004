import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import { noEmit } from '../../electron/core/api/emit';
import { eventually } from '../support/eventually';
import { article, PROMPT, sitePage } from '../support/site-dumps';

let folder = '';
let services: ReturnType<typeof createServices> | null = null;
afterEach(async () => {
  await services?.stop();
  services = null;
  rmSync(folder, { recursive: true, force: true });
});

describe('site template marks and what the analyst made', () => {
  it('a line turning into template keeps highlights anchored where they were, and search stops matching it', async () => {
    folder = mkdtempSync(join(tmpdir(), 'dossier-template-notes-'));
    for (let i = 0; i < 2; i++) writeFileSync(join(folder, `page-${i}.txt`), sitePage(i));
    services = createServices({
      sampleFolder: folder,
      emit: noEmit,
      app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
    });
    await services.workspace.open(folder);
    const ws = services.workspace;
    const story = ws.listStories().find((s) => s.path === 'page-0.txt')!;
    const view = ws.getStory(story.id);
    const quote = article(0).body[2].slice(0, 60);
    const on = (q: string) => {
      const start = view.story.start + view.text.indexOf(q);
      return services!.annotations.createHighlight({ storyId: story.id, start, end: start + q.length, exact: q, tags: [], note: '' });
    };
    const inArticle = await on(quote);
    const onPrompt = await on(PROMPT);
    await eventually(async () => expect((await services!.discovery.search('"morning briefing"')).total).toBe(2));

    writeFileSync(join(folder, 'page-2.txt'), sitePage(2));
    await eventually(() => {
      const noise = ws.getStory(story.id).noise;
      expect(noise.some((n) => n.kind === 'boilerplate')).toBe(true);
    });
    // Only noise moved: the story keeps its id, and both highlights their place (one now sits on a marked line).
    expect(ws.listStories().find((s) => s.path === 'page-0.txt')!.id).toBe(story.id);
    const after = services.annotations.highlightsForStory(story.id);
    for (const h of [inArticle, onPrompt]) {
      const now = after.find((x) => x.id === h.id)!;
      expect(now.anchor.status).toBe('ok');
      expect([now.anchor.start, now.anchor.end]).toEqual([h.anchor.start, h.anchor.end]);
    }
    expect(services.annotations.listOrphans()).toEqual([]);
    // The prompt is no longer article text: search reads clean text only.
    await eventually(async () => expect((await services!.discovery.search('"morning briefing"')).total).toBe(0));
    expect((await services.discovery.search('"spend more on harbour dredging"')).total).toBe(1);
  });
});
