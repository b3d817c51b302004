/** A highlight as the reader draws it: absolute offsets into the decoded file text. */
export interface PaintRange {
  id: string;
  start: number;
  end: number;
  color: string;
}

/** A stretch of a line covered by the same set of highlights (offsets relative to the line). */
export interface Piece {
  start: number;
  length: number;
  ids: string[];
  colors: string[];
}

/**
 * mark.js refuses overlapping ranges, but analysts overlap highlights all the time. Cut the
 * line at every highlight boundary so each piece has one fixed set of highlights; a piece
 * under two highlights is drawn darker, so the overlap stays visible.
 */
export function piecesForLine(lineStart: number, lineEnd: number, ranges: PaintRange[]): Piece[] {
  const inLine = ranges.filter((r) => r.end > lineStart && r.start < lineEnd && r.end > r.start);
  if (inLine.length === 0) return [];
  const cuts = new Set<number>();
  for (const r of inLine) {
    cuts.add(Math.max(r.start, lineStart));
    cuts.add(Math.min(r.end, lineEnd));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const over = inLine.filter((r) => r.start <= a && r.end >= b);
    if (over.length === 0) continue;
    out.push({ start: a - lineStart, length: b - a, ids: over.map((r) => r.id), colors: over.map((r) => r.color) });
  }
  return out;
}
