/// <reference path="../../renderer/src/lib/mark-js.d.ts" />
import { describe, expect, it } from 'vitest';
import { paintHighlights, paintHits } from '../../renderer/src/lib/reader/paint';

// Two lines of a story at their offsets in the file text, as the reader draws them.
function article(): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML =
    '<h1 class="title">Storm at Korsa</h1><p class="byline">3 matches</p>' +
    '<p data-start="100" data-end="131">The harbour of Korsa was closed</p><p data-start="140" data-end="163">after a storm in Korsa.</p>';
  return root;
}
const marked = (root: HTMLElement, sel: string) =>
  [...root.querySelectorAll<HTMLElement>(sel)].map((m) => [m.textContent, m.dataset.hl ?? '']);

describe('painting highlights and hits', () => {
  it('marks each anchored range, across lines and overlaps, and a repaint leaves only the new ones', () => {
    const root = article();
    paintHighlights(root, [
      { id: 'a', start: 104, end: 111, color: '#ff0' },
      { id: 'b', start: 108, end: 121, color: '#0f0' },
      { id: 'c', start: 125, end: 145, color: '#00f' },
    ]);
    expect(marked(root, 'mark.hl')).toEqual([
      ['harb', 'a'],
      ['our', 'a b'],
      [' of Korsa ', 'b'],
      ['closed', 'c'],
      ['after', 'c'],
    ]);
    paintHighlights(root, [{ id: 'c', start: 140, end: 145, color: '#00f' }]);
    expect(marked(root, 'mark.hl')).toEqual([['after', 'c']]);
    // Unwrapping never changes the text the offsets point into.
    expect(root.querySelector('[data-start="100"]')!.textContent).toBe('The harbour of Korsa was closed');
    expect(root.querySelector('[data-start="100"]')!.childNodes).toHaveLength(1);
  });

  it('marks search hits in the headline and story lines but not in the app’s own words', () => {
    const root = article();
    expect(paintHits(root, ['korsa', 'matches']).map((m) => m.textContent)).toEqual(['Korsa', 'Korsa', 'Korsa']);
    expect(paintHits(root, [])).toEqual([]);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
  });
});
