import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/core/search/query-parser';
import { runSearch } from '../../../electron/core/search/search-engine';
import { buildEngine } from './engine-fixture';

const ids = (query: string, opts?: Parameters<typeof buildEngine>[0]) => {
  const { index, ctx } = buildEngine(opts);
  return runSearch(index, ctx, parseQuery(query), 50).results.map((r) => r.storyId);
};

describe('search', () => {
  it('ranks a title match above a body mention', () => {
    expect(ids('lavrov')).toEqual(['a', 'b']);
  });

  it('finds Cyrillic words, in any case, and folds ё to е', () => {
    expect(ids('лавров')).toEqual(['c']);
    expect(ids('ПЕКИНЕ')).toEqual(['c']);
    expect(ids('елка')).toEqual(['c']);
  });

  it('folds diacritics both ways', () => {
    expect(ids('cafe muller zurich')).toEqual(['d']);
    expect(ids('Zürich')).toEqual(['d']);
  });

  it('matches prefixes and tolerates a typo', () => {
    expect(ids('tianj')).toEqual(['a']);
    expect(ids('Lavorv')).toEqual(['a', 'b']);
    expect(ids('sanctoins')).toEqual(['b']);
  });

  it('requires every word (implicit AND) and excludes -words and -"phrases"', () => {
    expect(ids('lavrov sanctions')).toEqual(['b']);
    expect(ids('lavrov -tianjin')).toEqual(['b']);
    expect(ids('"joint statement" -"north korea"')).toEqual(['a']);
  });

  it('matches an exact phrase only when the words are adjacent and in order', () => {
    expect(ids('"сергей лавров"')).toEqual(['c']);
    expect(ids('"Cafe Muller"')).toEqual(['d']);
    expect(ids('"joint statement"').sort()).toEqual(['a', 'e']);
    expect(ids('"statement joint"')).toEqual([]);
  });

  it('filters by source, file, language and date range (undated stories drop out of date filters)', () => {
    expect(ids('source:reuters').sort()).toEqual(['a', 'd']);
    expect(ids('file:2024/06').sort()).toEqual(['a', 'b']);
    expect(ids('lang:ru')).toEqual(['c']);
    expect(ids('after:2024-06-10').sort()).toEqual(['b', 'c']);
    expect(ids('after:2024-06 before:2024-07').sort()).toEqual(['a', 'b']);
    expect(ids('-source:reuters lavrov')).toEqual(['b']);
  });

  it('filters by entity under any spelling the entity index knows', () => {
    expect(ids('entity:"Wang Yi"').sort()).toEqual(['a', 'c']);
  });

  it('says so when entity, tag or highlight data is not there yet, instead of silently matching nothing', () => {
    const { index, ctx } = buildEngine({ entities: null, facts: null });
    const r = runSearch(index, ctx, parseQuery('entity:Lavrov tag:region/korea has:highlight'), 10);
    expect(r.results).toEqual([]);
    expect(r.warnings.join(' ')).toMatch(/Entities are still being computed/);
    expect(r.warnings.join(' ')).toMatch(/Tags are not available/);
    expect(r.warnings.join(' ')).toMatch(/Highlights are not available/);
  });

  it('uses annotation facts for tag: (including child tags) and has:highlight', () => {
    const facts = { tagsForStory: (id: string) => (id === 'e' ? ['region/korea'] : id === 'a' ? ['region/china'] : []), highlightCount: (id: string) => (id === 'b' ? 2 : 0) };
    expect(ids('tag:region/korea', { facts })).toEqual(['e']);
    expect(ids('tag:region', { facts }).sort()).toEqual(['a', 'e']);
    expect(ids('has:highlight', { facts })).toEqual(['b']);
  });

  it('counts facets over the whole result set', () => {
    const { index, ctx } = buildEngine();
    const r = runSearch(index, ctx, parseQuery('lavrov'), 1);
    expect(r.results).toHaveLength(1);
    expect(r.total).toBe(2);
    expect(r.facets.sources).toEqual([{ value: 'AFP', count: 1 }, { value: 'Reuters', count: 1 }]);
    expect(r.facets.months).toEqual([{ value: '2024-06', count: 2 }]);
    expect(r.facets.entities[0]).toEqual({ value: 'Sergei Lavrov', count: 2 });
    expect(r.facets.languages).toEqual([{ value: 'en', count: 2 }]);
  });

  it('returns snippets whose marks cover the matched words, as ranges not HTML', () => {
    const { index, ctx } = buildEngine();
    const [hit] = runSearch(index, ctx, parseQuery('tianjin'), 5).results;
    expect(hit.snippet.text).not.toMatch(/<mark>/);
    expect(hit.snippet.marks.length).toBeGreaterThan(0);
    for (const m of hit.snippet.marks) expect(hit.snippet.text.slice(m.start, m.end).toLowerCase()).toBe('tianjin');
    const [cy] = runSearch(index, ctx, parseQuery('лавров'), 5).results;
    expect(cy.snippet.marks.map((m) => cy.snippet.text.slice(m.start, m.end))).toEqual(['Лавров']);
  });
});
