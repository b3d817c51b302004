import { Closers } from './html-closers';
import { htmlToText } from './html-text';

/**
 * Opening tags of the elements a page prints its photo captions and credits in: `<figcaption>`,
 * and any element whose class or id names a caption or a credit ("imageCaption", "photo-credit",
 * "wp-caption-text"). Readability keeps these inside the article and drops the class names, so
 * they are read from the page itself.
 */
const CAPTION_OPEN = /<(figcaption|[a-z][a-z0-9]*)\b([^>]*)>/giy;
const CAPTION_ATTR =
  /\b(?:class|id)\s*=\s*(?:"[^"]*(?:caption|credit)[^"]*"|'[^']*(?:caption|credit)[^']*'|[^\s>]*(?:caption|credit)[^\s>]*)/i;
/** Captions longer than this are not captions but a page that misuses the class name. */
const MAX_CAPTION_CHARS = 600;
const MAX_CAPTIONS = 500;

/** The lines of text (as htmlToText writes them) that the page prints as photo captions or credits. */
export function captionLines(html: string): Set<string> {
  const out = new Set<string>();
  const closers = new Closers(html);
  let found = 0;
  for (let lt = html.indexOf('<'); lt !== -1 && found < MAX_CAPTIONS; lt = html.indexOf('<', lt + 1)) {
    CAPTION_OPEN.lastIndex = lt;
    const m = CAPTION_OPEN.exec(html);
    if (!m) continue;
    const name = m[1].toLowerCase();
    if (name !== 'figcaption' && !CAPTION_ATTR.test(m[2])) continue;
    if (m[0].endsWith('/>')) continue;
    const close = closers.find(name, lt + m[0].length, false);
    if (close === -1 || close.start - lt > MAX_CAPTION_CHARS * 8) continue;
    found++;
    const text = htmlToText(html.slice(lt, close.end)).trim();
    if (!text || text.length > MAX_CAPTION_CHARS) continue;
    for (const line of text.split('\n')) if (line.trim()) out.add(line.trim());
  }
  return out;
}
