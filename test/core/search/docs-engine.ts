import { FullTextIndex } from '../../../electron/core/search/full-text-index';
import type { SearchContext, SearchableStory } from '../../../electron/core/search/search-engine';

/** A story of a search test: its title, clean text and hidden (noise) text. */
export interface Doc {
  id: string;
  title: string;
  body: string;
  hidden?: string;
}

/** An in-memory index and search context over a few stories, as the app builds them from a library. */
export function docsEngine(docs: Doc[]): { index: FullTextIndex; ctx: SearchContext } {
  const index = new FullTextIndex();
  for (const d of docs) index.add(d.id, d.title, d.body, d.hidden ?? '');
  const byId = new Map(docs.map((d) => [d.id, d]));
  const story = (id: string): SearchableStory | undefined => {
    const d = byId.get(id);
    return d && { id, path: `${id}.txt`, title: d.title, date: null, source: null, language: 'en' };
  };
  return {
    index,
    ctx: {
      story,
      body: (id) => byId.get(id)!.body,
      hiddenBody: (id) => byId.get(id)!.hidden ?? '',
      storiesWithEntity: () => null,
      entityNames: () => [],
      facts: null,
    },
  };
}
