import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../support/prng';
import { piecesForLine, type PaintRange, type Piece } from '../../renderer/src/lib/reader/pieces';

/** The definition: cut at every boundary, each piece lists the ranges covering it, in the given order. */
function reference(lineStart: number, lineEnd: number, ranges: PaintRange[]): Piece[] {
  const inLine = ranges.filter((r) => r.end > lineStart && r.start < lineEnd && r.end > r.start);
  const points = [...new Set(inLine.flatMap((r) => [Math.max(r.start, lineStart), Math.min(r.end, lineEnd)]))].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const over = inLine.filter((r) => r.start <= points[i] && r.end >= points[i + 1]);
    if (over.length)
      out.push({
        start: points[i] - lineStart,
        length: points[i + 1] - points[i],
        ids: over.map((r) => r.id),
        colors: over.map((r) => r.color),
      });
  }
  return out;
}

describe('cutting a line into highlight pieces', () => {
  it('matches the definition on random overlapping highlights', () => {
    const r = mulberry32(7);
    for (let t = 0; t < 500; t++) {
      const ranges: PaintRange[] = Array.from({ length: Math.floor(r() * 12) }, (_, i) => {
        const start = Math.floor(r() * 60);
        return { id: `h${i}`, start, end: start + Math.floor(r() * 30) - 3, color: `c${i % 3}` };
      });
      expect(piecesForLine(10, 50, ranges)).toEqual(reference(10, 50, ranges));
    }
  });

  it('cuts a line holding 130,000 highlights quickly', { timeout: 5_000 }, () => {
    const ranges: PaintRange[] = Array.from({ length: 130_000 }, (_, i) => ({
      id: `h${i}`,
      start: i * 4,
      end: i * 4 + 3,
      color: 'yellow',
    }));
    const pieces = piecesForLine(0, 130_000 * 4, ranges);
    expect(pieces).toHaveLength(130_000);
    expect(pieces[129_999]).toEqual({ start: 519_996, length: 3, ids: ['h129999'], colors: ['yellow'] });
  });
});
