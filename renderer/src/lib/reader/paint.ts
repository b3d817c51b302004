import { wrapRanges } from './wrap-ranges';
import { piecesForLine, type PaintRange } from './pieces';

/**
 * Draw highlights into the reader's lines, from resolved offsets (never from a DOM search, so a
 * quote that appears twice marks only the anchored one). Each line is wrapped on its own, so
 * offsets stay local. Only lines that had or get a highlight are
 * touched: a long story with 200 highlights repaints in a few milliseconds.
 */
export function paintHighlights(root: HTMLElement, ranges: PaintRange[]): void {
  clearMarks(root, 'mark.hl');
  if (ranges.length === 0) return;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  // The longest range bounds how far back a range starting before a line can reach into it.
  const reach = sorted.reduce((n, r) => Math.max(n, r.end - r.start), 0);
  for (const line of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(line.dataset.start);
    const end = Number(line.dataset.end);
    const near = sorted.slice(firstAtOrAfter(sorted, start - reach), firstAtOrAfter(sorted, end));
    const pieces = piecesForLine(start, end, near);
    if (pieces.length === 0) continue;
    wrapRanges(line, pieces, 'hl', (el, k) => {
      const p = pieces[k];
      el.dataset.hl = p.ids.join(' ');
      el.style.setProperty('--hl', p.colors[p.colors.length - 1]);
      if (p.ids.length > 1) el.classList.add('overlap');
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

/** Unwrap earlier marks in place, without walking every line. */
export function clearMarks(root: HTMLElement, selector: string): void {
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
