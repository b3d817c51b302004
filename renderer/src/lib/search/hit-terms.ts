import { parseQuery, QuerySyntaxError } from '@core/search/query-parser';

/**
 * What the reader marks for a query: its words and phrases (each phrase's words joined by a
 * space), read by the same parser search uses, so filters and exclusions are never marked.
 * A query search rejects marks nothing.
 */
export function hitTermsOf(query: string): string[] {
  try {
    const q = parseQuery(query);
    return [...q.words, ...q.phrases.map((p) => p.join(' ')), ...q.exact.map((p) => p.join(' '))];
  } catch (err) {
    if (err instanceof QuerySyntaxError) return [];
    throw err;
  }
}
