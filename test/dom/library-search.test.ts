import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import LibraryPane from '../../renderer/src/panes/library/LibraryPane.svelte';
import { LibraryState } from '../../renderer/src/lib/state/library.svelte';
import { SavedSearches } from '../../renderer/src/lib/state/saved-searches.svelte';
import { installFakeBridge } from './fake-bridge';
import { wordMatching } from '../../renderer/src/lib/search/word-matching.svelte';
import type { StorySummary } from '@core/api/views';

const story = (id: string): StorySummary => ({
  id,
  docId: `d-${id}`,
  path: `${id}.txt`,
  index: 0,
  title: `Story ${id}`,
  date: null,
  source: null,
  byline: null,
  language: 'en',
  words: 10,
});
const noFacets = { tags: [], entities: [], sources: [], languages: [], months: [] };
const result = (id: string) => ({
  storyId: id,
  path: `${id}.txt`,
  title: `Story ${id}`,
  date: null,
  source: null,
  byline: null,
  language: 'en',
  score: 1,
  snippet: { text: id, marks: [] },
});

// jsdom has no layout, so no ResizeObserver (the list's bind:clientHeight needs one).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
afterEach(() => cleanup());

/** A bridge whose search answers wait until the test releases them, query by query. */
function gatedSearch() {
  const gates = new Map<string, () => void>();
  const waitFor = (key: string) => new Promise<void>((r) => gates.set(key, r));
  const release = async (key: string) => {
    while (!gates.has(key)) await new Promise((r) => setTimeout(r, 5));
    gates.get(key)!();
    gates.delete(key);
    await new Promise((r) => setTimeout(r, 20));
  };
  installFakeBridge({
    'search.query': async ({ query }) => {
      await waitFor(`list:${query}`);
      return { total: 1, results: [result(query === 'korsa' ? 'b' : 'a')], facets: noFacets, warnings: [] };
    },
    'search.facets': async ({ query }) => {
      await waitFor(`facets:${query}`);
      return { facets: { ...noFacets, sources: [{ value: `from ${query}`, count: 1 }] }, total: 1, warnings: [] };
    },
  });
  return release;
}

