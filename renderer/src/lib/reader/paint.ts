import { piecesForLine, type PaintRange } from './pieces';
import { wrapRanges, type TextRange } from './wrap-ranges';
import { terms as foldedTerms, tokenize, type Token } from '@core/search/tokenize';

/**
 * Draw highlights into the reader's lines from resolved offsets (never from a DOM search, so a
 * quote that appears twice marks only the anchored one). Each line is cut into pieces with one
 * set of highlights and wrapped in one walk over its text nodes, so offsets stay local. Only
 * lines that had or get a highlight are touched.
 */
export function paintHighlights(root: HTMLElement, ranges: PaintRange[]): void {
  clearMarks(root, 'mark.hl');
  if (ranges.length === 0) return;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  // The longest range bounds how far back a range starting before a line can reach into it.
  const reach = sorted.reduce((n, r) => Math.max(n, r.end - r.start), 0);
  const doc = root.ownerDocument;
  for (const line of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(line.dataset.start);
    const end = Number(line.dataset.end);
    const near = sorted.slice(firstAtOrAfter(sorted, start - reach), firstAtOrAfter(sorted, end));
    const pieces = piecesForLine(start, end, near);
    if (pieces.length === 0) continue;
    wrapRanges(line, pieces, (i) => {
      const p = pieces[i];
      const el = doc.createElement('mark');
      el.className = p.ids.length > 1 ? 'hl overlap' : 'hl';
      el.dataset.hl = p.ids.join(' ');
      el.style.setProperty('--hl', p.colors[p.colors.length - 1]);
      return el;
    });
  }
}

/** Index of the first range starting at or after `offset` (ranges sorted by start). */
function firstAtOrAfter(sorted: PaintRange[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Unwrap earlier marks in place, normalising only the lines that had one. */
function clearMarks(root: HTMLElement, selector: string): void {
  const parents = new Set<Node>();
  for (const m of root.querySelectorAll(selector)) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}

/**
 * Mark search hits in their own style, separate from highlights, in the headline and the
 * story's lines only (not the byline or the noise bars' labels, which are the app's words).
 * Words compare the way search compares them (core's tokenizer and folding), so "сергей"
 * marks "Сергей" and "strasse" marks "Straße"; a word of three letters or more also marks
 * the words it begins, as search finds them; a phrase (words joined by spaces) marks runs.
 * Returns the hits in reading order.
 */
export function paintHits(root: HTMLElement, terms: string[]): HTMLElement[] {
  clearMarks(root, 'mark.hit');
  const wanted = terms.map((t) => foldedTerms(t)).filter((t) => t.length > 1 || (t.length === 1 && t[0].length > 1));
  if (wanted.length === 0) return [];
  // The headline and the lines only: the byline and the noise bars' labels are the app's words.
  const doc = root.ownerDocument;
  const hits: HTMLElement[] = [];
  for (const line of root.querySelectorAll<HTMLElement>('.title, [data-start]')) {
    const ranges = hitRanges(tokenize(line.textContent ?? ''), wanted);
    for (const el of wrapRanges(line, ranges, () => Object.assign(doc.createElement('mark'), { className: 'hit' }))) hits.push(el);
  }
  return hits;
}

/** Where the wanted words and phrases occur among a line's tokens, in reading order. */
function hitRanges(tokens: Token[], wanted: string[][]): TextRange[] {
  const out: TextRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = wanted.find((words) =>
      words.every(
        (t, j) =>
          i + j < tokens.length && (tokens[i + j].term === t || (words.length === 1 && t.length >= 3 && tokens[i].term.startsWith(t))),
      ),
    );
    if (!w) continue;
    const last = tokens[i + w.length - 1];
    out.push({ start: tokens[i].start, length: last.end - tokens[i].start });
    i += w.length - 1;
  }
  return out;
}
