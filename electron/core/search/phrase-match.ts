import { readPositions } from './term-positions';

/** What phrase matching reads of the index: a term's postings (packed `doc << 8 | tf`, ascending docs) and its position stream. */
export interface PositionSource {
  postings(tid: number): Uint32Array;
  positions(tid: number): Uint8Array;
}

/** One term's postings walked forward in doc order, with the byte where the current posting's positions start. */
interface Cursor {
  p: Uint32Array;
  s: Uint8Array;
  i: number;
  at: number;
}

interface Buf {
  out: Int32Array;
  n: number;
}

/**
 * Which of `docs` hold the run: consecutive word positions, position j taken by one of the
 * term ids `run[j]`. Returns a flag per doc number (below `slots`). Each term's postings are
 * walked once, in doc order, alongside the sorted candidates; only candidates' positions are
 * decoded, so the cost is the phrase words' postings, not the candidates' text.
 */
export function docsWithRun(
  src: PositionSource,
  run: readonly (readonly number[])[],
  docs: Int32Array,
  n: number,
  slots: number,
): Uint8Array {
  const hit = new Uint8Array(slots);
  if (!run.length || run.some((set) => !set.length)) return hit;
  const cursors: Cursor[][] = run.map((set) => set.map((tid) => ({ p: src.postings(tid), s: src.positions(tid), i: 0, at: 0 })));
  const lists: Buf[] = run.map(() => ({ out: new Int32Array(64), n: 0 }));
  const starts: Buf = { out: new Int32Array(64), n: 0 };
  // The index hands out docs ascending when the rarest word has one term; sort only when not.
  const sorted = ascending(docs, n) ? docs : docs.slice(0, n).sort();
  let prev = -1;
  for (let k = 0; k < n; k++) {
    const d = sorted[k];
    if (d === prev) continue;
    prev = d;
    let all = true;
    for (let j = 0; j < run.length && all; j++) all = gather(cursors[j], d, lists[j]);
    if (all && (run.length === 1 || adjacent(lists, starts))) hit[d] = 1;
  }
  return hit;
}

function ascending(docs: Int32Array, n: number): boolean {
  for (let i = 1; i < n; i++) if (docs[i] < docs[i - 1]) return false;
  return true;
}

/** The positions in doc `d` of any of the cursors' terms, sorted, into `list`; false when there are none. */
function gather(cursors: Cursor[], d: number, list: Buf): boolean {
  list.n = 0;
  let from = 0;
  for (const c of cursors) {
    const { p, s } = c;
    // Skipped postings: a byte loop to each terminator (a posting's positions are a few bytes, and
    // indexOf's call costs more than the scan).
    let i = c.i;
    let at = c.at;
    while (i < p.length && p[i] >>> 8 < d) {
      while (s[at++] > 0); // `> 0`, not `!== 0`: past the end (a damaged stream) it stops
      i++;
    }
    c.i = i;
    c.at = at;
    if (c.i === p.length || p[c.i] >>> 8 !== d) continue;
    c.at = readPositions(s, c.at, list);
    c.i++;
    from++;
  }
  // A word stands at one position as one term, so the terms' lists are disjoint; only several need sorting.
  if (from > 1) sortPrefix(list.out, list.n);
  return list.n > 0;
}

/**
 * Sort `a[0..n)` ascending in place. Most lists hold a few positions, and an insertion sort of
 * them costs less than the typed-array view `subarray(0, n).sort()` would allocate per call.
 */
function sortPrefix(a: Int32Array, n: number): void {
  if (n > 24) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/** True when some position p has p + j in `lists[j]` for every j (each list sorted); `starts` is scratch. */
function adjacent(lists: Buf[], starts: Buf): boolean {
  const first = lists[0];
  // Two words (most phrases): one merge pass over the two lists, nothing copied.
  if (lists.length === 2) return followed(first.out, first.n, lists[1].out, lists[1].n);
  if (starts.out.length < first.n) starts.out = new Int32Array(first.n * 2);
  const st = starts.out;
  for (let i = 0; i < first.n; i++) st[i] = first.out[i];
  // Starts still possible, narrowed list by list.
  let m = first.n;
  for (let j = 1; j < lists.length && m > 0; j++) {
    const { out, n } = lists[j];
    let kept = 0;
    for (let a = 0, b = 0; a < m && b < n;) {
      const want = st[a] + j;
      if (out[b] < want) b++;
      else {
        if (out[b] === want) st[kept++] = st[a];
        a++;
      }
    }
    m = kept;
  }
  return m > 0;
}

/** True when some position in `a[0..an)` has its successor in `b[0..bn)` (both sorted). */
function followed(a: Int32Array, an: number, b: Int32Array, bn: number): boolean {
  for (let i = 0, k = 0; i < an && k < bn;) {
    const want = a[i] + 1;
    if (b[k] < want) k++;
    else if (b[k] === want) return true;
    else i++;
  }
  return false;
}
