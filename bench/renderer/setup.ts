import { dispatch } from '../../electron/core/api';
import type { CreatedServices } from '../../electron/services/create-services';

type Story = ReturnType<CreatedServices['workspace']['listStories']>[number];

/** Pick the longest story and give it 200 disjoint one-word highlights; returns it and how many it has. */
export async function highlightLongStory(services: CreatedServices): Promise<{ story: Story; highlights: number }> {
  const story = services.workspace.listStories().reduce((a, b) => (b.words > a.words ? b : a));
  const record = services.workspace.storyRecord(story.id);
  const text = services.workspace.rawFile(story.path).text;
  const existing = services.annotations.highlightsForStory(story.id).length;
  const words = [...text.slice(record.start, record.end).matchAll(/\p{L}{4,}/gu)];
  // Requested together so the store coalesces them into a few writes: setting up is not what is measured.
  const wanted = Math.max(0, Math.min(200 - existing, words.length));
  await Promise.all(
    Array.from({ length: wanted }, (_, i) => {
      const w = words[Math.floor((i * words.length) / wanted)];
      const start = record.start + w.index;
      return services.annotations.createHighlight({ storyId: story.id, start, end: start + w[0].length });
    }),
  );
  const highlights = services.annotations.highlightsForStory(story.id).length;
  return { story, highlights };
}

/**
 * Query words under the list's 500-row cap with different hit counts, so every change of
 * the box changes the list (the long story's rarest title word first: it brings its row into view).
 */
export async function pickQueries(services: CreatedServices, story: Story): Promise<{ storyQuery: string | null; pair: string[] }> {
  const totals = new Map<string, number>();
  // One row and no facets: a query of plain words is counted exactly without them, and asking for
  // 500 rows with snippets and facets made picking the queries cost 20 s of the area's budget at 30,000
  // stories. A phrase's count may then be an estimate, so phrases are counted with facets (exactly).
  const total = async (q: string) => {
    if (!totals.has(q)) {
      const exact = q.startsWith('"');
      const r = await dispatch(services, 'search.query', { query: q, limit: 1, facets: exact });
      totals.set(q, r.ok ? (r.value as { total: number }).total : 0);
    }
    return totals.get(q)!;
  };
  const titleWords = (t: string) => [...t.matchAll(/\p{L}{6,}/gu)].map((m) => m[0]);
  // The headline as a phrase first: at 30,000 stories even its rarest word can match more than
  // the list's 500 rows, and the story would not be listed to click.
  let storyQuery: string | null = null;
  const phrase = `"${story.title.replace(/["\s]+/g, ' ').trim()}"`;
  for (const w of [phrase, ...titleWords(story.title)])
    if ((await total(w)) > 0 && (storyQuery === null || (await total(w)) < (await total(storyQuery)))) storyQuery = w;
  const pair: string[] = [];
  for (const s of services.workspace.listStories().slice(0, 200)) {
    for (const w of titleWords(s.title)) {
      const n = await total(w);
      if (n > 0 && n < 500 && pair.every((p) => totals.get(p) !== n && p !== w)) pair.push(w);
      if (pair.length === 2) break;
    }
    if (pair.length === 2) break;
  }
  return { storyQuery, pair };
}
