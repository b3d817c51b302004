import type { FullTextIndex } from './full-text-index';
import { foldText } from './fold';
import { queryWords, type PhraseRun } from './query-words';
import { oneTierPerStory } from './tiers';
import { isEmptyQuery, type ParsedQuery, type QueryFilter } from './query-parser';
import { makeSnippet, type Snippet } from './snippet';
import { countFacets, emptyFacets, type Facets } from './facets';
import { topKIndices } from './top-k';
import type { AnnotationFacts } from './annotation-facts';

/** The catalog fields search filters and shows. */
export interface SearchableStory {
  id: string;
  path: string;
  title: string;
  date: string | null;
  source: string | null;
  /** Who wrote it, shown in result rows (not searched). */
  byline?: string | null;
  language: string;
}

/** What the engine reads besides the index; the discovery service provides it. */
export interface SearchContext {
  story(id: string): SearchableStory | undefined;
  /**
   * `story(index.docId(doc))` for every doc number of the index, as an array read once per
   * query (see stories-by-doc.ts); without it each hit is looked up by id.
   */
  storiesByDoc?(): readonly (SearchableStory | undefined)[];
  /** Clean body (noise removed) for snippets. */
  body(id: string): string;
  /** The text of the story's noise lines (captions, social posts), searched as a second tier. */
  hiddenBody?(id: string): string;
  /** Stories mentioning an entity by any of its names; null while entities are not computed yet. */
  storiesWithEntity(name: string): Set<string> | null;
  /** Canonical entity names per story, for the entity facet; empty while not computed. */
  entityNames(id: string): readonly string[];
  facts: AnnotationFacts | null;
  /**
   * Stays the same object while `entityNames` gives the same answers (the app passes its entity
   * index), so per-story facet values are kept between queries; without it they are read afresh.
   */
  facetKey?: object;
}

interface SearchResult {
  storyId: string;
  path: string;
  title: string;
  date: string | null;
  source: string | null;
  byline: string | null;
  language: string;
  score: number;
  snippet: Snippet;
  /** Set when the words were found only in the story's hidden lines: such hits rank after every clean-text hit. */
  tier?: 'hidden';
}

export interface SearchResponse {
  total: number;
  results: SearchResult[];
  facets: Facets;
  /** Things the person should know about this answer (e.g. tag data unavailable). */
  warnings: string[];
}

/** A story on the page, before its snippet is made. */
interface Candidate {
  id: string;
  score: number;
  story: SearchableStory;
  /** Found in the hidden lines only. */
  hidden?: boolean;
}

/**
 * Everything the index, phrases, exclusions and filters select, unranked, as parallel arrays:
 * position i < n is doc `docs[i]` with `scores[i]` and catalog record `stories[i]`. A broad query over 20,000 stories makes no object per match.
 */
interface Matches {
  docs: Int32Array;
  scores: Float64Array;
  stories: SearchableStory[];
  n: number;
  matched: Set<string>;
  ranked: boolean;
}

function candidates(index: FullTextIndex, ctx: SearchContext, q: ParsedQuery, warnings: string[]): Matches {
  const { words, runs } = queryWords(q);
  let docs: Int32Array;
  let scores: Float64Array;
  let matched = new Set<string>();
  let phraseRuns: PhraseRun[] = [];
  if (words.length) {
    const r = oneTierPerStory(index, index.searchDocs(words));
    // Fresh arrays per query: the kept positions are written over them below.
    docs = r.docs;
    scores = r.scores;
    matched = r.matched;
    phraseRuns = runs(r.perWord);
  } else {
    docs = index.liveDocNumbers();
    scores = new Float64Array(docs.length);
  }
  const excluded = excludedDocs(index, q);
  const filters = q.filters.map((f) => compileFilter(f, ctx, warnings));
  const stories: SearchableStory[] = [];
  const byDoc = ctx.storiesByDoc?.();
  let n = 0;
  for (let i = 0; i < docs.length; i++) {
    if (excluded && excluded[docs[i]]) continue;
    const story = byDoc ? byDoc[docs[i]] : ctx.story(index.docId(docs[i]));
    if (!story) continue;
    let ok = true;
    for (const f of filters)
      if (!f(story)) {
        ok = false;
        break;
      }
    if (!ok) continue;
    docs[n] = docs[i];
    scores[n] = scores[i];
    stories[n++] = story;
  }
  const m = { docs, scores, stories, n, matched, ranked: words.length > 0 };
  const has = phraseFilter(index, q, phraseRuns, docs, n);
  if (has) keepWhere(m, (i) => has(docs[i]));
  return m;
}

