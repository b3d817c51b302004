import { describe, expect, it } from 'vitest';
import { paintHighlights } from '../../renderer/src/lib/reader/paint';
import { paintHits } from '../../renderer/src/lib/reader/paint-hits';

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

describe('painting a long story’s highlights', () => {
  it('draws every one of 200 highlights spread over 50 lines, each once, in its colour', () => {
    const root = document.createElement('article');
    const words = Array.from({ length: 8 }, (_, i) => `word${i}`).join(' ');
    let html = '';
    for (let l = 0; l < 50; l++) html += `<p data-start="${l * 100}" data-end="${l * 100 + words.length}">${words}</p>`;
    root.innerHTML = html;
    const ranges = Array.from({ length: 200 }, (_, i) => {
      const start = Math.floor(i / 4) * 100 + (i % 4) * 12;
      return { id: `h${i}`, start, end: start + 5, color: i % 2 ? '#ff0' : '#0f0' };
    });
    paintHighlights(root, ranges);
    const drawn = [...root.querySelectorAll<HTMLElement>('mark.hl')];
    expect(drawn.map((m) => m.dataset.hl).sort()).toEqual(ranges.map((r) => r.id).sort());
    expect(drawn.every((m) => m.textContent?.startsWith('word'))).toBe(true);
    expect(drawn.find((m) => m.dataset.hl === 'h1')!.style.getPropertyValue('--hl')).toBe('#ff0');
    expect(root.textContent).toBe(words.repeat(50));
  });

  it('marks hits in a line’s new text after the line changed, and follows each new query', () => {
    const root = article();
    expect(paintHits(root, ['korsa']).map((m) => m.textContent)).toEqual(['Korsa', 'Korsa', 'Korsa']);
    root.querySelector('[data-start="140"]')!.textContent = 'after a storm in Vardo.';
    expect(paintHits(root, ['vardo']).map((m) => m.textContent)).toEqual(['Vardo']);
    expect(paintHits(root, ['harbours']).map((m) => m.textContent)).toEqual(['harbour']);
  });

  it('marks a highlight that runs through a link and muted noise: one mark per piece of text, the text as it was', () => {
    const root = document.createElement('article');
    root.innerHTML =
      '<p data-start="0" data-end="40">See <a href="https://example.org/x">example.org/x</a> for <span class="inline-noise">more</span> facts</p>';
    const line = root.querySelector('p')!;
    const text = line.textContent!;
    paintHighlights(root, [
      { id: 'a', start: 2, end: 10, color: '#ff0' },
      { id: 'b', start: text.indexOf('for'), end: text.indexOf('facts') + 2, color: '#0f0' },
    ]);
    expect(marked(root, 'mark.hl')).toEqual([
      ['e ', 'a'],
      ['exampl', 'a'],
      ['for ', 'b'],
      ['more', 'b'],
      [' fa', 'b'],
    ]);
    expect(line.textContent).toBe(text);
    expect(root.querySelector('a mark.hl')?.textContent).toBe('exampl');
    paintHighlights(root, []);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(line.textContent).toBe(text);
  });
});
