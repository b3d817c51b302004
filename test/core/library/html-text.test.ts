import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, htmlToText } from '../../../electron/core/library/html-text';

describe('htmlToText', () => {
  it.each([
    [
      'headings and paragraphs become lines separated by blank lines',
      '<html><body><h1>Harbour Reopens</h1><p>The port of Korsa reopened on Monday.</p><p>Ships queued.</p></body></html>',
      'Harbour Reopens\n\nThe port of Korsa reopened on Monday.\n\nShips queued.\n',
    ],
    [
      'scripts, styles, nav, page header and footer are dropped',
      '<head><title>Site</title><style>p{color:red}</style></head><body><header>MENU Home News</header><nav><a>Sport</a></nav>' +
        '<script>var x = "<p>not text</p>";</script><p>Body stays.</p><footer>© Site 2025</footer></body>',
      'Body stays.\n',
    ],
    [
      "an article's own header keeps its headline",
      '<header>Site masthead</header><article><header><h1>Talks End</h1><p>By A. Writer</p></header><p>Text.</p></article>',
      'Talks End\n\nBy A. Writer\n\nText.\n',
    ],
    [
      'entities are decoded, inline markup vanishes, whitespace collapses',
      '<p>Caf&eacute; &amp; bar &#8212; &#x41;&nbsp;<b>bold</b>   <i>and</i>\n  split</p>',
      'Café & bar — A bold and split\n',
    ],
    [
      'a form wrapping the whole page (as old server-side frameworks print one) keeps its text, not its controls',
      '<body><form action="/post" method="post"><p>The port of Korsa reopened on Monday.</p>' +
        '<select><option>Sort</option></select><button>Send</button></form></body>',
      'The port of Korsa reopened on Monday.\n',
    ],
    ['line breaks and list items end lines', '<p>one<br>two</p><ul><li>first</li><li>second</li></ul>', 'one\ntwo\n\nfirst\nsecond\n'],
    ['comments and a lone "<" do not confuse it', '<p>a <!-- <p>hidden</p> --> < b and 3<4</p>', 'a < b and 3<4\n'],
    [
      'an unclosed header does not swallow the article',
      '<body><header>Masthead<p>Article text survives.</p></body>',
      'Masthead\n\nArticle text survives.\n',
    ],
    ['Cyrillic and quotes pass through untouched', '<p>Заявления для прессы «по итогам»</p>', 'Заявления для прессы «по итогам»\n'],
  ])('%s', (_label, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('never produces markup from encoded markup (text stays text)', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>\n');
  });
});

describe('decodeHtmlBytes', () => {
  it('honours a declared legacy charset', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252"><p>'), 0xa3, 0x35, 0xe9]);
    expect(decodeHtmlBytes(bytes)).toContain('£5é');
  });

  it('falls back to Windows-1252 when undeclared bytes are not UTF-8', () => {
    expect(decodeHtmlBytes(new Uint8Array([0x3c, 0x70, 0x3e, 0xa3, 0x31]))).toBe('<p>£1');
  });

  it('reads UTF-8 with a BOM', () => {
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('é')]))).toBe('é');
  });
});
