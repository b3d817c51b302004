import { describe, expect, it } from 'vitest';
import { ReaderState } from '../../renderer/src/lib/state/reader.svelte';
import { StoryAnnotations } from '../../renderer/src/lib/state/story-annotations.svelte';
import { installFakeBridge } from './fake-bridge';
import type { StoryView } from '@core/api';
import type { Highlight } from '@core/annotations/model';

const TEXT = 'Storm at Korsa\nThe harbour of Korsa was closed.';
const view = (): StoryView => {
  const story = {
    id: 'st1',
    docId: 'd1',
    path: 'a.txt',
    index: 0,
    title: 'Storm at Korsa',
    start: 0,
    end: TEXT.length,
    date: null,
    source: null,
    byline: null,
    language: 'en',
    words: 8,
    noise: [],
  };
  return { story, text: TEXT, noise: [], encoding: 'utf-8', lossy: false };
};
const highlight: Highlight = {
  id: 'h1',
  storyId: 'st1',
  docPath: 'a.txt',
  selectors: { quote: { exact: 'harbour', prefix: '', suffix: '' }, position: { start: 19, end: 26 } },
  color: 'yellow',
  note: '',
  tags: [],
  createdAt: '',
  updatedAt: '',
  anchor: { status: 'ok', start: 19, end: 26, checkedAt: '' },
};
const status = { onmessage: () => undefined, onerror: () => undefined };
const tick = () => new Promise((r) => setTimeout(r, 10));

describe('opening a story with its highlights', () => {
  // Shown before its highlights, the story was laid out and painted twice, a few milliseconds apart.
  it('shows the story’s text only together with its highlights', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    installFakeBridge({
      'stories.get': () => view(),
      'highlights.listForStory': async () => (await gate, [highlight]),
      'tags.list': () => [],
      'stories.getTags': () => [],
      'notes.get': () => null,
      'links.listForStory': () => ({ links: [], backlinks: [] }),
      'orphans.list': () => [],
    });
    const notes = new StoryAnnotations(status);
    const reader = new ReaderState();
    void notes.load('st1');
    const opened = reader.open('st1', notes.highlightsLanded);
    for (let i = 0; i < 5; i++) await tick();
    expect(reader.view).toBeNull();
    release();
    await opened;
    expect(reader.view?.story.id).toBe('st1');
    expect(notes.highlightsFor).toBe('st1');
    expect(notes.paintRanges.map((r) => r.id)).toEqual(['h1']);
  });

  it('still shows the story when its highlights cannot be read', async () => {
    installFakeBridge({ 'stories.get': () => view() });
    const notes = new StoryAnnotations(status);
    const reader = new ReaderState();
    void notes.load('st1');
    await reader.open('st1', notes.highlightsLanded);
    expect(reader.view?.story.id).toBe('st1');
    expect(notes.paintRanges).toEqual([]);
  });
});
