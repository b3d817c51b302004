import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import HighlightsSection from '../../renderer/src/panes/inspector/HighlightsSection.svelte';
import type { ApiValue } from '@core/api';

type Highlight = ApiValue<'highlights.listForStory'>[number];

const highlight = (storyId: string, i: number) =>
  ({
    id: `${storyId}-h${i}`,
    storyId,
    docPath: 'a.txt',
    selectors: { quote: { exact: `quote ${i}`, prefix: '', suffix: '' }, position: { start: i * 10, end: i * 10 + 5 } },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    anchor: { status: 'exact', start: i * 10, end: i * 10 + 5, checkedAt: '2024-01-01T00:00:00Z' },
  }) as unknown as Highlight;
const many = (storyId: string, n: number) => Array.from({ length: n }, (_, i) => highlight(storyId, i));

/** jsdom has no IntersectionObserver: this one reports what the test says is near the view. */
let observed: { el: Element; cb: IntersectionObserverCallback }[] = [];
class FakeObserver {
  constructor(private cb: IntersectionObserverCallback) {}
  observe(el: Element) {
    observed.push({ el, cb: this.cb });
  }
  disconnect() {
    observed = observed.filter((o) => o.cb !== this.cb);
  }
}
const scrollNear = () => {
  for (const o of [...observed]) o.cb([{ isIntersecting: true, target: o.el } as IntersectionObserverEntry], o as never);
  flushSync();
};

beforeEach(() => {
  observed = [];
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeObserver;
});
afterEach(() => {
  cleanup();
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
});

const props = (highlights: Highlight[], focused: string | null = null) => ({
  highlights,
  focused,
  colorOf: () => '#ff0',
  onfocus: () => {},
  ondelete: () => {},
  onnote: () => {},
  onbrief: () => {},
});
const items = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('[data-highlight-id]')].map((e) => e.dataset.highlightId);

describe('the inspector’s highlight list', () => {
  it('builds a story’s 200 highlights a batch at a time as the list nears the view, in order', () => {
    const { container } = render(HighlightsSection, props(many('s1', 200)));
    expect(items(container)).toHaveLength(24);
    scrollNear();
    expect(items(container)).toEqual(many('s1', 48).map((h) => h.id));
    for (let i = 0; i < 10; i++) scrollNear();
    expect(items(container)).toHaveLength(200);
    expect(container.querySelector('li.more')).toBeNull();
  });

  it('always builds the focused highlight, and starts again from the first batch for another story', async () => {
    const { container, rerender } = render(HighlightsSection, props(many('s1', 200), 's1-h150'));
    expect(items(container)).toHaveLength(151);
    expect(container.querySelector('[data-highlight-id="s1-h150"] textarea')).toBeTruthy();
    await rerender(props(many('s2', 200)));
    expect(items(container)).toEqual(many('s2', 24).map((h) => h.id));
  });
});
