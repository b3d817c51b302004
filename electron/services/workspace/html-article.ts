import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyseHtmlDump, type HtmlArticle } from '../../core/library/html-dump';
import { decodeHtmlBytes } from '../../core/library/html-text';
import type { SegmentFix } from '../../core/library/fixes';
import type { ProcessedDump } from '../../core/text/index';

/**
 * Pages bigger or deeper than this are not given to Readability, whose cost grows with the element
 * count and with the square of the nesting depth; their whole text is the document. Checked here
 * because Readability's own `maxElemsToParse` counts with `getElementsByTagName('*')`, which is
 * always 0 under linkedom.
 */
const MAX_ELEMENTS = 60_000;
const MAX_DEPTH = 400;

/** Whether the element tree under `root` stays within the limits (an iterative walk: deep trees must not overflow the stack). */
function withinLimits(root: Element): boolean {
  let count = 0;
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    if (++count > MAX_ELEMENTS || depth > MAX_DEPTH) return false;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) return true;
    node = node.nextElementSibling;
  }
  return true;
}

/**
 * The main article of a page, by Mozilla's Readability over a linkedom DOM; null when it finds
 * none or the page breaks the parser (the caller then uses the page's whole text).
 */
export function readArticle(html: string): HtmlArticle | null {
  try {
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    if (!doc.documentElement || !withinLimits(doc.documentElement)) return null;
    const found = new Readability(doc).parse();
    if (!found?.content) return null;
    return { title: found.title ?? '', contentHtml: found.content, byline: found.byline ?? null };
  } catch {
    return null;
  }
}

/** An HTML dump's bytes → its derived document text and stories (deterministic for the same bytes). */
export function analyseHtmlBytes(bytes: Uint8Array, fixes: readonly SegmentFix[] = []): ProcessedDump {
  let html: string;
  try {
    html = decodeHtmlBytes(bytes);
  } catch (err) {
    return {
      status: 'error',
      problem: { code: 'internal', message: `Dossier could not decode this page (${String(err).slice(0, 200)}).` },
    };
  }
  return analyseHtmlDump(html, readArticle(html), fixes);
}
