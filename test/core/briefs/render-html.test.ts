// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { resolveBrief } from '../../../electron/core/briefs/resolve';
import { renderHtml } from '../../../electron/core/briefs/render-html';
import { stampBrief, type BriefContent } from '../../../electron/core/briefs/model';
import { buildFromTags } from '../../../electron/core/briefs/build-from-tags';
import { fixtureSource, HIGHLIGHTS, STORIES } from './fixture';

const NOW = '2025-07-01T09:00:00.000Z';
let n = 0;
const newId = () => `i${++n}`;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const EVIL = `<script>alert(1)</script><img src=x onerror="alert(2)"></style><b>bold</b>" onmouseover="x' &amp;`;

describe('renderHtml', () => {
  it('prints cover, contents, sections, quotes with provenance and endnotes', () => {
    const src = fixtureSource({ stories: STORIES, highlights: HIGHLIGHTS, tags: { fees: '#3fa34d' } });
    const content = buildFromTags(src, {
      title: 'Port fees',
      tags: [],
      date: '2025-07-01',
      author: 'A. Analyst',
      summary: 'Fees are up.',
      newId,
    });
    const doc = parse(renderHtml(resolveBrief(stampBrief(content, 'b1', NOW), src)));

    expect(doc.querySelector('.cover h1')?.textContent).toBe('Port fees');
    expect(doc.querySelector('.cover')?.textContent).toContain('A. Analyst');
    expect(doc.querySelector('.cover')?.textContent).toContain('1 July 2025');
    expect(doc.querySelector('.cover .handling')?.textContent).toBe('Internal');
    expect(doc.querySelector('.summary')?.textContent).toContain('Fees are up.');
    expect([...doc.querySelectorAll('.toc .heading')].map((a) => a.textContent)).toEqual([
      'Заявление министерства о портовых сборах',
      'Harbour fees rise to £40 a tonne at Port Elsmere',
      'Quay workers plan a résumé of talks',
      'Sources',
    ]);

    const quotes = [...doc.querySelectorAll('.quote')];
    expect(quotes.map((q) => q.querySelector('blockquote')?.textContent)).toEqual([
      'сборы останутся прежними до конца года',
      'raised fees to £40 a tonne',
      'the café owners on the quay would feel it first',
      'talks would resume next week',
    ]);
    // Provenance: endnote number, agency, title, date, path and offsets.
    const prov = quotes[1].querySelector('.prov')?.textContent ?? '';
    expect(prov).toContain('[2]');
    expect(prov).toContain('Tidewater Press');
    expect(prov).toContain('“Harbour fees rise to £40 a tonne at Port Elsmere”');
    expect(prov).toContain('12 June 2025');
    expect(prov).toContain('wire/elsmere.txt');
    const h1 = src.highlight('h1')!;
    expect(prov).toContain(`characters ${h1.position.start}–${h1.position.end}`);
    expect(quotes[3].querySelector('.prov')?.textContent).toContain('Unknown source');
    expect(quotes[3].querySelector('.prov')?.textContent).toContain('undated');

    // Highlight colour on the quote, tag colour on the chip; notes in an analyst panel.
    expect((quotes[1] as HTMLElement).style.getPropertyValue('--hl')).toBe('#d64545');
    expect([...quotes[1].querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['fees']);
    expect((quotes[1].querySelector('.chip') as HTMLElement).style.getPropertyValue('--tag')).toBe('#3fa34d');
    expect(quotes[1].querySelector('.analyst')?.textContent).toContain('Analyst note');
    expect(quotes[1].querySelector('.analyst')?.textContent).toContain('First rise since 2019.');
    expect(quotes[1].querySelector('blockquote')?.textContent).not.toContain('First rise');

    expect([...doc.querySelectorAll('.endnotes li')].map((li) => li.textContent)).toEqual([
      'Вестник, “Заявление министерства о портовых сборах”, 3 June 2025. ru/vestnik.txt',
      'Tidewater Press, “Harbour fees rise to £40 a tonne at Port Elsmere”, 12 June 2025. wire/elsmere.txt',
      'Unknown source, “Quay workers plan a résumé of talks”, undated. misc/quay.txt',
    ]);
  });

  it('lets nothing from a dump or the analyst become markup', () => {
    const stories = [{ id: 'x', title: EVIL, source: EVIL, date: '2025-01-02', path: `a/${EVIL}.txt`, text: `Lead. ${EVIL} Tail.` }];
    const src = fixtureSource({
      stories,
      highlights: [{ id: 'hx', storyId: 'x', exact: EVIL, tags: [EVIL], note: EVIL, color: 'red;}</style><script>alert(3)</script>' }],
      tags: { [EVIL]: 'url(javascript:alert(4))' },
      links: [{ from: 'x', to: 'x', label: EVIL }],
    });
    const content: BriefContent = {
      title: EVIL,
      author: EVIL,
      date: '2025-07-01',
      handling: EVIL,
      summary: EVIL,
      paper: 'Letter',
      appendix: true,
      sections: [
        {
          id: 's',
          heading: EVIL,
          items: [
            { kind: 'story', id: 'a', storyId: 'x', comment: EVIL },
            { kind: 'highlight', id: 'b', highlightId: 'hx' },
            { kind: 'text', id: 'c', text: EVIL },
            { kind: 'links', id: 'd' },
          ],
        },
      ],
    };
    const html = renderHtml(resolveBrief(stampBrief(content, 'b', NOW), src));
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, b, iframe, object')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} has ${attr}`).toBe(false);
      const style = el.getAttribute('style') ?? '';
      expect(style).not.toMatch(/script|url\(|<|;\s*}/i);
    }
    // The text still prints exactly as written.
    expect(doc.querySelector('.quote blockquote')?.textContent).toBe(EVIL);
    expect(doc.querySelector('.cover h1')?.textContent).toBe(EVIL);
    expect(doc.querySelector('.appendix mark')?.textContent).toBe(EVIL);
    expect(doc.querySelector('.quote .chip')?.textContent).toBe(EVIL);
    expect(doc.title).toBe(EVIL);
  });

  it('keeps a brief readable when a highlight was deleted or could not be re-anchored', () => {
    const src = fixtureSource({ stories: STORIES, highlights: [{ ...HIGHLIGHTS[3], status: 'orphaned' }] });
    const content: BriefContent = {
      title: 'T',
      author: '',
      date: '2025-07-01',
      handling: '',
      summary: '',
      paper: 'A4',
      appendix: true,
      sections: [
        {
          id: 's',
          heading: 'One',
          items: [
            { kind: 'highlight', id: 'a', highlightId: 'gone' },
            { kind: 'highlight', id: 'b', highlightId: 'h4' },
          ],
        },
      ],
    };
    const resolved = resolveBrief(stampBrief(content, 'b', NOW), src);
    expect(resolved.warnings).toHaveLength(2);
    const doc = parse(renderHtml(resolved));
    expect(doc.querySelector('.missing')?.textContent).toContain('no longer in the workspace');
    expect(doc.querySelector('.quote .status')?.textContent).toContain('not found');
    expect(doc.querySelectorAll('.warnings li')).toHaveLength(2);
    // No handling label given: no empty badge on the cover.
    expect(doc.querySelector('.cover .handling')).toBeNull();
    // An orphaned highlight is not marked in the appendix at offsets that no longer hold it.
    expect(doc.querySelectorAll('.appendix mark')).toHaveLength(0);
  });

  it('sets the paper size the analyst chose', () => {
    const src = fixtureSource({ stories: STORIES, highlights: HIGHLIGHTS });
    const base = buildFromTags(src, { title: 'T', tags: [], date: '2025-07-01', newId });
    expect(renderHtml(resolveBrief(stampBrief({ ...base, paper: 'Letter' }, 'b', NOW), src))).toContain('size: letter');
    expect(renderHtml(resolveBrief(stampBrief(base, 'b', NOW), src))).toContain('size: A4');
  });
});