/** Flags by doc number for the stories holding an excluded word (both tiers of each); null when the query excludes none. */
function excludedDocs(index: FullTextIndex, q: ParsedQuery): Uint8Array | null {
  if (!q.excludeWords.length) return null;
  const excluded = new Uint8Array(index.docSlots);
  for (const w of q.excludeWords) for (const d of index.docsContaining(w)) excluded[d] = 1;
  return excluded;
}

/**
 * Which of `docs[0..n)` have every phrase run (each word in the forms the index matched) and
 * none of the excluded phrases (exact words), from the index's word positions; a hidden-line hit
 * by its hidden lines. Null when the query has no phrase.
 */
function phraseFilter(
  index: FullTextIndex,
  q: ParsedQuery,
  runs: PhraseRun[],
  docs: Int32Array,
  n: number,
): ((doc: number) => boolean) | null {
  if (!runs.length && !q.excludePhrases.length) return null;
  const need = runs.map((run) => index.docsWithRun(run, docs, n));
  const refuse = q.excludePhrases.map((p) =>
    index.docsWithRun(
      p.map((t) => new Set([t])),
      docs,
      n,
    ),
  );
  return (d) => need.every((has) => has[d] === 1) && !refuse.some((has) => has[d] === 1);
}

/** Position i of the matches as a candidate (made only for the page). */
function candidateAt(index: FullTextIndex, m: Matches, i: number): Candidate {
  return { id: index.docId(m.docs[i]), score: m.scores[i], story: m.stories[i], hidden: index.isHidden(m.docs[i]) || undefined };
}

/**
 * Best first over match positions: clean-text hits before hidden-line hits, then by score when
 * the query has words, else newest first; ties by id.
 */
function order(index: FullTextIndex, m: Matches): (a: number, b: number) => boolean {
  const { docs, scores, stories } = m;
  const id = (i: number) => index.docId(docs[i]);
  if (m.ranked)
    return (a, b) => {
      const ha = index.isHidden(docs[a]);
      const hb = index.isHidden(docs[b]);
      if (ha !== hb) return hb;
      return scores[a] > scores[b] || (scores[a] === scores[b] && id(a) < id(b));
    };
  return (a, b) => {
    const da = stories[a].date ?? '';
    const db = stories[b].date ?? '';
    return da > db || (da === db && id(a) < id(b));
  };
}

/** Keep the match positions passing `keep` (in order, in place) and return how many did. */
function keepWhere(m: Matches, keep: (i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < m.n; i++) {
    if (!keep(i)) continue;
    m.docs[n] = m.docs[i];
    m.scores[n] = m.scores[i];
    m.stories[n++] = m.stories[i];
  }
  m.n = n;
  return n;
}

const textOf = (ctx: SearchContext, c: { id: string; hidden?: boolean }) => (c.hidden ? (ctx.hiddenBody?.(c.id) ?? '') : ctx.body(c.id));

/** Every story id the query selects, best first, plus the matched index terms for snippets. */
export function matchQuery(
  index: FullTextIndex,
  ctx: SearchContext,
  q: ParsedQuery,
  warnings: string[],
): { ranked: { id: string; score: number }[]; matched: Set<string> } {
  const m = candidates(index, ctx, q, warnings);
  const better = order(index, m);
  const positions = Array.from({ length: m.n }, (_, i) => i).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  return { ranked: positions.map((i) => ({ id: index.docId(m.docs[i]), score: m.scores[i] })), matched: m.matched };
}

/**
 * Run a parsed query: ranked results with snippets for the first `limit`, and the exact number
 * of matches. With `withFacets` facets cover every match; either way only the page is ranked
 * (a bounded heap).
 */
