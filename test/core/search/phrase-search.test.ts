import { describe, expect, it } from 'vitest';
import { FullTextIndex } from '../../../electron/core/search/full-text-index';
import { parseQuery, type ParsedQuery } from '../../../electron/core/search/query-parser';
import { matchQuery, runSearch, type SearchContext, type SearchableStory } from '../../../electron/core/search/search-engine';
import { queryWords, type PhraseRun } from '../../../electron/core/search/query-words';
import { terms } from '../../../electron/core/search/tokenize';
import { int, mulberry32, pick } from '../../support/prng';

interface Story extends SearchableStory {
  body: string;
  hidden: string;
}

// A small vocabulary, so random phrases hit often and near-misses (the words apart, reversed) abound.
const WORDS = ['joint', 'statement', 'grain', 'deal', 'talks', 'envoy', 'café', 'müller', 'лавров', 'заявил', 'border', 'the'];
// What stands between words: punctuation, line breaks, and a lone accented letter, which is a word of its own.
const GAPS = [' ', ' ', ' ', ', ', '. ', '\n', ' — ', ' é ', '’', ' 2024 '];

function prose(r: () => number, words: number): string {
  let s = pick(r, WORDS);
  for (let i = 1; i < words; i++) s += pick(r, GAPS) + pick(r, WORDS);
  return s;
}

function library(seed: number, size: number): Story[] {
  const r = mulberry32(seed);
  return Array.from({ length: size }, (_, i) => ({
    id: `s${String(i).padStart(3, '0')}`,
    path: `dumps/${i % 5}.txt`,
    title: r() < 0.1 ? '' : prose(r, int(r, 1, 4)),
    date: `2024-0${1 + (i % 9)}-10`,
    source: i % 2 ? 'Reuters' : 'AFP',
    language: 'en',
    body: prose(r, int(r, 0, 30)),
    hidden: r() < 0.2 ? prose(r, int(r, 1, 8)) : '',
  }));
}

function engine(stories: Story[]): { index: FullTextIndex; ctx: SearchContext; reads: () => number } {
  const index = new FullTextIndex();
  for (const s of stories) index.add(s.id, s.title, s.body, s.hidden);
  const byId = new Map(stories.map((s) => [s.id, s]));
  let reads = 0;
  const ctx: SearchContext = {
    story: (id) => byId.get(id),
    body: (id) => (reads++, byId.get(id)!.body),
    hiddenBody: (id) => (reads++, byId.get(id)!.hidden),
    storiesWithEntity: () => null,
    entityNames: () => [],
    facts: null,
  };
  return { index, ctx, reads: () => reads };
}

/** True when the token list holds the run: consecutive tokens, token k one of `run[k]`. */
function holds(tokens: string[], run: PhraseRun): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((set, k) => set.has(tokens[i + k]))) return true;
  return false;
}

const tokenCache = new WeakMap<Story, { clean: string[][]; hidden: string[][] }>();
const tokensOf = (s: Story) => {
  let t = tokenCache.get(s);
  if (!t) tokenCache.set(s, (t = { clean: [terms(s.title), terms(s.body)], hidden: [terms(s.hidden)] }));
  return t;
};

/**
 * The stories a query should find, by scanning every story's words: its text (title or body,
 * a phrase never running from one into the other) when that has every query word, else its
 * hidden lines when those have them; then every phrase run there and no excluded one. Each
 * word's forms are the terms the index expands it to.
 */
function naive(index: FullTextIndex, stories: Story[], q: ParsedQuery): string[] {
  const { words, runs } = queryWords(q);
  const perWord = index.searchDocs(words).perWord;
  const want = runs(perWord);
  const refuse = q.excludePhrases.map((p) => p.map((t) => new Set([t])));
  const out: string[] = [];
  for (const s of stories) {
    const { clean, hidden } = tokensOf(s);
    const hasWords = (parts: string[][]) => perWord.every((set) => parts.some((toks) => toks.some((t) => set.has(t))));
    const parts = hasWords(clean) ? clean : s.hidden && hasWords(hidden) ? hidden : null;
    if (!parts) continue;
    const has = (run: PhraseRun) => parts.some((toks) => holds(toks, run));
    if (want.every(has) && !refuse.some(has)) out.push(s.id);
  }
  return out.sort();
}

