import { describe, expect, it } from 'vitest';
import { FullTextIndex } from '../../../electron/core/search/full-text-index';
import { parseQuery } from '../../../electron/core/search/query-parser';
import { matchQuery, runSearch, type SearchContext, type SearchableStory } from '../../../electron/core/search/search-engine';
import type { Facets } from '../../../electron/core/search/facets';
import { mulberry32 as rng } from '../../support/prng';
import { StoriesByDoc } from '../../../electron/core/search/stories-by-doc';
import { VersionedMap } from '../../../electron/core/search/versioned-map';

interface Story extends SearchableStory {
  body: string;
  hidden: string;
  entities: string[];
  tags: string[];
}

const WORDS = ['treaty', 'summit', 'pension', 'drones', 'border', 'grain', 'talks', 'envoy', 'ceasefire', 'tariff'];
const SOURCES = ['Reuters', 'AFP', 'TASS', 'Yonhap', 'Kyodo', 'Xinhua', 'dpa', 'ANSA'];
const LANGS = ['en', 'ru', 'de', 'fr', ''];
// Dates a catalog really holds: full and partial ISO, missing, and text that is no date at all.
const DATES = ['2024-01-05', '2024-02', '2023-12-31T10:00:00Z', null, '2024', 'spring 2024', '2024-11-30'];
const ENTITIES = Array.from({ length: 40 }, (_, i) => `Person ${String.fromCharCode(65 + (i % 26))}${i}`);
const TAGS = ['region/korea', 'region', 'follow-up', 'Éclair', 'eclair', 'zz'];

function library(seed: number, size: number): Story[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const some = <T>(xs: readonly T[], max: number) => Array.from({ length: Math.floor(r() * (max + 1)) }, () => pick(xs));
  return Array.from({ length: size }, (_, i) => ({
    id: `s${i}`,
    path: `dumps/${i % 7}.txt`,
    title: `${pick(WORDS)} ${pick(WORDS)}`,
    date: pick(DATES),
    source: r() < 0.15 ? null : pick(SOURCES),
    language: pick(LANGS),
    body: some(WORDS, 12).join(' '),
    hidden: r() < 0.2 ? some(WORDS, 4).join(' ') : '',
    // Repeats on purpose: a story naming someone twice counts once.
    entities: some(ENTITIES, 8),
    tags: r() < 0.3 ? some(TAGS, 3) : [],
  }));
}

/** With `byDoc` the context also gives stories by doc number, from a counted catalog, as the app's does. */
function engine(stories: Story[], byDoc = true): { index: FullTextIndex; ctx: SearchContext; byId: Map<string, Story> } {
  const index = new FullTextIndex();
  for (const s of stories) index.add(s.id, s.title, s.body, s.hidden);
  const byId = new VersionedMap<string, Story>();
  for (const s of stories) byId.set(s.id, s);
  const table = new StoriesByDoc();
  const ctx: SearchContext = {
    story: (id) => byId.get(id),
    storiesByDoc: byDoc ? () => table.table(index, byId) : undefined,
    body: (id) => byId.get(id)!.body,
    hiddenBody: (id) => byId.get(id)!.hidden,
    storiesWithEntity: (name) => new Set(stories.filter((s) => s.entities.includes(name)).map((s) => s.id)),
    entityNames: (id) => byId.get(id)?.entities ?? [],
    facts: { tagsForStory: (id) => byId.get(id)?.tags ?? [], highlightCount: () => 0 },
    facetKey: {},
  };
  return { index, ctx, byId };
}

/** The facets counted the plain way, one story at a time with maps: the reference the engine must equal. */
function naiveFacets(stories: Story[]): Facets {
  const count = (values: (s: Story) => Iterable<string>) => {
    const m = new Map<string, number>();
    for (const s of stories) for (const v of new Set(values(s))) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m];
  };
  const top = (e: [string, number][]) =>
    e
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 25)
      .map(([value, n]) => ({ value, count: n }));
  return {
    tags: top(count((s) => s.tags)),
    entities: top(count((s) => s.entities)),
    sources: top(count((s) => (s.source ? [s.source] : []))),
    languages: top(count((s) => [s.language])),
    months: count((s) => (s.date && /^\d{4}-\d{2}/.test(s.date) ? [s.date.slice(0, 7)] : []))
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([value, n]) => ({ value, count: n })),
  };
}

