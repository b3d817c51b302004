import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/core/search/query-parser';
import { runSearch } from '../../../electron/core/search/search-engine';
import { buildEngine } from './engine-fixture';
import { makeSnippet } from '../../../electron/core/search/snippet';
import { FullTextIndex } from '../../../electron/core/search/full-text-index';
import type { SearchContext, SearchableStory } from '../../../electron/core/search/search-engine';

const ids = (query: string, opts?: Parameters<typeof buildEngine>[0]) => {
  const { index, ctx } = buildEngine(opts);
  return runSearch(index, ctx, parseQuery(query), 50).results.map((r) => r.storyId);
};

describe('search', () => {
  it('ranks a title match above a body mention (and finds the Cyrillic spelling too)', () => {
    expect(ids('lavrov -lang:ru')).toEqual(['a', 'b']);
    expect(ids('lavrov').sort()).toEqual(['a', 'b', 'c']);
  });

  it('finds Cyrillic words, in any case, and folds ё to е', () => {
    expect(ids('лавров lang:ru')).toEqual(['c']);
    expect(ids('ЛАВРОВ')[0]).toBe('c');
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
    expect(ids('lavrov -tianjin -lang:ru')).toEqual(['b']);
    expect(ids('"joint statement" -"north korea"')).toEqual(['a']);
  });

  it('matches an exact phrase only when the words are adjacent and in order', () => {
    expect(ids('"сергей лавров"').sort()).toEqual(['a', 'c']);
    expect(ids('="сергей лавров"')).toEqual(['c']);
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
    expect(ids('-source:reuters lavrov lang:en')).toEqual(['b']);
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
    const facts = {
      tagsForStory: (id: string) => (id === 'e' ? ['region/korea'] : id === 'a' ? ['region/china'] : []),
      highlightCount: (id: string) => (id === 'b' ? 2 : 0),
    };
    expect(ids('tag:region/korea', { facts })).toEqual(['e']);
    expect(ids('tag:region', { facts }).sort()).toEqual(['a', 'e']);
    expect(ids('has:highlight', { facts })).toEqual(['b']);
  });

  it('counts facets over the whole result set', () => {
    const { index, ctx } = buildEngine();
    const r = runSearch(index, ctx, parseQuery('lavrov -lang:ru'), 1);
    expect(r.results).toHaveLength(1);
    expect(r.total).toBe(2);
    expect(r.facets.sources).toEqual([
      { value: 'AFP', count: 1 },
      { value: 'Reuters', count: 1 },
    ]);
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

describe('search over a large library', () => {
  // 600 stories: every third has the phrase "joint statement", the rest only both words apart.
  const stories: (SearchableStory & { body: string })[] = Array.from({ length: 600 }, (_, i) => ({
    id: `s${String(i).padStart(3, '0')}`,
    path: `dumps/${i % 4}.txt`,
    title: `Story ${i}`,
    date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    source: i % 2 ? 'Reuters' : 'AFP',
    language: 'en',
    body: `${'talks '.repeat(i % 13)}${i % 3 === 0 ? 'a joint statement followed' : 'a statement, not joint, followed'} the meeting.`,
  }));
  const index = new FullTextIndex();
  for (const s of stories) index.add(s.id, s.title, s.body);
  const byId = new Map(stories.map((s) => [s.id, s]));
  const ctx: SearchContext = {
    story: (id) => byId.get(id),
    body: (id) => byId.get(id)!.body,
    storiesWithEntity: () => null,
    entityNames: () => [],
    facts: null,
  };

  it('gives the same page with and without facets, for words, filters and phrases', () => {
    for (const query of ['talks', 'statement source:reuters', '"joint statement"', 'followed -talks', 'source:afp']) {
      const a = runSearch(index, ctx, parseQuery(query), 20, true);
      const b = runSearch(index, ctx, parseQuery(query), 20, false);
      expect(
        b.results.map((r) => r.storyId),
        query,
      ).toEqual(a.results.map((r) => r.storyId));
      expect(a.results.length, query).toBe(20);
    }
  });

  it('counts a phrase exactly with or without facets, from the index alone', () => {
    for (const withFacets of [true, false]) {
      const r = runSearch(index, ctx, parseQuery('"joint statement"'), 20, withFacets);
      expect(r.total).toBe(200);
      expect(r.warnings).toEqual([]);
    }
    // A phrase that matches nothing among many candidates: no false hits.
    const none = runSearch(index, ctx, parseQuery('"statement joint"'), 20, false);
    expect(none.total).toBe(0);
    expect(none.warnings).toEqual([]);
  });
});

describe('snippets', () => {
  it('marks the same words whether found by the term regex or by tokenizing', () => {
    const bodies = [
      "Lavrov met Wang Yi. Lavrov's aides said LAVROV would return; lavrovian is not lavrov.",
      `${'filler words here '.repeat(30)}sanctions and sanctioned firms faced new sanctions.`,
      'Nothing matches in this one at all.',
      'Café Müller in Zürich: cafe talk.',
      // Mixed text: a term inside a word with accents ("rich" of Zürich), after a curly apostrophe, beside a combining mark or a ligature.
      'Zürich’s rich reform: naïve RICH e\u0301clair clair ﬁne fine, Müller’s müller; 北京 rich½ ½rich',
      'Лавров и Müller: reform, reformы, rich',
    ];
    const terms = new Set([
      'lavrov',
      'sanctions',
      'sanctioned',
      'cafe',
      'zurich',
      'rich',
      'reform',
      's',
      'clair',
      'fine',
      'muller',
      'лавров',
      'naive',
    ]);
    for (const body of bodies) {
      expect(
        makeSnippet(body, (t) => terms.has(t), [], terms),
        body,
      ).toEqual(makeSnippet(body, (t) => terms.has(t)));
    }
    const lavrov = new Set(['lavrov']);
    expect(makeSnippet(bodies[0], (t) => lavrov.has(t), [], lavrov).marks).toHaveLength(4);
    const phrases = [
      ['wang', 'yi'],
      ['new', 'sanctions'],
    ];
    const withPhrase = new Set([...terms, 'wang', 'yi', 'new']);
    for (const body of bodies) {
      expect(
        makeSnippet(body, (t) => withPhrase.has(t), phrases, withPhrase),
        body,
      ).toEqual(makeSnippet(body, (t) => withPhrase.has(t), phrases));
    }
  });
});