describe('the library’s search as the analyst types', () => {
  it('never lets an older query’s late list replace the newer one’s', async () => {
    const release = gatedSearch();
    const library = new LibraryState();
    library.stories = [story('a'), story('b')];
    void library.runSearch('kor');
    void library.runSearch('korsa');
    await release('list:korsa');
    await release('facets:korsa');
    await release('list:kor');
    expect(library.visible.map((s) => s.id)).toEqual(['b']);
    expect(library.search?.facets.sources.map((f) => f.value)).toEqual(['from korsa']);
  });

  it('never lets an older query’s late facets replace the newer one’s', async () => {
    const release = gatedSearch();
    const library = new LibraryState();
    library.stories = [story('a'), story('b')];
    void library.runSearch('kor');
    await release('list:kor');
    void library.runSearch('korsa');
    await release('list:korsa');
    await release('facets:korsa');
    await release('facets:kor');
    expect(library.visible.map((s) => s.id)).toEqual(['b']);
    expect(library.search?.facets.sources.map((f) => f.value)).toEqual(['from korsa']);
  });

  // Asked once the list had landed, the facets always came a frame later and were drawn in one of
  // their own; asked with it, they are counted right after it and often share its frame.
  it('asks for the facets together with the list, and shows them only once the list has landed', async () => {
    const asked: string[] = [];
    const gates = new Map<string, () => void>();
    const gate = (key: string) => {
      asked.push(key);
      return new Promise<void>((r) => gates.set(key, r));
    };
    installFakeBridge({
      'search.query': async ({ query }) => {
        await gate(`list:${query}`);
        return { total: 1, results: [result('a')], facets: noFacets, warnings: [] };
      },
      'search.facets': async ({ query }) => {
        await gate(`facets:${query}`);
        return { facets: { ...noFacets, sources: [{ value: `from ${query}`, count: 1 }] }, total: 1, warnings: [] };
      },
    });
    const library = new LibraryState();
    library.stories = [story('a'), story('b')];
    const done = library.runSearch('kor');
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toEqual(['list:kor', 'facets:kor']);
    // The facets landing first wait for their list: the panel never counts a list not yet shown.
    gates.get('facets:kor')!();
    await new Promise((r) => setTimeout(r, 20));
    expect(library.search).toBeNull();
    expect(library.shownFacets).toBeNull();
    gates.get('list:kor')!();
    await done;
    expect(library.visible.map((s) => s.id)).toEqual(['a']);
    expect(library.search?.facets.sources.map((f) => f.value)).toEqual(['from kor']);
    expect(library.facetsPending).toBe(false);
  });

  it('shows the whole library when the box is cleared while an answer is on its way', async () => {
    const release = gatedSearch();
    const library = new LibraryState();
    library.stories = [story('a'), story('b')];
    void library.runSearch('kor');
    void library.runSearch('');
    await release('list:kor');
    expect(library.search).toBeNull();
    expect(library.visible.map((s) => s.id)).toEqual(['a', 'b']);
  });

  // At 500 results every re-derived list is re-diffed and redrawn: the facets landing, or a
  // keystroke whose answer is still on its way, must leave the rows on screen as they are.
  it('keeps the listed rows as they are while the facets land and the next keystroke waits', async () => {
    const release = gatedSearch();
    const library = new LibraryState();
    library.stories = [story('a'), story('b')];
    void library.runSearch('kor');
    await release('list:kor');
    const rows = library.rows;
    await release('facets:kor');
    expect(library.search?.facets.sources.map((f) => f.value)).toEqual(['from kor']);
    expect(library.rows).toBe(rows);
    void library.runSearch('korsa');
    expect(library.rows).toBe(rows);
    await release('list:korsa');
    expect(library.visible.map((s) => s.id)).toEqual(['b']);
    expect(library.search?.facets.sources).toEqual([]);
  });

  // The reader marks what the list answers: marking a keystroke's words before its list lands
  // repaints a long story once more per keystroke, and marks words the list does not yet answer.
  it('marks in the reader the words of the query the list answers, not of the box while its answer is on its way', async () => {
    // The app loads the word matching once its first rows are drawn, before anyone types.
    await wordMatching.load();
    const release = gatedSearch();
    const library = new LibraryState();
    library.stories = [story('a'), story('b')];
    void library.runSearch('kor');
    expect(library.hitTerms).toEqual([]);
    await release('list:kor');
    expect(library.hitTerms).toEqual(['kor']);
    void library.runSearch('korsa');
    expect(library.hitTerms).toEqual(['kor']);
    await release('list:korsa');
    expect(library.hitTerms).toEqual(['korsa']);
    void library.runSearch('');
    expect(library.hitTerms).toEqual([]);
  });

  // Emptied between a keystroke's list and its facets, the panel collapsed and grew back, and the
  // list below it jumped and was measured and drawn twice per keystroke.
  it('keeps the filter panel’s last facets, dimmed, while the next query’s are counted', async () => {
    const release = gatedSearch();
    const library = new LibraryState();
    library.workspace = { folder: '/lib', name: 'lib', isSample: false, files: 2, stories: 2, problems: 0 };
    library.loading = false;
    library.stories = [story('a'), story('b')];
    render(LibraryPane, { library, saved: new SavedSearches() });
    void library.runSearch('kor');
    await release('list:kor');
    await release('facets:kor');
    expect(screen.getByText('from kor')).toBeTruthy();
    expect(screen.getByLabelText('Filters').getAttribute('aria-busy')).toBe('false');
    void library.runSearch('korsa');
    await release('list:korsa');
    expect(screen.getByText('from kor')).toBeTruthy();
    expect(screen.getByLabelText('Filters').getAttribute('aria-busy')).toBe('true');
    await release('facets:korsa');
    expect(screen.getByText('from korsa')).toBeTruthy();
    expect(screen.queryByText('from kor')).toBeNull();
    expect(screen.getByLabelText('Filters').getAttribute('aria-busy')).toBe('false');
  });
});