const QUERIES = [
  '',
  'treaty',
  'summit talks',
  'pension -drones',
  '"grain border"',
  'envoy source:reuters',
  'ceasefire lang:ru',
  'tariff after:2024-01-01',
  'talks -source:afp',
  'treaty tag:region',
  'border entity:"Person C2"',
  'nothingmatchesthis',
];

describe('facet counts', () => {
  it('equal a naive count over every match, on random libraries', () => {
    for (const [seed, byDoc] of [
      [1, true],
      [2, true],
      [3, false],
    ] as const) {
      const stories = library(seed, 700);
      const { index, ctx, byId } = engine(stories, byDoc);
      for (const query of QUERIES) {
        const q = parseQuery(query);
        const r = runSearch(index, ctx, q, 10, true);
        const all = matchQuery(index, ctx, q, []).ranked.map(({ id }) => byId.get(id)!);
        expect(r.total, `${seed} ${query}`).toBe(all.length);
        expect(r.facets, `${seed} ${query}`).toEqual(naiveFacets(all));
        expect(r.results.map((x) => x.storyId)).toEqual(all.slice(0, 10).map((s) => s.id));
      }
    }
  });

  it('follow catalog edits, removed stories, renumbered docs and a new entity source between queries', () => {
    const stories = library(7, 1200);
    const { index, ctx, byId } = engine(stories);
    const facetsOf = (query: string) => runSearch(index, ctx, parseQuery(query), 5, true).facets;
    const expectNaive = (query: string) =>
      expect(facetsOf(query), query).toEqual(
        naiveFacets(matchQuery(index, ctx, parseQuery(query), []).ranked.map(({ id }) => byId.get(id)!)),
      );
    expectNaive('treaty');
    // The catalog replaces a story's record (a manual fix changed its source, date and language).
    const s = stories.find((x) => x.body.includes('treaty'))!;
    byId.set(s.id, { ...s, source: 'New Wire', date: '1999-09-09', language: 'la' });
    expect(facetsOf('treaty').sources).toContainEqual({ value: 'New Wire', count: 1 });
    expectNaive('treaty');
    // A story gone from the catalog while the index still has it is not counted.
    byId.delete(stories[0].id);
    byId.delete(stories[1].id);
    expectNaive('');
    // Removing most stories makes the index compact and renumber its docs.
    for (const x of stories.slice(2, 1000)) {
      index.remove(x.id);
      byId.delete(x.id);
    }
    expectNaive('');
    expectNaive('summit');
    // Entities recomputed: the context names a new entity source, so the names are read again.
    for (const x of byId.values()) byId.set(x.id, { ...x, entities: ['Only One'] });
    ctx.facetKey = {};
    expect(facetsOf('').entities).toEqual([{ value: 'Only One', count: byId.size }]);
  });

  it('read each story’s entity names once while the entity source stays the same', () => {
    const stories = library(11, 500);
    const { index, ctx } = engine(stories);
    let reads = 0;
    const names = ctx.entityNames;
    ctx.entityNames = (id) => (reads++, names(id));
    runSearch(index, ctx, parseQuery(''), 20, true);
    expect(reads).toBe(500);
    for (const query of QUERIES) runSearch(index, ctx, parseQuery(query), 20, true);
    expect(reads).toBe(500);
  });

  it('are empty for no match and for an empty library, and keep only the top 25 values, ties by name', () => {
    const empty = engine([]);
    const none: Facets = { tags: [], entities: [], sources: [], languages: [], months: [] };
    expect(runSearch(empty.index, empty.ctx, parseQuery(''), 20, true).facets).toEqual(none);
    const stories = library(5, 60).map((s, i) => ({ ...s, body: 'treaty', entities: [`E${String(i % 30).padStart(2, '0')}`], tags: [] }));
    const { index, ctx } = engine(stories);
    expect(runSearch(index, ctx, parseQuery('nothingmatchesthis'), 20, true).facets).toEqual(none);
    const ents = runSearch(index, ctx, parseQuery('treaty'), 20, true).facets.entities;
    // 30 names, each in two stories: the first 25 by name.
    expect(ents).toEqual(Array.from({ length: 25 }, (_, i) => ({ value: `E${String(i).padStart(2, '0')}`, count: 2 })));
  });
});
