import type { FullTextIndex, QueryWord } from './full-text-index';
import { foldText } from './fold';
import { tokenize } from './tokenize';
import { isEmptyQuery, type ParsedQuery, type QueryFilter } from './query-parser';
import { makeSnippet, type Snippet } from './snippet';
import { countFacets, type Facets } from './facets';
import type { AnnotationFacts } from './annotation-facts';

/** The catalog fields search filters and shows. */
export interface SearchableStory {
  id: string;
  path: string;
  title: string;
  date: string | null;
  source: string | null;
  language: string;
}

/** What the engine reads besides the index; the discovery service provides it. */
export interface SearchContext {
  story(id: string): SearchableStory | undefined;
  /** Clean body (noise removed) for phrase checks and snippets. */
  body(id: string): string;
  /** Stories mentioning an entity by any of its names; null while entities are not computed yet. */
  storiesWithEntity(name: string): Set<string> | null;
  /** Canonical entity names per story, for the entity facet; empty while not computed. */
  entityNames(id: string): readonly string[];
  facts: AnnotationFacts | null;
}

export interface SearchResult {
  storyId: string;
  path: string;
  title: string;
  date: string | null;
  source: string | null;
  language: string;
  score: number;
  snippet: Snippet;
}

export interface SearchResponse {
  total: number;
  results: SearchResult[];
  facets: Facets;
  /** Things the person should know about this answer (e.g. tag data unavailable). */
  warnings: string[];
}

/** Every story id the query selects, best first, plus the matched index terms for snippets. */
export function matchQuery(index: FullTextIndex, ctx: SearchContext, q: ParsedQuery, warnings: string[]): { ranked: { id: string; score: number }[]; matched: Set<string> } {
  const words: QueryWord[] = q.words.map((term) => ({ term, prefix: term.length >= 3, fuzzy: term.length >= 4 }));
  for (const p of q.phrases) for (const term of p) words.push({ term, prefix: false, fuzzy: false });
  let scored: Map<string, number>;
  let matched = new Set<string>();
  if (words.length) {
    const r = index.search(words);
    scored = r.hits;
    matched = r.matched;
  } else {
    scored = new Map(index.ids().map((id) => [id, 0]));
  }
  const excluded = new Set<string>();
  for (const w of q.excludeWords) for (const id of index.containing(w)) excluded.add(id);
  const filters = q.filters.map((f) => compileFilter(f, ctx, warnings));
  const phraseRes = q.phrases.map(phraseRegex);
  const excludeRes = q.excludePhrases.map(phraseRegex);
  const ranked: { id: string; score: number }[] = [];
  for (const [id, score] of scored) {
    if (excluded.has(id)) continue;
    const s = ctx.story(id);
    if (!s) continue;
    if (!filters.every((f) => f(s))) continue;
    if (q.phrases.length || q.excludePhrases.length) {
      const body = ctx.body(id);
      let tokens: string[] | null = null;
      const has = (p: string[], re: RegExp) => {
        // Plain-ASCII text: one regex test decides. Otherwise compare folded tokens.
        if (re.test(body) || re.test(s.title)) return true;
        if (!NON_ASCII.test(body) && !NON_ASCII.test(s.title)) return false;
        tokens ??= [...tokenize(body).map((t) => t.term), '\u0000', ...tokenize(s.title).map((t) => t.term)];
        return containsRun(tokens, p);
      };
      if (!phraseRes.every((re, i) => has(q.phrases[i], re)) || excludeRes.some((re, i) => has(q.excludePhrases[i], re))) continue;
    }
    ranked.push({ id, score });
  }
  if (words.length) ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  else {
    const date = (id: string) => ctx.story(id)?.date ?? '';
    ranked.sort((a, b) => date(b.id).localeCompare(date(a.id)) || (a.id < b.id ? -1 : 1));
  }
  return { ranked, matched };
}

/** Run a parsed query: ranked results with snippets for the first `limit`, facets over all. */
export function runSearch(index: FullTextIndex, ctx: SearchContext, q: ParsedQuery, limit: number, withFacets = true): SearchResponse {
  const warnings: string[] = [];
  const { ranked, matched } = matchQuery(index, ctx, q, warnings);
  // Facets walk the whole result set; a caller that fetches them separately (search.facets) skips them here.
  const facets = withFacets
    ? countFacets(
        ranked.map(({ id }) => {
          const s = ctx.story(id)!;
          return { tags: ctx.facts?.tagsForStory(id) ?? [], entities: ctx.entityNames(id), source: s.source, language: s.language, date: s.date };
        }),
      )
    : countFacets([]);
  const results = ranked.slice(0, limit).map(({ id, score }) => {
    const s = ctx.story(id)!;
    return {
      storyId: id,
      path: s.path,
      title: s.title,
      date: s.date,
      source: s.source,
      language: s.language,
      score: Math.round(score * 1000) / 1000,
      snippet: isEmptyQuery(q) ? makeSnippet(ctx.body(id), () => false) : makeSnippet(ctx.body(id), (t) => matched.has(t), q.phrases),
    };
  });
  return { total: ranked.length, results, facets, warnings: [...new Set(warnings)] };
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A regex for a folded phrase over raw ASCII text: the words in order, separated by non-word characters. */
function phraseRegex(tokens: string[]): RegExp {
  const esc = tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

function containsRun(tokens: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let k = 0; k < run.length; k++) if (tokens[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

type Predicate = (s: SearchableStory) => boolean;

function compileFilter(f: QueryFilter, ctx: SearchContext, warnings: string[]): Predicate {
  const p = positive(f, ctx, warnings);
  return f.negate ? (s) => !p(s) : p;
}

function positive(f: QueryFilter, ctx: SearchContext, warnings: string[]): Predicate {
  const folded = foldText(f.value);
  switch (f.key) {
    case 'source':
      return (s) => !!s.source && foldText(s.source).includes(folded);
    case 'file':
      return (s) => foldText(s.path).includes(folded);
    case 'lang':
      return (s) => s.language.toLowerCase() === folded;
    case 'after':
      return (s) => !!s.date && s.date.slice(0, 10) >= f.value;
    case 'before':
      return (s) => !!s.date && s.date.slice(0, 10) < f.value;
    case 'entity': {
      const ids = ctx.storiesWithEntity(f.value);
      if (!ids) {
        warnings.push('Entities are still being computed, so entity: matched nothing yet; try again in a moment.');
        return () => false;
      }
      return (s) => ids.has(s.id);
    }
    case 'tag': {
      const facts = ctx.facts;
      if (!facts) {
        warnings.push('Tags are not available in this workspace yet, so tag: matched nothing.');
        return () => false;
      }
      // A tag filter matches the tag and its children: tag:region matches region/korea.
      return (s) => facts.tagsForStory(s.id).some((t) => foldText(t) === folded || foldText(t).startsWith(folded + '/'));
    }
    case 'has': {
      const facts = ctx.facts;
      if (!facts) {
        warnings.push('Highlights are not available in this workspace yet, so has:highlight matched nothing.');
        return () => false;
      }
      return (s) => facts.highlightCount(s.id) > 0;
    }
  }
}
