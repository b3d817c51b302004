import type { BriefSource, SourceHighlight, SourceLink, SourceStory } from '../../../electron/core/briefs/source';

/**
 * An invented little workspace for brief tests: stories with their text, highlights found by
 * their quote (so offsets are real), tags with colours and links. Nothing here comes from a
 * real dump.
 */
interface FixtureStory {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  path: string;
  text: string;
}

interface FixtureHighlight {
  id: string;
  storyId: string;
  exact: string;
  tags?: string[];
  note?: string;
  color?: string;
  status?: SourceHighlight['status'];
}

export function fixtureSource(opts: {
  stories: FixtureStory[];
  highlights: FixtureHighlight[];
  tags?: Record<string, string>;
  links?: SourceLink[];
}): BriefSource & { texts: Map<string, string> } {
  // Each story sits in its file after a 100-character preamble, so file offsets differ from story offsets.
  const PRE = 100;
  const stories = new Map<string, SourceStory>();
  const texts = new Map<string, string>();
  for (const s of opts.stories) {
    stories.set(s.id, { id: s.id, title: s.title, source: s.source, date: s.date, path: s.path, start: PRE, end: PRE + s.text.length });
    texts.set(s.id, s.text);
  }
  const highlights = opts.highlights.map((h): SourceHighlight => {
    const text = texts.get(h.storyId) ?? '';
    const at = text.indexOf(h.exact);
    if (at < 0 && h.status !== 'orphaned') throw new Error(`fixture: quote not in story ${h.storyId}: ${h.exact}`);
    const start = PRE + Math.max(at, 0);
    return {
      id: h.id,
      storyId: h.storyId,
      docPath: stories.get(h.storyId)?.path ?? 'gone.txt',
      quote: { exact: h.exact, prefix: '', suffix: '' },
      position: { start, end: start + h.exact.length },
      color: h.color ?? '#f2c200',
      note: h.note ?? '',
      tags: h.tags ?? [],
      status: h.status ?? 'ok',
    };
  });
  return {
    texts,
    highlight: (id) => highlights.find((h) => h.id === id) ?? null,
    highlights: () => highlights,
    story: (id) => stories.get(id) ?? null,
    storyText: (id) => texts.get(id) ?? null,
    tagColor: (name) => opts.tags?.[name] ?? null,
    linksAmong: (ids) => (opts.links ?? []).filter((l) => ids.includes(l.from) && ids.includes(l.to)),
  };
}

/** Three invented stories, deliberately stored out of date order, one undated, one in Russian. */
export const STORIES: FixtureStory[] = [
  {
    id: 's-late',
    title: 'Harbour fees rise to £40 a tonne at Port Elsmere',
    source: 'Tidewater Press',
    date: '2025-06-12',
    path: 'wire/elsmere.txt',
    text:
      'ELSMERE — The harbour board raised fees to £40 a tonne on Thursday.\n\n' +
      'Shippers said the café owners on the quay would feel it first.\nA spokesman declined to comment.',
  },
  {
    id: 's-early',
    title: 'Заявление министерства о портовых сборах',
    source: 'Вестник',
    date: '2025-06-03',
    path: 'ru/vestnik.txt',
    text: 'Министерство заявило, что сборы останутся прежними до конца года.\nРешение принято единогласно.',
  },
  {
    id: 's-undated',
    title: 'Quay workers plan a résumé of talks',
    source: null,
    date: null,
    path: 'misc/quay.txt',
    text: 'Workers on the quay said talks would resume next week, according to a union note.',
  },
];

export const HIGHLIGHTS: FixtureHighlight[] = [
  { id: 'h1', storyId: 's-late', exact: 'raised fees to £40 a tonne', tags: ['fees'], note: 'First rise since 2019.', color: '#d64545' },
  { id: 'h2', storyId: 's-late', exact: 'the café owners on the quay would feel it first', tags: ['fees', 'local'] },
  { id: 'h3', storyId: 's-early', exact: 'сборы останутся прежними до конца года', tags: ['Fees'], color: '#2f7ed8' },
  { id: 'h4', storyId: 's-undated', exact: 'talks would resume next week', tags: ['labour'] },
];
