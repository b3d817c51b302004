import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import ReaderPane from '../../renderer/src/panes/reader/ReaderPane.svelte';
import StoryRow from '../../renderer/src/panes/library/StoryRow.svelte';
import { ReaderState } from '../../renderer/src/lib/state/reader.svelte';
import { hasHit } from '../../renderer/src/lib/reader/paint-hits';
import { wordMatching } from '../../renderer/src/lib/search/word-matching.svelte';
import type { StoryView } from '@core/api';
import { installFakeBridge } from './fake-bridge';

const TEXT = ['Summit Ends', 'Tweet by @kremlin_ru: Путин прибыл в Пекин', 'The summit ended on Friday after two days of talks.'].join(
  '\n',
);

function view(): StoryView {
  const at = (s: string) => TEXT.indexOf(s);
  const noise = [{ kind: 'social-post' as const, start: at('Tweet'), end: at('The summit') - 1 }];
  return {
    story: {
      id: 's1',
      docId: 'd1',
      path: 'summit.txt',
      index: 0,
      title: 'Summit Ends',
      start: 0,
      end: TEXT.length,
      date: null,
      source: null,
      byline: null,
      language: 'en',
      words: 20,
      noise,
    },
    text: TEXT,
    noise,
    encoding: 'utf-8',
    lossy: false,
  };
}

afterEach(() => cleanup());
// jsdom lays nothing out; the reader scrolls to the hit it opened.
Element.prototype.scrollIntoView ??= function () {};

describe('hits in hidden lines', () => {
  it('marks the other forms of a word as search matches them', () => {
    expect(hasHit('Заявление Путина прозвучало', ['Putin'])).toBe(true);
    expect(hasHit('A senator spoke', ['NATO'])).toBe(false);
  });

  it('says "in hidden lines" in the library row of such a hit', () => {
    const story = view().story;
    render(StoryRow, { story, hiddenHit: true, highlights: 0, selected: false, onselect: () => {} });
    expect(screen.getByText('in hidden lines')).toBeTruthy();
  });

  it('opens the noise bar holding the hit and marks it there', async () => {
    installFakeBridge({ 'stories.get': () => view() });
    // In the app, hit terms come only once the word matching has loaded (after the first rows).
    await wordMatching.load();
    const reader = new ReaderState();
    const { container } = render(ReaderPane, { reader, hitTerms: ['Putin'], hiddenHit: true });
    await reader.open('s1');
    flushSync();
    expect(screen.getByRole('button', { name: /hidden line/ }).getAttribute('aria-expanded')).toBe('true');
    const deadline = Date.now() + 5000;
    while (!container.querySelector('mark.hit') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(container.querySelector('mark.hit')?.textContent).toBe('Путин');
  });
});
