import type { FullTextIndex } from './full-text-index';
import type { SearchContext } from './search-engine';
import { facetTableFor } from './facet-table';
import { topK } from './top-k';

/** How many results carry each value of a facet; the library shows these as filter chips. */
interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  tags: FacetCount[];
  entities: FacetCount[];
  sources: FacetCount[];
  languages: FacetCount[];
  /** YYYY-MM, in calendar order. */
  months: FacetCount[];
}

const TOP = 25;

export const emptyFacets = (): Facets => ({ tags: [], entities: [], sources: [], languages: [], months: [] });

/**
 * Count facet values over the whole result set (not just the visible page): `docs[0..n)` are
 * index doc numbers of stories the catalog has. Values are counted as numbers in arrays sized to
 * each facet's dictionary (see facet-table.ts); tags, which the analyst edits at any moment and
 * few stories carry, are read per story.
 */
export function countFacets(index: FullTextIndex, ctx: SearchContext, docs: Int32Array, n: number): Facets {
  const table = facetTableFor(index, ctx);
  // One row per story: a hidden-lines hit counts with the row of the story's text doc.
  const rows = new Int32Array(n);
  // Read by doc number where the context can (see stories-by-doc.ts), not looked up by id per match.
  const byDoc = ctx.storiesByDoc?.();
  for (let i = 0; i < n; i++) {
    const d = docs[i];
    const row = index.isHidden(d) ? index.otherTier(d) : d;
    rows[i] = row;
    table.fill(row, (byDoc ? byDoc[d] : ctx.story(index.docId(d)))!, ctx);
  }
  const c = {
    sources: new Uint32Array(table.sources.values.length),
    languages: new Uint32Array(table.languages.values.length),
    months: new Uint32Array(table.months.values.length),
    entities: new Uint32Array(table.entities.values.length),
  };
  const tags = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    table.tally(rows[i], c);
    const t = ctx.facts?.tagsForStory(index.docId(rows[i]));
    if (t?.length) for (const tag of t.length > 1 ? new Set(t) : t) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const monthIds = present(c.months).sort((a, b) => table.months.values[a].localeCompare(table.months.values[b]));
  return {
    tags: top([...tags.keys()], Int32Array.from(tags.values())),
    entities: topOf(table.entities.values, c.entities),
    sources: topOf(table.sources.values, c.sources),
    languages: topOf(table.languages.values, c.languages),
    months: monthIds.map((m) => ({ value: table.months.values[m], count: c.months[m] })),
  };
}

/** Ids whose count is not zero. */
function present(counts: Uint32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i]) out.push(i);
  return out;
}

const topOf = (values: readonly string[], counts: Uint32Array): FacetCount[] => {
  const ids = present(counts);
  return top(
    ids.map((i) => values[i]),
    Int32Array.from(ids, (i) => counts[i]),
  );
};

/** The TOP most frequent values, most first, ties in `localeCompare` order. */
function top(values: readonly string[], counts: Int32Array): FacetCount[] {
  const better = (a: number, b: number) => {
    if (counts[a] !== counts[b]) return counts[a] > counts[b];
    // Values the locale holds equal keep the order they were first seen in.
    return values[a].localeCompare(values[b]) < 0 || (values[a].localeCompare(values[b]) === 0 && a < b);
  };
  return topK(values.keys(), TOP, better).map((i) => ({ value: values[i], count: counts[i] }));
}
