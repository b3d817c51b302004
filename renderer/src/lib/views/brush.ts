/** A brushed span of buckets, both ends included. */
export interface BrushRange {
  from: number;
  to: number;
}

/** What a key does to the brush: the new range, and whether to apply it to the library or clear the filter. */
export interface BrushStep {
  range: BrushRange | null;
  action?: 'apply' | 'clear';
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * The timeline's keyboard brushing over `n` buckets. Arrows move the range a bucket (the first
 * press starts one at the near end), Shift+arrows move its end, Home/End jump to the ends,
 * Enter applies, Escape clears. Returns null for keys it leaves alone.
 */
export function brushKey(range: BrushRange | null, key: string, shift: boolean, n: number): BrushStep | null {
  if (n <= 0) return key === 'Escape' ? { range: null, action: 'clear' } : null;
  const last = n - 1;
  switch (key) {
    case 'Enter':
      return range ? { range, action: 'apply' } : null;
    case 'Escape':
      return { range: null, action: 'clear' };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const d = key === 'ArrowRight' ? 1 : -1;
      if (!range) return { range: d > 0 ? { from: 0, to: 0 } : { from: last, to: last } };
      if (shift) return { range: { from: range.from, to: clamp(range.to + d, range.from, last) } };
      const shift_ = clamp(d, -range.from, last - range.to);
      return { range: { from: range.from + shift_, to: range.to + shift_ } };
    }
    case 'Home':
    case 'End': {
      const width = range ? range.to - range.from : 0;
      return { range: key === 'Home' ? { from: 0, to: width } : { from: last - width, to: last } };
    }
    default:
      return null;
  }
}

/** The range a pointer drag from bucket `anchor` to bucket `at` covers, whichever way it went. */
export function dragRange(anchor: number, at: number, n: number): BrushRange {
  const a = clamp(anchor, 0, n - 1);
  const b = clamp(at, 0, n - 1);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}
