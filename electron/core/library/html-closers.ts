/** A tag's span in the page: `start` at its `<`, `end` just after its `>`. */
interface TagSpan {
  start: number;
  end: number;
}

/**
 * The first `>` at or after a position, for positions that only move forward: a run of
 * tags that never end (`<a <a <a …`) is scanned once in all, not once per tag.
 */
export class NextGt {
  private from = -1;
  private at = -1;

  constructor(private readonly html: string) {}

  /** Index of the first `>` at or after `from`, or -1. */
  find(from: number): number {
    if (this.from !== -1 && from >= this.from && (this.at === -1 || this.at >= from)) return this.at;
    this.from = from;
    this.at = this.html.indexOf('>', from);
    return this.at;
  }
}

interface NameIndex {
  /** Same-name tags in page order (the whole page, scanned once). */
  spans: TagSpan[];
  /** The running balance after each of them (openings +1, closings −1). */
  balances: number[];
  /** For each balance value, the indices of the tags after which the running balance has that value. */
  byBalance: Map<number, number[]>;
}

/**
 * Where elements close, for a page scanned once per tag name instead of once per opening
 * tag: broken markup with thousands of unclosed `<nav>`s costs linear time, not quadratic.
 *
 * The answer is the same as scanning forward from the opening tag and counting nested
 * same-name tags (`<nav …>` opens, `</nav …>` closes, `<nav …/>` does neither) until the
 * count returns to zero: with b(j) the running balance after same-name tag j, the closer of
 * an element whose start tag ends at `from` is the first tag j at or after `from` with
 * b(j) = b(before it) − 1. Raw-text elements (`<script>`, `<textarea>`…) close at the first
 * `</name>`, since nothing inside them is markup.
 */
export class Closers {
  private readonly nested = new Map<string, NameIndex>();
  private readonly raw = new Map<string, TagSpan[]>();

  constructor(private readonly html: string) {}

  /** The closing tag of the element whose start tag (named `name`) ends at `from`, or -1 when it never closes. */
  find(name: string, from: number, rawText: boolean): TagSpan | -1 {
    return rawText ? this.rawClose(name, from) : this.nestedClose(name, from);
  }

  private rawClose(name: string, from: number): TagSpan | -1 {
    let spans = this.raw.get(name);
    if (!spans) {
      spans = [];
      for (const m of this.html.matchAll(new RegExp(`</${name}\\s*>`, 'gi'))) spans.push({ start: m.index, end: m.index + m[0].length });
      this.raw.set(name, spans);
    }
    const k = firstAtOrAfter(spans, from, (s) => s.start);
    return k < spans.length ? spans[k] : -1;
  }

  private nestedClose(name: string, from: number): TagSpan | -1 {
    let index = this.nested.get(name);
    if (!index) this.nested.set(name, (index = this.indexName(name)));
    const k = firstAtOrAfter(index.spans, from, (s) => s.start);
    const base = k === 0 ? 0 : index.balances[k - 1];
    const candidates = index.byBalance.get(base - 1);
    if (!candidates) return -1;
    const j = firstAtOrAfter(candidates, k, (x) => x);
    return j < candidates.length ? index.spans[candidates[j]] : -1;
  }

  private indexName(name: string): NameIndex {
    const html = this.html;
    const spans: TagSpan[] = [];
    const byBalance = new Map<number, number[]>();
    const balances: number[] = [];
    const gt = new NextGt(html);
    const re = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'gi');
    let balance = 0;
    for (let m = re.exec(html); m; m = re.exec(html)) {
      // A tag runs to its first `>`; with none left, no later tag can end either.
      const close = gt.find(m.index + m[0].length);
      if (close === -1) break;
      re.lastIndex = close + 1;
      if (m[1] === '/') balance--;
      else if (html.charCodeAt(close - 1) !== 0x2f /* '/' */) balance++;
      const i = spans.push({ start: m.index, end: close + 1 }) - 1;
      balances.push(balance);
      const list = byBalance.get(balance);
      if (list) list.push(i);
      else byBalance.set(balance, [i]);
    }
    return { spans, balances, byBalance };
  }
}

/** Index of the first element whose key is ≥ `value` in a list sorted by that key (its length when none). */
function firstAtOrAfter<T>(list: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