export function runSearch(index: FullTextIndex, ctx: SearchContext, q: ParsedQuery, limit: number, withFacets = true): SearchResponse {
  const warnings: string[] = [];
  let page: { id: string; score: number; hidden?: boolean }[];
  let total: number;
  let facets = emptyFacets();
  let matched: Set<string>;
  if (!withFacets && !q.filters.length && hasWords(q)) {
    // The common case: ranked by score with no filter. Only the page's stories are looked up.
    const pool = scoredPool(index, q);
    matched = pool.matched;
    total = pool.docs.length;
    page = poolHead(index, ctx, pool, limit);
  } else {
    const m = candidates(index, ctx, q, warnings);
    matched = m.matched;
    total = m.n;
    page = topKIndices(m.n, limit, order(index, m)).map((i) => candidateAt(index, m, i));
    if (withFacets) facets = countFacets(index, ctx, m.docs, m.n);
  }
  const results = page.map(({ id, score, hidden }) => {
    const s = ctx.story(id)!;
    const text = textOf(ctx, { id, hidden });
    const result: SearchResult = {
      storyId: id,
      path: s.path,
      title: s.title,
      date: s.date,
      source: s.source,
      byline: s.byline ?? null,
      language: s.language,
      score: Math.round(score * 1000) / 1000,
      // Each word of a phrase is one of the matched terms, so marking matched terms marks the phrase too.
      snippet: isEmptyQuery(q) ? makeSnippet(text, () => false) : makeSnippet(text, (t) => matched.has(t), [], matched),
    };
    if (hidden) result.tier = 'hidden';
    return result;
  });
  return { total, results, facets, warnings: [...new Set(warnings)] };
}

const hasWords = (q: ParsedQuery) => q.words.length > 0 || q.phrases.length > 0 || q.exact.length > 0;

/** Index hits minus excluded words, with the phrases checked, as parallel arrays (no story looked up yet). */
function scoredPool(index: FullTextIndex, q: ParsedQuery): { docs: Int32Array; scores: Float64Array; matched: Set<string> } {
  const { words, runs } = queryWords(q);
  const hits = oneTierPerStory(index, index.searchDocs(words));
  const excluded = excludedDocs(index, q);
  const has = phraseFilter(index, q, runs(hits.perWord), hits.docs, hits.docs.length);
  if (!excluded && !has) return hits;
  // Kept hits are moved down in place (the arrays are this query's own); `Int32Array.from` with
  // a map function over a list of kept positions cost a tenth of an exclusion query.
  const { docs, scores } = hits;
  let n = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    if ((excluded && excluded[d]) || (has && !has(d))) continue;
    docs[n] = d;
    scores[n++] = scores[i];
  }
  return { ...hits, docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
}

/** The best `k` of a pool, best first, as candidates; a hit the catalog no longer has is skipped. */
function poolHead(index: FullTextIndex, ctx: SearchContext, pool: { docs: Int32Array; scores: Float64Array }, k: number): Candidate[] {
  const { docs, scores } = pool;
  const hid = (i: number) => index.isHidden(docs[i]);
  // Called for every hit of a broad query, so each flag and score is read once.
  const better = (a: number, b: number) => {
    const ha = hid(a);
    if (ha !== hid(b)) return !ha;
    const sa = scores[a];
    const sb = scores[b];
    return sa > sb || (sa === sb && index.docId(docs[a]) < index.docId(docs[b]));
  };
  for (let want = k; ; want *= 2) {
    const out: Candidate[] = [];
    const top = topKIndices(docs.length, want, better);
    for (const i of top) {
      const id = index.docId(docs[i]);
      const story = ctx.story(id);
      if (story) out.push({ id, score: scores[i], story, hidden: hid(i) || undefined });
      if (out.length === k) return out;
    }
    if (top.length === docs.length) return out;
  }
}

type Predicate = (s: SearchableStory) => boolean;

function compileFilter(f: QueryFilter, ctx: SearchContext, warnings: string[]): Predicate {
  const p = positive(f, ctx, warnings);
  return f.negate ? (s) => !p(s) : p;
}

function positive(f: QueryFilter, ctx: SearchContext, warnings: string[]): Predicate {
  const folded = foldText(f.value);
  switch (f.key) {
    case 'source': {
      // A library has few sources: each is folded once per query, not once per matching story.
      const seen = new Map<string, boolean>();
      const has = (v: string) => seen.get(v) ?? (seen.set(v, foldText(v).includes(folded)), seen.get(v)!);
      return (s) => !!s.source && has(s.source);
    }
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
