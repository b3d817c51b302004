import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import LibraryPane from '../../renderer/src/panes/library/LibraryPane.svelte';
import { LibraryState } from '../../renderer/src/lib/state/library.svelte';
import { SavedSearches } from '../../renderer/src/lib/state/saved-searches.svelte';
import type { StorySummary } from '@core/api/views';

// jsdom has no layout, so no ResizeObserver (the list's bind:clientHeight needs one).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const story = (id: string, title: string): StorySummary => ({
  id,
  docId: `d-${id}`,
  path: `${id}.txt`,
  index: 0,
  title,
  date: null,
  source: null,
  byline: null,
  language: 'en',
  words: 40,
});

afterEach(() => cleanup());

describe('the library list when its stories change', () => {
  // A keystroke replaces most rows on screen: rows drawn again in place, not destroyed and built anew.
  it('draws another list into the rows already on screen, each showing only its new story', () => {
    const library = new LibraryState();
    library.workspace = { folder: '/lib', name: 'lib', isSample: false, files: 3, stories: 3, problems: 0 };
    library.loading = false;
    library.stories = [story('a', 'Storm at Korsa'), story('b', 'Harbour closed'), story('c', 'Ferries resume')];
    library.highlightCounts = new Map([['a', 3]]);
    const { container } = render(LibraryPane, { library, saved: new SavedSearches() });
    const rows = () => [...container.querySelectorAll<HTMLElement>('.row')];
    const before = rows();
    expect(before.map((r) => r.querySelector('[data-story-id]')?.getAttribute('data-story-id'))).toEqual(['a', 'b', 'c']);
    expect(before[0].textContent).toContain('✎ 3');

    library.stories = [story('d', 'Bridge reopens'), story('e', 'Port strike ends')];
    flushSync();
    const after = rows();
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after.map((r) => r.querySelector('[data-story-id]')?.getAttribute('data-story-id'))).toEqual(['d', 'e']);
    expect(after[0].textContent).toContain('Bridge reopens');
    expect(after[0].textContent).not.toContain('✎');
    expect(after[0].textContent).not.toContain('Storm');
  });
});
