import { describe, expect, it } from 'vitest';
import { wrapRanges } from '../../renderer/src/lib/reader/wrap-ranges';

function line(html: string): HTMLElement {
  const p = document.createElement('p');
  p.innerHTML = html;
  return p;
}
const mark = (i: number) => Object.assign(document.createElement('mark'), { title: String(i) });
const marks = (el: HTMLElement) => [...el.querySelectorAll('mark')].map((m) => [m.title, m.textContent]);

describe('wrapping stretches of a line’s text', () => {
  it('wraps several stretches of one text node, and one across a link, without changing the text', () => {
    const el = line('The harbour <a href="#">of Korsa</a> was closed');
    const made = wrapRanges(
      el,
      [
        { start: 0, length: 3 },
        { start: 4, length: 4 },
        { start: 8, length: 6 },
        { start: 25, length: 6 },
      ],
      mark,
    );
    expect(made).toHaveLength(5);
    expect(marks(el)).toEqual([
      ['0', 'The'],
      ['1', 'harb'],
      ['2', 'our '],
      ['2', 'of'],
      ['3', 'closed'],
    ]);
    expect(el.textContent).toBe('The harbour of Korsa was closed');
    expect(el.querySelector('a')!.textContent).toBe('of Korsa');
  });

  it('leaves out empty and out-of-bounds stretches', () => {
    const el = line('short line');
    expect(
      wrapRanges(
        el,
        [
          { start: 2, length: 0 },
          { start: 6, length: 10 },
          { start: 40, length: 3 },
        ],
        mark,
      ).map((m) => m.textContent),
    ).toEqual(['line']);
    expect(el.textContent).toBe('short line');
  });
});
