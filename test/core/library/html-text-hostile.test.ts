import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../electron/core/library/html-text';

// A dropped page is untrusted: broken markup must cost time in proportion to its size. Each
// of these took seconds to tens of seconds at 300 KB when closers were searched for again
// from every opening tag. The bound is a generous timeout, not a tight timing assertion.
const SIZE = 300_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

describe('htmlToText on hostile markup', () => {
  it('converts 300 KB of unclosed <nav> quickly and keeps the text after them', { timeout: 2_000 }, () => {
    const out = htmlToText(fill('<nav>menu item '));
    expect(out.startsWith('menu item menu item')).toBe(true);
  });

  it('converts 300 KB of unclosed page <header> quickly', { timeout: 2_000 }, () => {
    const out = htmlToText(fill('<header><p>headline text</p>'));
    expect(out.split('\n\n').length).toBeGreaterThan(1000);
    expect(out).toContain('headline text');
  });

  it('converts 300 KB of unclosed <textarea> quickly', { timeout: 2_000 }, () => {
    expect(htmlToText(fill('<textarea>x '))).toContain('x x x');
  });

  it('converts 300 KB of tags that never end with ">" quickly, as text', { timeout: 2_000 }, () => {
    expect(htmlToText(fill('<nav ')).length).toBeGreaterThan(SIZE / 2);
    expect(htmlToText(fill('<a ')).length).toBeGreaterThan(SIZE / 2);
  });

  it('still drops a closed <nav> that follows many unclosed ones', { timeout: 2_000 }, () => {
    const out = htmlToText(`${fill('<nav>a ')}<p>Story.</p><nav>MENU</nav><p>End.</p>`);
    expect(out).toContain('Story.');
    expect(out).toContain('End.');
    expect(out).not.toContain('MENU');
  });
});
