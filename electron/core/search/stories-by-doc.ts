import type { FullTextIndex } from './full-text-index';
import type { SearchableStory } from './search-engine';

/** The catalog as the table reads it: records by story id, and a count that changes with every edit. */
export interface CountedCatalog {
  readonly version: number;
  get(id: string): SearchableStory | undefined;
}

/**
 * The catalog record of every index doc, in an array by doc number. A filtered query looks up
 * the story of every hit before it can filter (a broad word at 10,000 dumps: some 20,000 hits),
 * and a string-keyed map look-up per hit was a fifth of such a query's time; an array read is
 * not. The table is read afresh whenever the index adds, removes or renumbers a doc, or the
 * catalog is another one or reports an edit, so it never answers with a record the catalog no
 * longer holds.
 */
export class StoriesByDoc {
  private rows: (SearchableStory | undefined)[] = [];
  private index: FullTextIndex | null = null;
  private indexVersion = -1;
  private catalog: CountedCatalog | null = null;
  private catalogVersion = -1;

  /** The table for `index` as `catalog` stands now. */
  table(index: FullTextIndex, catalog: CountedCatalog): readonly (SearchableStory | undefined)[] {
    if (
      index !== this.index ||
      index.version !== this.indexVersion ||
      catalog !== this.catalog ||
      catalog.version !== this.catalogVersion
    ) {
      const rows: (SearchableStory | undefined)[] = new Array(index.docSlots);
      for (let d = 0; d < rows.length; d++) rows[d] = catalog.get(index.docId(d));
      this.rows = rows;
      this.index = index;
      this.indexVersion = index.version;
      this.catalog = catalog;
      this.catalogVersion = catalog.version;
    }
    return this.rows;
  }
}
