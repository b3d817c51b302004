import type { Facets } from '@core/search/facets';

/** A value as the query syntax reads it: quoted when it has spaces (quotes inside dropped). */
function queryValue(v: string): string {
  return /[\s"]/.test(v) ? `"${v.replace(/"/g, '')}"` : v;
}

/** The query term that filters by one facet value, quoted when it has spaces. */
export function facetTerm(kind: keyof Facets, value: string): string {
  const q = queryValue;
  switch (kind) {
    case 'tags':
      return `tag:${q(value)}`;
    case 'entities':
      return `entity:${q(value)}`;
    case 'sources':
      return `source:${q(value)}`;
    case 'languages':
      return `lang:${q(value)}`;
    case 'months': {
      const [y, m] = value.split('-').map(Number);
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      return `after:${value}-01 before:${next}-01`;
    }
  }
}
