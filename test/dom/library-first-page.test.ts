import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import LibraryPane from '../../renderer/src/panes/library/LibraryPane.svelte';
import { LibraryState } from '../../renderer/src/lib/state/library.svelte';
import { SavedSearches } from '../../renderer/src/lib/state/saved-searches.svelte';
import { packLibrary } from '@core/api/library-packed';
import type { FileSummary, StorySummary } from '@core/api/views';
import { wordMatching } from '../../renderer/src/lib/search/word-matching.svelte';
import { installFakeBridge } from './fake-bridge';

// jsdom has no layout, so no ResizeObserver (the list's bind:clientHeight needs one).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const STORIES = 3000;
const file = (i: number): FileSummary => ({
  docId: `d${i}`,
  path: `wires/${String(i).padStart(4, '0')}.txt`,
  status: 'ok',
  encoding: 'utf-8',
  lossy: false,
  size: 900,
  stories: 1,
});
const story = (i: number): StorySummary => ({
  id: `s${i}`,
  docId: `d${i}`,
  path: file(i).path,
  index: 0,
  title: `Harbour report number ${i}`,
  date: null,
  source: null,
  byline: null,
  language: 'en',
  words: 40,
});
const files = Array.from({ length: STORIES }, (_, i) => file(i));
const stories = Array.from({ length: STORIES }, (_, i) => story(i));
const tick = () => new Promise((r) => setTimeout(r, 20));

/** A bridge whose whole listing waits for the test; a page of it answers at once. */
function slowListing() {
  let release = () => undefined as void;
  const whole = new Promise<void>((r) => (release = r));
  const fake = installFakeBridge({
    'workspace.current': () => ({ folder: '/lib', name: 'lib', isSample: false, files: STORIES, stories: STORIES, problems: 0 }),
    'library.listPacked': async (args) => {
      if (args) {
        const from = args.offset ?? 0;
        return packLibrary(files.slice(from, from + args.limit), stories.slice(from, from + args.limit), STORIES);
      }
      await whole;
      return packLibrary(files, stories);
    },
  });
  return { release, calls: fake.calls };
}

afterEach(() => cleanup());

describe('opening a large library', () => {
  it('shows its first rows and its size before the whole listing has arrived, then the whole list', async () => {
    const { release, calls } = slowListing();
    const library = new LibraryState();
    render(LibraryPane, { library, saved: new SavedSearches() });
    const done = library.refresh();
    await tick();
    expect(screen.getByText('Harbour report number 0')).toBeTruthy();
    expect(screen.getByText(`${STORIES} stories in ${STORIES} files`)).toBeTruthy();
    expect(library.stories.length).toBeLessThan(STORIES);
    // The first row is selected (so the reader can open it) without waiting for the rest.
    expect(library.selectedId).toBe('s0');
    // The whole listing is asked for after the page, so it cannot delay it.
    expect(calls.filter(([m]) => m === 'library.listPacked').map(([, a]) => a !== undefined)).toEqual([true, false]);
    release();
    await done;
    expect(library.stories.length).toBe(STORIES);
    expect(screen.getByText(`${STORIES} stories in ${STORIES} files`)).toBeTruthy();
    // The first rows asked for search's word matching (its own chunk); let it land before the
    // environment is torn down, or its import fails after the test as an unhandled rejection.
    await wordMatching.load();
  });
});
