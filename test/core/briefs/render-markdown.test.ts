import { describe, expect, it } from 'vitest';
import { resolveBrief } from '../../../electron/core/briefs/resolve';
import { renderMarkdown } from '../../../electron/core/briefs/render-markdown';
import { renderJson } from '../../../electron/core/briefs/render-json';
import { stampBrief } from '../../../electron/core/briefs/model';
import { buildFromTags } from '../../../electron/core/briefs/build-from-tags';
import { escapeMarkdown } from '../../../electron/core/briefs/escape';
import { fixtureSource, HIGHLIGHTS, STORIES } from './fixture';

let n = 0;
const newId = () => `i${++n}`;
const NOW = '2025-07-01T09:00:00.000Z';

function sample() {
  const src = fixtureSource({ stories: STORIES, highlights: HIGHLIGHTS, links: [{ from: 's-late', to: 's-early', label: 'contradicts' }] });
  const content = buildFromTags(src, { title: 'Port fees', tags: [], date: '2025-07-01', summary: 'Fees are up.', newId });
  return { src, brief: stampBrief(content, 'b1', NOW) };
}

describe('renderMarkdown', () => {
  it('carries the same quotes, provenance and sources in the same order as the print document', () => {
    const { src, brief } = sample();
    const md = renderMarkdown(resolveBrief(brief, src));
    const order = [
      '# Port fees',
      'Fees are up.',
      '> сборы останутся прежними до конца года',
      '> raised fees to £40 a tonne',
      '*Analyst note:* First rise since 2019.',
      '> the café owners',
      '> talks would resume next week',
      '## Sources',
      '1\\. Вестник',
    ];
    let at = -1;
    for (const s of order) {
      const i = md.indexOf(s);
      expect(i, s).toBeGreaterThan(at);
      at = i;
    }
    const h1 = src.highlight('h1')!;
    expect(md).toContain(
      '— \\[2\\] Tidewater Press, “Harbour fees rise to £40 a tonne at Port Elsmere”, 12 June 2025, ' +
        `wire/elsmere.txt, characters ${h1.position.start}–${h1.position.end}`,
    );
    expect(md).toMatch(
      /Harbour fees rise to £40 a tonne at Port Elsmere \\\[2\\\] → Заявление министерства о портовых сборах \\\[1\\\] — \*contradicts\*/,
    );
  });

  it('escapes markup so a quote cannot become HTML, a link, or leave its block quote', () => {
    const text = '<script>alert(1)</script> [click](javascript:x) *bold*\n# not a heading\n\n- not a list';
    const stories = [{ ...STORIES[0], text: `Lead ${text} end` }];
    const src = fixtureSource({ stories, highlights: [{ id: 'q', storyId: 's-late', exact: text }] });
    const md = renderMarkdown(
      resolveBrief(stampBrief(buildFromTags(src, { title: 'T', tags: [], date: '2025-07-01', newId }), 'b', NOW), src),
    );
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\[click\\](javascript:x)');
    const quoteBlock = md.slice(md.indexOf('> \\<script'), md.indexOf('— \\['));
    for (const line of quoteBlock.trim().split('\n')) expect(line.startsWith('>'), line).toBe(true);
    expect(quoteBlock).toContain('> \\# not a heading');
    expect(quoteBlock).toContain('> \\- not a list');
  });

  it('escapes table pipes, emphasis and ordered-list starts', () => {
    expect(escapeMarkdown('a|b *c* _d_ ~e~')).toBe('a\\|b \\*c\\* \\_d\\_ \\~e\\~');
    expect(escapeMarkdown('1. first\n2) second')).toBe('1\\. first\n2\\) second');
    expect(escapeMarkdown('AT&T')).toBe('AT\\&T');
  });
});

describe('renderJson', () => {
  it('exports the resolved brief with quotes and provenance for scripts', () => {
    const { src, brief } = sample();
    const doc = JSON.parse(renderJson(resolveBrief(brief, src)));
    expect(doc.format).toBe('dossier-brief');
    expect(doc.version).toBe(1);
    const quotes = doc.brief.sections.flatMap((s: { items: { kind: string; quote?: string }[] }) =>
      s.items.filter((i) => i.kind === 'highlight').map((i) => i.quote),
    );
    expect(quotes).toEqual([
      'сборы останутся прежними до конца года',
      'raised fees to £40 a tonne',
      'the café owners on the quay would feel it first',
      'talks would resume next week',
    ]);
    expect(doc.brief.sources.map((s: { path: string }) => s.path)).toEqual(['ru/vestnik.txt', 'wire/elsmere.txt', 'misc/quay.txt']);
    const h = doc.brief.sections[1].items[1];
    expect(h).toMatchObject({
      start: src.highlight('h1')!.position.start,
      end: src.highlight('h1')!.position.end,
      cite: { n: 2, source: 'Tidewater Press', date: '2025-06-12' },
    });
  });
});