/** Phrase queries from the vocabulary: pairs and triples, exact runs, a phrase with a word, excluded phrases. */
function queries(seed: number): string[] {
  const r = mulberry32(seed);
  const w = () => pick(r, WORDS);
  const out: string[] = [];
  for (let i = 0; i < 12; i++) out.push(`"${w()} ${w()}"`, `"${w()} ${w()} ${w()}"`);
  for (let i = 0; i < 4; i++)
    out.push(`="${w()} ${w()}"`, `${w()} "${w()} ${w()}"`, `${w()} -"${w()} ${w()}"`, `"${w()} ${w()}" "${w()} ${w()}"`);
  return [...new Set(out)];
}

const ids = (r: { ranked: { id: string }[] }) => r.ranked.map((x) => x.id).sort();

describe('phrase search', () => {
  const stories = library(7, 400);
  const { index, ctx } = engine(stories);

  it('finds exactly the stories a word-by-word scan finds, in any script, with the exact total with or without facets', () => {
    let nonEmpty = 0;
    for (const query of queries(11)) {
      const q = parseQuery(query);
      const expected = naive(index, stories, q);
      if (expected.length) nonEmpty++;
      expect(ids(matchQuery(index, ctx, q, [])), query).toEqual(expected);
      for (const withFacets of [true, false]) {
        const r = runSearch(index, ctx, q, 10, withFacets);
        expect(r.total, `${query} total, facets ${withFacets}`).toBe(expected.length);
        expect(r.warnings, query).toEqual([]);
      }
    }
    // The scan is no formality: most queries find something, and not everything.
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it('gives the same page with and without facets', () => {
    for (const query of queries(12)) {
      const a = runSearch(index, ctx, parseQuery(query), 10, true).results.map((x) => x.storyId);
      const b = runSearch(index, ctx, parseQuery(query), 10, false).results.map((x) => x.storyId);
      expect(b, query).toEqual(a);
    }
  });

  it('reads no story text beyond the page it shows snippets for', () => {
    const big = engine(library(8, 600));
    for (const withFacets of [true, false]) {
      const before = big.reads();
      const r = runSearch(big.index, big.ctx, parseQuery('"joint statement"'), 5, withFacets);
      expect(r.total).toBeGreaterThan(5);
      expect(big.reads() - before).toBe(r.results.length);
    }
  });

  it('answers the same after stories are replaced, removed and the index reloaded', () => {
    const r = mulberry32(9);
    const changed = library(10, 400).map((s, i) => ({ ...s, id: stories[i].id }));
    const live = new Map(stories.map((s) => [s.id, s]));
    const { index: idx } = engine(stories);
    // Enough removals that the index compacts itself (a quarter dead), and re-adds with new text.
    for (const s of stories) {
      const roll = r();
      if (roll < 0.35) {
        idx.remove(s.id);
        live.delete(s.id);
      } else if (roll < 0.6) {
        const t = changed[Number(s.id.slice(1))];
        idx.add(t.id, t.title, t.body, t.hidden);
        live.set(t.id, t);
      }
    }
    const now = [...live.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const byId = new Map(now.map((s) => [s.id, s]));
    const c = { ...ctx, story: (id: string) => byId.get(id), body: (id: string) => byId.get(id)!.body };
    const same = (name: string, target: FullTextIndex) => {
      for (const query of queries(13)) {
        const q = parseQuery(query);
        expect(ids(matchQuery(target, c, q, [])), `${name}: ${query}`).toEqual(naive(target, now, q));
      }
    };
    same('edited', idx);
    const reloaded = FullTextIndex.deserialize(idx.serialize());
    expect(reloaded).not.toBeNull();
    same('reloaded', reloaded!);
    // A loaded index is still written to: a new story's phrases are found beside the loaded ones.
    const extra = { ...now[0], id: 'new', title: 'grain deal', body: 'the joint statement, then talks', hidden: '' };
    reloaded!.add(extra.id, extra.title, extra.body);
    now.push(extra);
    byId.set(extra.id, extra);
    same('reloaded, then added to', reloaded!);
  });
});
