import { decodeHTML } from 'entities';
import { Closers, NextGt } from './html-closers';

/**
 * Elements whose whole content is page furniture or code, never article text. Dropped with
 * everything inside them, but only when their closing tag exists: an unclosed `<header>` in
 * broken markup must not swallow the article that follows it.
 */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'nav',
  'header',
  'footer',
  'aside',
  'button',
  'select',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'dialog',
]);

/** Elements whose content is raw text to the HTML parser: a `<` inside them is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Block elements that start a paragraph of their own (blank line before and after). */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'figure',
  'table',
  'ul',
  'ol',
  'dl',
  'article',
  'section',
  'main',
  'address',
  'hr',
  'figcaption',
  'details',
  'summary',
]);

/** Block elements that end a line. */
const LINE = new Set(['br', 'div', 'li', 'tr', 'dt', 'dd', 'caption', 'center', 'fieldset', 'legend', 'option', 'body', 'html']);

/** A tag's `<` and name; the tag then runs to its first `>`. */
const TAG_NAME = /<\/?([a-zA-Z][a-zA-Z0-9:-]*)/y;
/** A `<name` whose `>` is further than this is not a tag but text (as a lone `<` would be). */
const MAX_TAG_LENGTH = 2048;

/**
 * The readable text of an HTML page, as a dump the segmenter can split: headings and
 * paragraphs separated by blank lines, inline markup gone, entities decoded, scripts,
 * styles and navigation/header/footer chrome removed. Article text is untrusted: the
 * output is plain text and is never rendered as HTML.
 *
 * One forward pass: every `>` and every closing tag is looked up in indexes built once, so
 * broken markup (thousands of unclosed `<nav>`s, tags without `>`) costs linear time.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const closers = new Closers(html);
  const gt = new NextGt(html);
  let pre = 0;
  let article = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) out.push(textChunk(html.slice(i, textEnd), pre > 0));
    if (lt === -1) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
      const end = html.indexOf('>', i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    TAG_NAME.lastIndex = i;
    const m = TAG_NAME.exec(html);
    const tagEnd = m ? gt.find(i + m[0].length) : -1;
    if (!m || tagEnd === -1 || tagEnd >= i + MAX_TAG_LENGTH) {
      // A lone '<' (e.g. "a < b") is text.
      out.push('<');
      i++;
      continue;
    }
    const tag = html.slice(i, tagEnd + 1);
    const name = m[1].toLowerCase();
    const closing = tag[1] === '/';
    const selfClosing = tag.endsWith('/>');
    i = tagEnd + 1;
    if (name === 'article') article = Math.max(0, article + (closing ? -1 : 1));
    // An article's own <header> holds its headline and byline: only page-level ones are chrome.
    const drop = DROP.has(name) && !(article > 0 && (name === 'header' || name === 'footer'));
    if (!closing && !selfClosing && (drop || RAW_TEXT.has(name))) {
      const close = closers.find(name, i, RAW_TEXT.has(name));
      if (close !== -1) {
        if (!drop) out.push(textChunk(html.slice(i, close.start), pre > 0));
        i = close.end;
        continue;
      }
      if (RAW_TEXT.has(name) && drop) {
        // An unclosed <script> runs to the end of the document in a browser too.
        i = n;
        continue;
      }
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === 'br') out.push('\n');
    else if (PARAGRAPH.has(name)) breakAtLeast(out, 2);
    else if (LINE.has(name)) breakAtLeast(out, 1);
    else if (name === 'td' || name === 'th') out.push(closing ? '' : ' ');
    else if (name === 'img' && !closing) {
      const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(tag);
      const altText = alt ? decodeHTML(alt[2] ?? alt[3] ?? '').trim() : '';
      if (altText) out.push(` ${altText} `);
    }
  }
  return tidy(out.join(''));
}

/** End the output with at least `n` line breaks (a closing tag and the next opening one must not double them). */
function breakAtLeast(out: string[], n: number): void {
  let have = 0;
  for (let k = out.length - 1; k >= 0 && have < n; k--) {
    const chunk = out[k];
    let j = chunk.length - 1;
    while (j >= 0 && (chunk[j] === ' ' || chunk[j] === '\n')) {
      if (chunk[j] === '\n') have++;
      j--;
    }
    if (j >= 0) break;
  }
  if (have < n) out.push('\n'.repeat(n - have));
}

function textChunk(raw: string, preformatted: boolean): string {
  const decoded = decodeHTML(raw).replace(/\u00a0/g, ' ');
  return preformatted ? decoded : decoded.replace(/[ \t\r\n\f]+/g, ' ');
}

/** Trim each line, drop the blank lines markup leaves, keep at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}

/**
 * Decode an HTML file's bytes: a BOM or `<meta charset>` wins, otherwise UTF-8, otherwise
 * Windows-1252 (what browsers fall back to for old Western pages).
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall through to the guess below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
