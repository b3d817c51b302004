import { FullTextIndex } from '../../../electron/core/search/full-text-index';
import type { SearchContext, SearchableStory } from '../../../electron/core/search/search-engine';
import type { AnnotationFacts } from '../../../electron/core/search/annotation-facts';

/** A small library built in memory: enough stories to tell ranking, filters and facets apart. */
const STORIES: (SearchableStory & { body: string })[] = [
  {
    id: 'a',
    path: '2024/06/wire.txt',
    title: 'Lavrov meets Wang Yi in Tianjin',
    date: '2024-06-03',
    source: 'Reuters',
    language: 'en',
    body: 'Russian Foreign Minister Sergei Lavrov met Wang Yi in Tianjin. The ministers discussed a joint statement on trade corridors.',
  },
  {
    id: 'b',
    path: '2024/06/digest.txt',
    title: 'Sanctions package agreed',
    date: '2024-06-20',
    source: 'AFP',
    language: 'en',
    body: 'The European Union agreed new sanctions. Lavrov said Moscow would respond in a measured way.',
  },
  {
    id: 'c',
    path: '2024/07/ru.txt',
    title: 'Лавров провёл переговоры в Пекине',
    date: '2024-07-02',
    source: 'ТАСС',
    language: 'ru',
    body: 'Министр иностранных дел России Сергей Лавров встретился в Пекине с Ван И. Ёлка у входа.',
  },
  {
    id: 'd',
    path: 'misc/zurich.txt',
    title: 'Protest outside Café Müller',
    date: null,
    source: 'Reuters',
    language: 'de',
    body: 'Several hundred people gathered outside Café Müller in Zürich over pension reform.',
  },
  {
    id: 'e',
    path: '2023/12/korea.txt',
    title: 'Drones over Pyongyang',
    date: '2023-12-30',
    source: 'Yonhap',
    language: 'en',
    body: 'North Korea said drones flew over Pyongyang; Seoul could not confirm the joint statement.',
  },
];

export function buildEngine(opts: { facts?: AnnotationFacts | null; entities?: Record<string, string[]> | null } = {}): {
  index: FullTextIndex;
  ctx: SearchContext;
} {
  const index = new FullTextIndex();
  for (const s of STORIES) index.add(s.id, s.title, s.body);
  const byId = new Map(STORIES.map((s) => [s.id, s]));
  const entities = opts.entities === undefined ? { 'Wang Yi': ['a', 'c'], 'Sergei Lavrov': ['a', 'b', 'c'] } : opts.entities;
  return {
    index,
    ctx: {
      story: (id) => byId.get(id),
      body: (id) => byId.get(id)!.body,
      storiesWithEntity: (name) => (entities ? new Set(entities[name] ?? []) : null),
      entityNames: (id) =>
        entities
          ? Object.entries(entities)
              .filter(([, ids]) => ids.includes(id))
              .map(([n]) => n)
          : [],
      facts: opts.facts === undefined ? null : opts.facts,
    },
  };
}
