import { describe, expect, it, vi } from 'vitest';
import { StoryAnnotations } from '../../renderer/src/lib/state/story-annotations.svelte';
import { installFakeBridge } from './fake-bridge';
import type { Highlight } from '@core/annotations/model';

const highlight = (id: string, start: number): Highlight => ({
  id,
  storyId: 'st1',
  docPath: 'a.txt',
  selectors: { quote: { exact: 'fees', prefix: '', suffix: '' }, position: { start, end: start + 4 } },
  color: 'yellow',
  note: '',
  tags: ['topic/ports'],
  createdAt: '',
  updatedAt: '',
  anchor: { status: 'ok', start, end: start + 4, checkedAt: '' },
});

const status = { onmessage: () => undefined, onerror: () => undefined };

describe('the open story’s annotations', () => {
  it('paints the story’s highlights without waiting for the workspace’s orphans and undo history', async () => {
    // Orphans and history answer late at library scale (or, here, never): the reader must not wait for them.
    const never = () => new Promise<never>(() => undefined);
    installFakeBridge({
      'highlights.listForStory': () => [highlight('h2', 20), highlight('h1', 5)],
      'tags.list': () => [{ name: 'topic/ports', color: 'green', highlights: 2, stories: 1 }],
      'stories.getTags': () => [],
      'notes.get': () => null,
      'links.listForStory': () => ({ links: [], backlinks: [] }),
      'orphans.list': never,
      'annotations.history': never,
    });
    const notes = new StoryAnnotations(status);
    void notes.load('st1');
    await vi.waitFor(() => expect(notes.highlightsFor).toBe('st1'), { timeout: 5_000 });
    expect(notes.paintRanges.map((r) => r.id)).toEqual(['h1', 'h2']);
    // Tag colours came with them: the highlights are painted once, in their tag's colour.
    expect(new Set(notes.paintRanges.map((r) => r.color)).size).toBe(1);
    expect(notes.paintRanges[0].color).toBe(notes.tagColors.get('topic/ports'));
  });

  it('paints the story’s highlights without waiting for its tags, note and links, which land after', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    installFakeBridge({
      'highlights.listForStory': () => [highlight('h1', 5)],
      'tags.list': () => [],
      'stories.getTags': async () => (await gate, ['region/baltic']),
      'notes.get': async () => (await gate, null),
      'links.listForStory': async () => (await gate, { links: [], backlinks: [] }),
      'orphans.list': () => [],
      'annotations.history': () => ({ done: false, message: '', canUndo: null, canRedo: null }),
    });
    const notes = new StoryAnnotations(status);
    const loaded = notes.load('st1');
    await vi.waitFor(() => expect(notes.highlightsFor).toBe('st1'), { timeout: 5_000 });
    expect(notes.paintRanges.map((r) => r.id)).toEqual(['h1']);
    expect(notes.tags).toEqual([]);
    release();
    await loaded;
    expect(notes.tags).toEqual(['region/baltic']);
  });

  it('keeps a late answer for a story the analyst has left from replacing the new one’s', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    installFakeBridge({
      'highlights.listForStory': async ({ storyId }) => {
        if (storyId === 'old') await gate;
        return storyId === 'old' ? [highlight('stale', 1)] : [highlight('fresh', 2)];
      },
      'tags.list': () => [],
      'stories.getTags': () => [],
      'notes.get': () => null,
      'links.listForStory': () => ({ links: [], backlinks: [] }),
      'orphans.list': () => [],
      'annotations.history': () => ({ done: false, message: '', canUndo: null, canRedo: null }),
    });
    const notes = new StoryAnnotations(status);
    const first = notes.load('old');
    await notes.load('st1');
    release();
    await first;
    expect(notes.highlightsFor).toBe('st1');
    expect(notes.highlights.map((h) => h.id)).toEqual(['fresh']);
  });
});
