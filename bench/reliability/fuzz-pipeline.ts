import { processDump } from '../../electron/core/text/index';
import { terms } from '../../electron/core/search/tokenize';
import { FullTextIndex } from '../../electron/core/search/full-text-index';
import { resolveBrief } from '../../electron/core/briefs/resolve';
import { renderHtml } from '../../electron/core/briefs/render-html';
import type { Brief } from '../../electron/core/briefs/model';
import type { BriefSource, SourceHighlight, SourceStory } from '../../electron/core/briefs/source';
import type { SegmentedStory } from '../../electron/core/types';
import type { Checks } from './scenario';
import { describeError } from './scenario';
import type { FuzzCase } from './fuzz-inputs';

/**
 * decode → segment → index → render-to-HTML for one input, recording every broken promise in
 * `checks`: nothing throws, a refused file says why, offsets stay inside the text, the right
 * encoding was read, and no markup from the text reaches the brief's HTML unescaped.
 */
export function runPipeline(c: FuzzCase, checks: Checks): void {
  let out: ReturnType<typeof processDump>;
  try {
    out = processDump(c.bytes);
  } catch (err) {
    checks.check(false, () => `${c.name}: decode/segment threw ${describeError(err)}`);
    return;
  }
  if (out.status !== 'ok') {
    const problem = out.problem;
    checks.check(c.expect !== 'ok', () => `${c.name}: a readable file was refused (${problem?.code}: ${problem?.message})`);
    checks.check(!!problem?.code && !!problem.message?.trim(), () => `${c.name}: refused without a reason`);
    return;
  }
  const encoding = out.encoding;
  checks.check(c.expect !== 'bad', () => `${c.name}: should have been refused with a reason but was read as text`);
  if (c.marker)
    checks.check(out.text.includes(c.marker), () => `${c.name}: decoded text lacks “${c.marker}” (wrong encoding? read as ${encoding})`);
  checks.check(storiesInside(out.stories, out.text.length), () => `${c.name}: a story or noise span lies outside the text`);
  try {
    // Index as the library does; a story must be findable by a word of its own title, and the
    // index must survive being saved and loaded (it is persisted in .dossier/cache/).
    const index = new FullTextIndex();
    out.stories.forEach((s, i) => index.add(`s${i}`, s.title, out.text.slice(s.start, s.end)));
    out.stories.forEach((s, i) => {
      const word = terms(s.title)[0];
      if (!word) return;
      const found = Array.from(index.searchDocs([{ term: word, prefix: false, fuzzy: false }]).docs, (d) => index.docId(d));
      checks.check(found.includes(`s${i}`), () => `${c.name}: story not found by the title word “${word}”`);
    });
    const loaded = FullTextIndex.deserialize(index.serialize());
    checks.check(loaded !== null && loaded.size === index.size, () => `${c.name}: the index did not survive save and load`);
  } catch (err) {
    checks.check(false, () => `${c.name}: indexing threw ${describeError(err)}`);
    return;
  }
  if (out.stories.length === 0) return;
  let html: string;
  try {
    html = renderHtml(resolveBrief(briefOf(out.stories), sourceOf(c.name, out.text, out.stories)));
  } catch (err) {
    checks.check(false, () => `${c.name}: rendering the brief threw ${describeError(err)}`);
    return;
  }
  const leak = markupLeak(html);
  checks.check(leak === null, () => `${c.name}: markup survived into the brief HTML: ${leak}`);
  if (c.markup && out.stories.some((s) => out.text.slice(s.start, s.end).includes('<'))) {
    checks.check(html.includes('&lt;'), () => `${c.name}: the planted markup vanished instead of printing as text`);
  }
}

function storiesInside(stories: SegmentedStory[], length: number): boolean {
  return stories.every(
    (s) =>
      s.start >= 0 && s.start <= s.end && s.end <= length && s.noise.every((n) => n.start >= s.start && n.start <= n.end && n.end <= s.end),
  );
}

/** The renderer's own document has one <style>, some <meta>, and never these. */
const FORBIDDEN_TAG = /<\s*\/?\s*(script|img|svg|iframe|object|embed|link|base|form|input|video|audio|source|math)\b/i;

/** What leaked, or null. Escaped text cannot contain '<', so every tag found is a real one. */
export function markupLeak(html: string): string | null {
  const forbidden = html.match(FORBIDDEN_TAG);
  if (forbidden) return forbidden[0];
  if (html.includes('<!--') || html.includes('<![CDATA[')) return 'comment or CDATA opener';
  if ((html.match(/<style\b/gi) ?? []).length !== 1) return 'extra <style>';
  for (const tag of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    if (/\son[a-z]+\s*=/i.test(tag[0])) return `event handler attribute in ${tag[0].slice(0, 80)}`;
    if (/javascript:/i.test(tag[0])) return `javascript: URL in ${tag[0].slice(0, 80)}`;
  }
  return null;
}

/** A brief citing every story (up to 20) with its opening as a quote, the appendix on. */
function briefOf(stories: SegmentedStory[]): Brief {
  const cited = stories.slice(0, 20);
  return {
    id: 'fuzz-brief',
    version: 1,
    title: (cited[0].title || 'Fuzz brief').slice(0, 300) || 'Fuzz brief',
    author: 'Reliability suite',
    date: '2025-01-01',
    handling: 'INTERNAL',
    summary: cited
      .map((s) => s.title)
      .join('\n\n')
      .slice(0, 50_000),
    paper: 'A4',
    appendix: true,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    sections: [
      {
        id: 'sec-1',
        heading: cited[0].title.slice(0, 500),
        items: cited.flatMap((_, i) => [
          { kind: 'highlight' as const, id: `i-h${i}`, highlightId: `h${i}` },
          { kind: 'story' as const, id: `i-s${i}`, storyId: `s${i}`, comment: cited[i].title.slice(0, 20_000) },
        ]),
      },
    ],
  };
}

function sourceOf(path: string, text: string, stories: SegmentedStory[]): BriefSource {
  const src: SourceStory[] = stories.map((s, i) => ({
    id: `s${i}`,
    title: s.title,
    source: s.source,
    date: s.date,
    path,
    start: s.start,
    end: s.end,
  }));
  const highlights: SourceHighlight[] = stories.map((s, i) => {
    const end = Math.min(s.end, s.start + 120);
    const exact = text.slice(s.start, end);
    return {
      id: `h${i}`,
      storyId: `s${i}`,
      docPath: path,
      quote: { exact, prefix: '', suffix: text.slice(end, end + 32) },
      position: { start: s.start, end },
      color: i % 2 ? '#d64545' : 'yellow" onmouseover="alert(1)',
      note: text.slice(s.start, Math.min(s.end, s.start + 300)),
      tags: [s.title.slice(0, 40) || 'untitled'],
      status: 'ok',
    };
  });
  return {
    highlight: (id) => highlights.find((h) => h.id === id) ?? null,
    highlights: () => highlights,
    story: (id) => src.find((s) => s.id === id) ?? null,
    storyText: (id) => {
      const s = src.find((x) => x.id === id);
      return s ? text.slice(s.start, s.end) : null;
    },
    tagColor: () => '</style><script>alert(1)</script>',
    linksAmong: () => [],
  };
}
