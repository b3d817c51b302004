import { describe, expect, it } from 'vitest';
import { lineParts } from '../../renderer/src/lib/reader/line-parts';

describe('cutting a reader line into parts', () => {
  it('handles a line of 200,000 links without overflowing the stack, and keeps every character', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `https://example.org/${i}`).join(' ');
    const parts = lineParts({ start: 0, end: text.length, text }, [{ kind: 'share', start: 21, end: 22 }]);
    expect(parts.filter((p) => p.url).length).toBe(200_000);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts[1]).toEqual({ text: ' ', noise: 'share' });
  });
});
