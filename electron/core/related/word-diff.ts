import { tokenize } from '../search/tokenize';

export interface Range {
  start: number;
  end: number;
}

/** How a variant differs from the reference text: ranges only, so nothing is rendered as HTML. */
interface VariantDiff {
  /** Words in the variant that the reference lacks (offsets into the variant text). */
  added: Range[];
  /** Words in the reference that the variant lacks (offsets into the reference text). */
  removed: Range[];
}

/**
 * Word-level diff (Myers' O(ND) algorithm over folded tokens, so case and accents do not
 * count as edits). Near-duplicates differ in a handful of words, so D is small and this is
 * fast even for long stories. Gives up beyond `maxEdits` and reports everything as changed.
 */
export function wordDiff(reference: string, variant: string, maxEdits = 2000): VariantDiff {
  const a = tokenize(reference);
  const b = tokenize(variant);
  const script = myers(a, b, maxEdits);
  if (!script)
    return {
      added: b.length ? [{ start: b[0].start, end: b[b.length - 1].end }] : [],
      removed: a.length ? [{ start: a[0].start, end: a[a.length - 1].end }] : [],
    };
  const added: Range[] = [];
  const removed: Range[] = [];
  for (const op of script) {
    const list = op.side === 'a' ? removed : added;
    const tok = op.side === 'a' ? a[op.index] : b[op.index];
    const last = list[list.length - 1];
    const text = op.side === 'a' ? reference : variant;
    if (last && /^\s*$/.test(text.slice(last.end, tok.start))) last.end = tok.end;
    else list.push({ start: tok.start, end: tok.end });
  }
  return { added, removed };
}

/**
 * How two word sequences line up: words in common (in order) and how many separate runs of
 * words differ on either side, or null when more than `maxEdits` words differ. A copy with
 * one clause inserted, dropped or reworded has one or two runs, however short the story.
 */
export function alignTerms(a: readonly string[], b: readonly string[], maxEdits: number): { matched: number; runs: number } | null {
  const script = myers(
    a.map((term) => ({ term })),
    b.map((term) => ({ term })),
    maxEdits,
  );
  if (!script) return null;
  // Walk the script keeping the position in both sequences: an edit that follows the last
  // with no common word between them continues its run (a reworded clause is one run).
  let removed = 0;
  let runs = 0;
  let x = 0;
  let y = 0;
  for (const op of script) {
    const gap = op.side === 'a' ? op.index - x : op.index - y;
    if (gap > 0 || runs === 0) runs++;
    if (op.side === 'a') {
      removed++;
      y += gap;
      x = op.index + 1;
    } else {
      x += gap;
      y = op.index + 1;
    }
  }
  return { matched: a.length - removed, runs };
}

function myers(
  a: readonly { term: string }[],
  b: readonly { term: string }[],
  maxEdits: number,
): { side: 'a' | 'b'; index: number }[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x].term === b[y].term) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, v, d, n, m, offset);
    }
  }
  return null;
}

function backtrack(
  trace: Int32Array[],
  last: Int32Array,
  dEnd: number,
  n: number,
  m: number,
  offset: number,
): { side: 'a' | 'b'; index: number }[] {
  const ops: { side: 'a' | 'b'; index: number }[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) ops.push({ side: 'b', index: prevY });
    else ops.push({ side: 'a', index: prevX });
    x = prevX;
    y = prevY;
  }
  void last;
  return ops.reverse();
}
