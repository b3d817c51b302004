import { describe, expect, it } from 'vitest';
import { resolveBrief } from '../../../electron/core/briefs/resolve';
import { renderMarkdown } from '../../../electron/core/briefs/render-markdown';
import { renderHtml } from '../../../electron/core/briefs/render-html';
import { stampBrief, type BriefContent } from '../../../electron/core/briefs/model';
import { fixtureSource } from './fixture';

const NOW = '2025-07-01T09:00:00.000Z';
/** Each hostile value breaks out of its line, then tries raw HTML, a heading, an indented code block and a fence. */
const evil = (tag: string) =>
  `${tag} start\n\n<img src=q onerror=alert('${tag}')>\n# ${tag} heading\n    ${tag} code\n\`\`\`\n` +
  `- ${tag} item\n> ${tag} quote\n| a | b |\n[x](javascript:alert(1))`;

function hostileBrief(): string {
  const quote = evil('quote');
  const stories = [
    {
      id: 'x',
      title: evil('title'),
      source: evil('source'),
      date: '2025-01-02',
      path: `a/${evil('path')}.txt`,
      text: `Lead. ${quote} Tail.`,
    },
  ];
  const src = fixtureSource({
    stories,
    highlights: [{ id: 'hx', storyId: 'x', exact: quote, tags: [evil('tag'), 'x`y'], note: evil('note') }],
    links: [{ from: 'x', to: 'x', label: evil('label') }],
  });
  const content: BriefContent = {
    title: evil('brieftitle'),
    author: evil('author'),
    date: '2025-07-01',
    handling: evil('handling'),
    summary: evil('summary'),
    paper: 'A4',
    appendix: true,
    sections: [
      {
        id: 's',
        heading: evil('heading'),
        items: [
          { kind: 'story', id: 'a', storyId: 'x', comment: evil('comment') },
          { kind: 'highlight', id: 'b', highlightId: 'hx' },
          { kind: 'text', id: 'c', text: evil('text') },
          { kind: 'links', id: 'd' },
        ],
      },
    ],
  };
  return renderMarkdown(resolveBrief(stampBrief(content, 'b', NOW), src));
}

/** A line with its block-quote markers taken off, as CommonMark sees the block inside. */
const inner = (line: string) => line.replace(/^(?:> ?)+/, '');

describe('renderMarkdown with hostile file names, tags, notes, titles, sources and quotes', () => {
  const md = hostileBrief();
  const lines = md.split('\n');

  it('contains no raw HTML: every < is backslash-escaped and no line starts a tag', () => {
    expect(md).not.toMatch(/(^|[^\\])(\\\\)*</m);
    for (const l of lines) expect(inner(l).trimStart().startsWith('<'), l).toBe(false);
  });

  it('lets no value start a block of its own: headings, code, fences and lists are only the ones the export writes', () => {
    const headings = lines.filter((l) => /^#{1,6}(\s|$)/.test(inner(l)));
    expect(headings.map((h) => h.slice(0, h.indexOf(' ')))).toEqual(['#', '##', '##', '##', '##', '###']);
    for (const l of lines) {
      expect(/^( {4}|\t)/.test(inner(l)), `indented code: ${JSON.stringify(l)}`).toBe(false);
      expect(/^\s*(```|~~~)/.test(inner(l)), `fence: ${JSON.stringify(l)}`).toBe(false);
      expect(/^\s*\|/.test(inner(l)), `table: ${JSON.stringify(l)}`).toBe(false);
    }
    // The only list the export writes is the one of links between stories.
    expect(lines.filter((l) => /^\s*[-*+] /.test(inner(l))).every((l) => l.startsWith('- ') && l.includes('→'))).toBe(true);
    // A link needs an unescaped `](`.
    expect(md).not.toMatch(/(^|[^\\])\]\(/);
  });

  it('folds line breaks in one-line fields: a path, tag, title or source stays on its own line', () => {
    const provenance = lines.filter((l) => l.includes('path start'));
    expect(provenance.length).toBeGreaterThan(0);
    for (const l of provenance) expect(l).toMatch(/path start.*path heading.*path item/);
    const tags = lines.find((l) => l.startsWith('Tags:'))!;
    expect(tags).toMatch(/tag start.*tag quote/);
    expect(tags).toContain('x');
    expect(lines.find((l) => l.startsWith('# '))).toMatch(/brieftitle start.*brieftitle item/);
    expect(lines.filter((l) => l.includes('source start')).every((l) => /source start.*source quote/.test(l))).toBe(true);
  });

  it('keeps a multi-line quote readable and inside its block quote, line by line', () => {
    const start = lines.findIndex((l) => l.startsWith('> quote start'));
    expect(start).toBeGreaterThanOrEqual(0);
    const block = lines.slice(
      start,
      lines.findIndex((l, i) => i > start && !l.startsWith('>')),
    );
    expect(block.length).toBeGreaterThanOrEqual(8);
    for (const l of block) expect(l.startsWith('>'), l).toBe(true);
    expect(block.join('\n')).toContain('quote code');
  });
});

describe('renderHtml with the same hostile values', () => {
  it('escapes them all: no element or attribute comes from a value', () => {
    const stories = [
      {
        id: 'x',
        title: evil('title'),
        source: evil('source'),
        date: '2025-01-02',
        path: `a/${evil('path')}.txt`,
        text: `Lead. ${evil('quote')} Tail.`,
      },
    ];
    const src = fixtureSource({
      stories,
      highlights: [{ id: 'hx', storyId: 'x', exact: evil('quote'), tags: [evil('tag')], note: evil('note') }],
    });
    const content: BriefContent = {
      title: evil('t'),
      author: '',
      date: '2025-07-01',
      handling: '',
      summary: '',
      paper: 'A4',
      appendix: true,
      sections: [{ id: 's', heading: evil('h'), items: [{ kind: 'highlight', id: 'b', highlightId: 'hx' }] }],
    };
    const html = renderHtml(resolveBrief(stampBrief(content, 'b', NOW), src));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=q onerror=alert(&#39;path&#39;)&gt;');
    // Every tag in the document is one the renderer writes.
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9!]+)/gi)].map((t) => t[1].toLowerCase()));
    expect(
      [...tags].filter(
        (t) =>
          ![
            '!doctype',
            'html',
            'head',
            'meta',
            'title',
            'style',
            'body',
            'section',
            'div',
            'h1',
            'h2',
            'h3',
            'dl',
            'dt',
            'dd',
            'nav',
            'ol',
            'ul',
            'li',
            'span',
            'a',
            'main',
            'figure',
            'blockquote',
            'figcaption',
            'p',
            'br',
            'article',
            'mark',
            'sup',
          ].includes(t),
      ),
    ).toEqual([]);
  });
});
