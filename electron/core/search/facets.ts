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

/** What facet counting needs to know per result story. */
interface FacetInput {
  tags: readonly string[];
  entities: readonly string[];
  source: string | null;
  language: string;
  date: string | null;
}

const TOP = 25;

/** Count facet values over the whole result set (not just the visible page). */
export function countFacets(items: Iterable<FacetInput>): Facets {
  const tags = new Map<string, number>();
  const entities = new Map<string, number>();
  const sources = new Map<string, number>();
  const languages = new Map<string, number>();
  const months = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const it of items) {
    for (const t of new Set(it.tags)) bump(tags, t);
    for (const e of new Set(it.entities)) bump(entities, e);
    if (it.source) bump(sources, it.source);
    bump(languages, it.language);
    if (it.date && /^\d{4}-\d{2}/.test(it.date)) bump(months, it.date.slice(0, 7));
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP)
      .map(([value, count]) => ({ value, count }));
  return {
    tags: top(tags),
    entities: top(entities),
    sources: top(sources),
    languages: top(languages),
    months: [...months].sort((a, b) => a[0].localeCompare(b[0])).map(([value, count]) => ({ value, count })),
  };
}
