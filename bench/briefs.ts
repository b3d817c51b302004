import { performance } from 'node:perf_hooks';
import { buildFromTags } from '../electron/core/briefs/build-from-tags';
import { stampBrief } from '../electron/core/briefs/model';
import { printSetup } from '../electron/core/briefs/print-setup';
import { renderHtml } from '../electron/core/briefs/render-html';
import { resolveBrief } from '../electron/core/briefs/resolve';
import type { BriefSource, SourceHighlight, SourceStory } from '../electron/core/briefs/source';
import { findChromium } from '../electron/services/briefs/headless-pdf';
import { HeadlessPrinter } from '../electron/services/briefs/headless-printer';

/**
 * `npx tsx bench/briefs.ts`: a brief of 50 highlights from 20 stories (mixed Latin and
 * Cyrillic, notes and tags on some); the appendix of stories in full is measured apart.
 *  - brief_html_ms: resolve + render the print HTML, first (cold) run (target ≤ 300 ms);
 *  - brief_pdf_cold_ms: the session's first HTML → PDF, *including* starting Chromium;
 *  - brief_pdf_ms: each further brief of the session, Chromium kept warm as the exporter
 *    keeps it, median of 3 runs (target ≤ 2000 ms).
 * One JSON object per line. Accepts and ignores `--dumps N` (the bench runner passes it).
 */
const STORIES = 20;
const HIGHLIGHTS = 50;
const WORDS =
  'harbour council fleet budget £40 tonne minister café résumé vote delay report river bridge market ferry storm pier island'.split(' ');
const RU = 'порт министерство сборы решение коллегия флот мост рынок паром шторм'.split(' ');

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) >>> 0) / 4294967296;
}

function source(): BriefSource {
  const r = rng(8);
  const stories: SourceStory[] = [];
  const texts = new Map<string, string>();
  for (let i = 0; i < STORIES; i++) {
    const words = i % 4 === 3 ? RU : WORDS;
    let text = '';
    while (text.length < 3000) text += words[Math.floor(r() * words.length)] + (r() < 0.08 ? '.\n\n' : ' ');
    const id = `s${i}`;
    texts.set(id, text);
    stories.push({
      id,
      title: `Story ${i + 1}: ${words[i % words.length]} ${words[(i * 7) % words.length]}`,
      source: i % 2 ? 'Tidewater Press' : 'Вестник',
      date: `2025-06-${String((i % 28) + 1).padStart(2, '0')}`,
      path: `wire/file-${i}.txt`,
      start: 0,
      end: text.length,
    });
  }
  const highlights: SourceHighlight[] = [];
  for (let h = 0; h < HIGHLIGHTS; h++) {
    const story = stories[h % STORIES];
    const start = 100 + Math.floor(h / STORIES) * 900 + Math.floor(r() * 200);
    const end = start + 80 + Math.floor(r() * 160);
    highlights.push({
      id: `h${h}`,
      storyId: story.id,
      docPath: story.path,
      quote: { exact: texts.get(story.id)!.slice(start, end), prefix: '', suffix: '' },
      position: { start, end },
      color: ['yellow', 'green', 'blue', '#d64545'][h % 4],
      note: h % 3 === 0 ? 'Analyst note: corroborated by a second source.' : '',
      tags: ['daily', h % 2 ? 'fees' : 'politics'],
      status: 'ok',
    });
  }
  return {
    highlight: (id) => highlights.find((x) => x.id === id) ?? null,
    highlights: () => highlights,
    story: (id) => stories.find((s) => s.id === id) ?? null,
    storyText: (id) => texts.get(id) ?? null,
    tagColor: () => '#2f7ed8',
    linksAmong: () => [],
  };
}

function line(metric: string, value: number | null, unit: string, target: number | null, extra: Record<string, unknown> = {}): void {
  process.stdout.write(
    `${JSON.stringify({ metric, value, unit, target, ok: target === null || value === null ? null : value <= target, ...extra })}\n`,
  );
}

async function main(): Promise<void> {
  const src = source();
  let n = 0;
  const content = buildFromTags(src, {
    title: 'Daily brief',
    tags: ['daily'],
    date: '2025-07-01',
    author: 'Bench',
    summary: 'Fifty quotes from twenty stories.',
    newId: () => `i${++n}`,
  });
  const brief = stampBrief(content, 'bench', new Date().toISOString());
  const withAppendix = { ...brief, appendix: true };

  const t0 = performance.now();
  const html = renderHtml(resolveBrief(brief, src));
  const htmlMs = performance.now() - t0;
  line('brief_html_ms', Math.round(htmlMs * 10) / 10, 'ms', 300, { highlights: HIGHLIGHTS, stories: STORIES, bytes: html.length });
  const t1 = performance.now();
  const appendixHtml = renderHtml(resolveBrief(withAppendix, src));
  line('brief_html_appendix_ms', Math.round((performance.now() - t1) * 10) / 10, 'ms', null, { bytes: appendixHtml.length });

  let chrome: string;
  try {
    chrome = findChromium();
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ metric: 'brief_pdf_ms', skipped: true, reason: (err as Error).message })}\n`);
    return;
  }
  const setup = printSetup({ paper: brief.paper, title: brief.title, handling: brief.handling });
  // One printer for the session, as the exporter keeps it: the first print starts Chromium (measured
  // apart as the cold figure), the next ones are what an analyst waits for per brief.
  const printer = new HeadlessPrinter(() => chrome);
  try {
    const t = performance.now();
    let bytes = (await printer.print(html, setup)).byteLength;
    line('brief_pdf_cold_ms', Math.round(performance.now() - t), 'ms', null, { bytes, includes: 'Chromium start' });
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t1 = performance.now();
      bytes = (await printer.print(html, setup)).byteLength;
      runs.push(performance.now() - t1);
    }
    runs.sort((a, b) => a - b);
    line('brief_pdf_ms', Math.round(runs[1]), 'ms', 2000, {
      runs: runs.map(Math.round),
      bytes,
      includes: 'Chromium kept warm for the session',
    });
    // With the optional appendix (every cited story in full): measured, no target.
    const t2 = performance.now();
    const big = await printer.print(appendixHtml, setup);
    line('brief_pdf_appendix_ms', Math.round(performance.now() - t2), 'ms', null, { bytes: big.byteLength });
  } finally {
    await printer.close();
  }
}

void main().catch((err) => {
  process.stderr.write(`bench/briefs: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
