import { Closers } from './html-closers';
import { htmlToText } from './html-text';

/**
 * Lines of a page's text that its markup says are furniture, not article: photo captions and
 * credits, and whole lines that are one link (lists of other stories). Readability keeps both
 * inside the article it returns and drops the class names, so they are read from the markup.
 */

/** An opening tag and its attributes. */
const OPEN_TAG = /<([a-z][a-z0-9]*)\b([^>]*)>/giy;
/** `<figcaption>`, or an element whose class or id names a caption or a credit ("imageCaption", "photo-credit", "wp-caption-text"). */
const CAPTION_ATTR =
  /\b(?:class|id)\s*=\s*(?:"[^"]*(?:caption|credit)[^"]*"|'[^']*(?:caption|credit)[^']*'|[^\s>]*(?:caption|credit)[^\s>]*)/i;
/** Text longer than this is not a caption or a link line but a page that misuses the markup. */
const MAX_LINE_CHARS = 600;
/** At most this many elements of each kind are read: a page of ten thousand links costs no more. */
const MAX_ELEMENTS = 2000;

/** The text lines (as htmlToText writes them) inside each element `wanted` picks. */
function elementLines(html: string, wanted: (name: string, attrs: string) => boolean): Set<string> {
  const out = new Set<string>();
  const closers = new Closers(html);
  let found = 0;
  for (let lt = html.indexOf('<'); lt !== -1 && found < MAX_ELEMENTS; lt = html.indexOf('<', lt + 1)) {
    OPEN_TAG.lastIndex = lt;
    const m = OPEN_TAG.exec(html);
    if (!m || m[0].endsWith('/>')) continue;
    const name = m[1].toLowerCase();
    if (!wanted(name, m[2])) continue;
    const close = closers.find(name, lt + m[0].length, false);
    if (close === -1 || close.start - lt > MAX_LINE_CHARS * 8) continue;
    found++;
    const text = htmlToText(html.slice(lt, close.end)).trim();
    if (!text || text.length > MAX_LINE_CHARS) continue;
    for (const line of text.split('\n')) if (line.trim()) out.add(line.trim());
  }
  return out;
}

/** The lines the page prints as photo captions or credits. */
export function captionLines(html: string): Set<string> {
  return elementLines(html, (name, attrs) => name === 'figcaption' || CAPTION_ATTR.test(attrs));
}

/** The texts of the page's links: a line that is one of them and nothing else is a link, not a sentence. */
export function linkLines(html: string): Set<string> {
  return elementLines(html, (name) => name === 'a');
}
