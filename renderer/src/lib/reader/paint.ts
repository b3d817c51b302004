import Mark from 'mark.js';
import { piecesForLine, type PaintRange } from './pieces';

/**
 * Draw highlights into the reader's lines with mark.js, from resolved offsets (never from a
 * DOM search, so a quote that appears twice marks only the anchored one). Each line is its
 * own mark.js context, so offsets stay local and a long story repaints quickly.
 */
export function paintHighlights(root: HTMLElement, ranges: PaintRange[]): void {
  const lines = root.querySelectorAll<HTMLElement>('[data-start]');
  for (const line of lines) {
    const marker = new Mark(line);
    marker.unmark({ className: 'hl' });
    const start = Number(line.dataset.start);
    const end = Number(line.dataset.end);
    const pieces = piecesForLine(start, end, ranges);
    if (pieces.length === 0) continue;
    marker.markRanges(
      pieces.map((p) => ({ start: p.start, length: p.length })),
      {
        className: 'hl',
        each: (el: HTMLElement, range: { start: number }) => {
          const p = pieces.find((x) => x.start === range.start);
          if (!p) return;
          el.dataset.hl = p.ids.join(' ');
          el.style.setProperty('--hl', p.colors[p.colors.length - 1]);
          if (p.ids.length > 1) el.classList.add('overlap');
        },
      },
    );
  }
}

/** Mark search hits in their own style, separate from highlights. Returns how many. */
export function paintHits(root: HTMLElement, terms: string[]): HTMLElement[] {
  const marker = new Mark(root);
  marker.unmark({ className: 'hit' });
  const clean = terms.map((t) => t.trim()).filter((t) => t.length > 1);
  if (clean.length === 0) return [];
  marker.mark(clean, { className: 'hit', separateWordSearch: false, diacritics: true, acrossElements: false, exclude: ['.noise-bar', '.noise-bar *'] });
  return [...root.querySelectorAll<HTMLElement>('mark.hit')];
}
