/** A value as the query syntax reads it: quoted when it has spaces or quotes (quotes inside dropped). */
function queryValue(v: string): string {
  return /[\s"]/.test(v) ? `"${v.replace(/"/g, '')}"` : v;
}

// entity:Name or entity:"Two Words", not negated: the entity view's own filter.
const ENTITY_RE = /(^|\s)entity:(?:"[^"]*"|\S+)/g;

/**
 * The query filtered to one entity instead of whichever entity it named before: the entity view
 * narrows the library to the entity clicked, keeping every other term.
 */
export function withEntity(query: string, name: string | null): string {
  const rest = query.replace(ENTITY_RE, '$1').replace(/\s+/g, ' ').trim();
  return name ? `${rest} entity:${queryValue(name)}`.trim() : rest;
}

/** Whether the query filters by this entity. */
export function filtersEntity(query: string, name: string): boolean {
  return [...query.matchAll(ENTITY_RE)].some((m) => m[0].trim() === `entity:${queryValue(name)}`);
}
