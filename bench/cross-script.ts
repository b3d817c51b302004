/**
 * Cross-script search and alias merges on two labelled sets: bench/data/cross-script/stories.json,
 * the dev set (short real Russian and English excerpts on the same events, each with its
 * source URL; tuned on), and held-out.json (excerpts written for this bench on other events,
 * with abbreviations and multi-word names; never tuned on, metrics prefixed `heldout.`), each
 * with the entities every excerpt names, labelled by hand. For every labelled entity, its English and its
 * Russian name are searched as an analyst would type them; recall and precision are against
 * the stories that name the entity in any script or form, and `cross` recall against those in
 * the other script only. Alias merges: whether the entity index resolves both names to one
 * entity, and how many of the entity's stories that entity holds.
 *
 * Run: npx tsx bench/cross-script.ts   stdout: one JSON metric line per figure.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FullTextIndex } from '../electron/core/search/full-text-index';
import { parseQuery } from '../electron/core/search/query-parser';
import { runSearch, type SearchContext } from '../electron/core/search/search-engine';
import { extractStoryEntities } from '../electron/core/entities/extract';
import { EntityIndex } from '../electron/core/entities/entity-index';

const here = dirname(fileURLToPath(import.meta.url));
/** The dev set (real excerpts; the search and entity work was tuned on it) and the held-out set (written for the bench, never tuned on). */
const SETS = [
  { name: 'dev', prefix: '', file: join(here, 'data/cross-script/stories.json') },
  { name: 'held-out', prefix: 'heldout.', file: join(here, 'data/cross-script/held-out.json') },
  { name: 'held-out-2', prefix: 'heldout2.', file: join(here, 'data/cross-script/held-out-2.json') },
];
const GOAL = 0.95;

interface Data {
  entities: Record<string, { en: string; ru: string }>;
  stories: { id: string; lang: 'en' | 'ru'; url?: string; text: string; names: string[] }[];
}

const emitRaw = (metric: string, value: number, unit: string, target: number | null) =>
  process.stdout.write(
    `${JSON.stringify({ metric, value: Math.round(value * 1000) / 1000, unit, target, ok: target === null ? null : value >= target })}\n`,
  );

function evaluate(set: (typeof SETS)[number]): void {
  const data = JSON.parse(readFileSync(set.file, 'utf8')) as Data;
  const emit = (metric: string, value: number, unit: string, target: number | null) => emitRaw(set.prefix + metric, value, unit, target);
  process.stderr.write(`cross-script ${set.name}: ${data.stories.length} excerpts from ${set.file}\n`);
  emit('cross_script.stories', data.stories.length, 'stories', null);

  const index = new FullTextIndex();
  for (const s of data.stories) index.add(s.id, '', s.text);
  const byId = new Map(data.stories.map((s) => [s.id, s]));
  const ctx: SearchContext = {
    story: (id) => {
      const s = byId.get(id);
      return s && { id, path: `${id}.txt`, title: '', date: null, source: null, language: s.lang };
    },
    body: (id) => byId.get(id)!.text,
    storiesWithEntity: () => null,
    entityNames: () => [],
    facts: null,
  };

  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  let sumR = 0;
  let sumP = 0;
  let sumCross = 0;
  let queries = 0;
  for (const [key, names] of Object.entries(data.entities)) {
    const truth = new Set(data.stories.filter((s) => s.names.includes(key)).map((s) => s.id));
    for (const lang of ['en', 'ru'] as const) {
      const found = new Set(runSearch(index, ctx, parseQuery(names[lang]), 500, false).results.map((r) => r.storyId));
      const hits = [...found].filter((id) => truth.has(id)).length;
      const other = [...truth].filter((id) => byId.get(id)!.lang !== lang);
      const recall = ratio(hits, truth.size);
      const precision = ratio(hits, found.size);
      const cross = ratio(other.filter((id) => found.has(id)).length, other.length);
      emit(`search.${key}.${lang}.recall`, recall, 'ratio', GOAL);
      emit(`search.${key}.${lang}.precision`, precision, 'ratio', GOAL);
      emit(`search.${key}.${lang}.cross_recall`, cross, 'ratio', null);
      sumR += recall;
      sumP += precision;
      sumCross += cross;
      queries++;
    }
  }
  emit('search.macro_recall', sumR / queries, 'ratio', GOAL);
  emit('search.macro_precision', sumP / queries, 'ratio', GOAL);
  emit('search.macro_cross_recall', sumCross / queries, 'ratio', GOAL);

  const entities = new EntityIndex(new Map(data.stories.map((s) => [s.id, extractStoryEntities(s.text)])), { merges: [], splits: [] });
  let merged = 0;
  let storyShare = 0;
  for (const [key, names] of Object.entries(data.entities)) {
    const en = entities.resolve(names.en);
    const ru = entities.resolve(names.ru);
    const one = en.length === 1 && ru.length === 1 && en[0].id === ru[0].id;
    if (one) merged++;
    const truth = data.stories.filter((s) => s.names.includes(key)).map((s) => s.id);
    const held = new Set([...en, ...ru].flatMap((e) => (one || e === en[0] ? [...e.stories.keys()] : [])));
    const share = ratio(truth.filter((id) => held.has(id)).length, truth.length);
    storyShare += share;
    emit(`entities.${key}.merged`, one ? 1 : 0, 'bool', 1);
    emit(`entities.${key}.story_recall`, share, 'ratio', null);
  }
  const n = Object.keys(data.entities).length;
  emit('entities.alias_merges', merged / n, 'ratio', GOAL);
  emit('entities.story_recall', storyShare / n, 'ratio', null);
}

for (const set of SETS) evaluate(set);
