import type { TextAnalysis } from './analyse';
import { LC_BLANK, LC_NOISE } from './line-classes';
import { contentKeysInto } from './stopwords';

/**
 * Lexical cohesion between the text before and after a line, in the spirit of TextTiling: the
 * cosine similarity of the content words on both sides. A drop says the topic changed, so a
 * headline-like line there more likely starts a new story than heads a section of the same one.
 */

/** Characters of text read on each side of a candidate for cohesion. */
export const COHESION_CHARS = 800;
/** Characters of the current story needed before a candidate for cohesion to count. */
const COHESION_MIN_CHARS = 200;
/** Lines (of any kind) a window looks at, at most: a long run of chrome does not make it read on. */
const COHESION_LINES = 24;

/**
 * Content-word keys per line, computed once per line (neighbouring candidates share their
 * windows) and kept in one growing pool rather than an array per line.
 */
class KeyPool {
  private off: Int32Array | null = null;
  private cnt: Int32Array | null = null;
  pool = new Int32Array(4096);
  /** 1 where the key's word starts with a capital, parallel to `pool`. */
  caps = new Uint8Array(4096);
  private used = 0;

  constructor(private readonly lines: number) {}

  /** Offset of line i's keys in `pool`; their count is `count(i)`. */
  keysOf(a: TextAnalysis, i: number): number {
    if (!this.off || !this.cnt) {
      this.off = new Int32Array(this.lines).fill(-1);
      this.cnt = new Int32Array(this.lines);
    }
    if (this.off[i] >= 0) return this.off[i];
    if (this.pool.length - this.used < LINE_KEYS_MAX) {
      const bigger = new Int32Array(this.pool.length * 2 + LINE_KEYS_MAX);
      bigger.set(this.pool.subarray(0, this.used));
      this.pool = bigger;
      const caps = new Uint8Array(bigger.length);
      caps.set(this.caps.subarray(0, this.used));
      this.caps = caps;
    }
    // Only a window's worth of a long paragraph: cohesion never reads more than that of one line.
    // Written straight into the pool: a scratch buffer copied over cost two typed-array views per line.
    const cs = a.lines.cs[i];
    const n = contentKeysInto(a.text, cs, Math.min(a.lines.ce[i], cs + COHESION_CHARS), this.pool, this.caps, this.used, LINE_KEYS_MAX);
    this.off[i] = this.used;
    this.cnt[i] = n;
    this.used += n;
    return this.off[i];
  }

  count(i: number): number {
    return this.cnt ? this.cnt[i] : 0;
  }
}
/** Keys kept of one line, at most (a line is read for at most COHESION_CHARS characters). */
const LINE_KEYS_MAX = 1024;

/**
 * Counts per key in a fixed open-addressing table, reused for every candidate: cohesion runs at
 * thousands of candidates in a big dump, and a Map per window was most of its cost in garbage.
 */
class CountTable {
  private readonly keys = new Int32Array(TABLE_SIZE);
  private readonly counts = new Int32Array(TABLE_SIZE);
  private readonly used: number[] = [];

  clear(): void {
    for (const slot of this.used) this.counts[slot] = 0;
    this.used.length = 0;
  }

  /** Adds one to `key` (left out when the table is half full: a window never gets there). */
  add(key: number): void {
    let slot = (key >>> 0) & (TABLE_SIZE - 1);
    for (let probes = 0; probes < TABLE_SIZE; probes++) {
      if (this.counts[slot] === 0) {
        if (this.used.length >= TABLE_SIZE / 2) return;
        this.keys[slot] = key;
        this.counts[slot] = 1;
        this.used.push(slot);
        return;
      }
      if (this.keys[slot] === key) {
        this.counts[slot]++;
        return;
      }
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
  }

  get(key: number): number {
    let slot = (key >>> 0) & (TABLE_SIZE - 1);
    for (let probes = 0; probes < TABLE_SIZE; probes++) {
      const c = this.counts[slot];
      if (c === 0) return 0;
      if (this.keys[slot] === key) return c;
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
    return 0;
  }

  /** Sum of squared counts. */
  norm2(): number {
    let n = 0;
    for (const slot of this.used) n += this.counts[slot] * this.counts[slot];
    return n;
  }

  /** Calls `each` with every key and its count. */
  forEach(each: (key: number, count: number) => void): void {
    for (const slot of this.used) each(this.keys[slot], this.counts[slot]);
  }
}
/** A window holds at most a few hundred content words; half of this is the most keys kept. */
const TABLE_SIZE = 1024;

/** Reusable state for cohesion over one text. */
export interface CohesionState {
  keys: KeyPool;
  before: CountTable;
  after: CountTable;
}

export function cohesionState(a: TextAnalysis): CohesionState {
  return { keys: new KeyPool(a.lines.count), before: new CountTable(), after: new CountTable() };
}

/**
 * Cosine similarity of the content words in about COHESION_CHARS characters of text before line
 * `h` (not before line `stopAt`, where the current story began) and as much from line `h` on;
 * -1 when the story so far is too short to compare.
 */
export function cohesionAt(a: TextAnalysis, h: number, stopAt: number, st: CohesionState = cohesionState(a)): number {
  const { before, after } = st;
  before.clear();
  after.clear();
  let chars = 0;
  // Noise lines (chrome, captions, teasers) say nothing about what the article is about.
  for (let i = h - 1, lines = 0; i >= stopAt && chars < COHESION_CHARS && lines < COHESION_LINES; i--, lines++) {
    if (a.cls[i] === LC_BLANK || a.cls[i] === LC_NOISE) continue;
    chars += Math.min(COHESION_CHARS, a.lines.len(i));
    const at = st.keys.keysOf(a, i);
    for (let k = at, end = at + st.keys.count(i); k < end; k++) before.add(st.keys.pool[k]);
  }
  // Too little of the story so far (a headline and a caption) to compare: cohesion says nothing.
  if (chars < COHESION_MIN_CHARS) return -1;
  chars = 0;
  for (let i = h, lines = 0; i < a.lines.count && chars < COHESION_CHARS && lines < COHESION_LINES; i++, lines++) {
    if (a.cls[i] === LC_BLANK || a.cls[i] === LC_NOISE) continue;
    chars += Math.min(COHESION_CHARS, a.lines.len(i));
    const at = st.keys.keysOf(a, i);
    for (let k = at, end = at + st.keys.count(i); k < end; k++) after.add(st.keys.pool[k]);
  }
  let dot = 0;
  before.forEach((k, v) => {
    dot += v * after.get(k);
  });
  const nb = before.norm2();
  const na = after.norm2();
  return nb && na ? dot / Math.sqrt(nb * na) : 0;
}

/** Characters of the story so far that name novelty reads (names recur across a whole article, not one window). */
export const NOVELTY_CHARS = 4000;
/** ...and lines at most. */
const NOVELTY_LINES = 80;

/**
 * Share of the capitalised content words (names, places, organisations) in about COHESION_CHARS
 * characters after line `h` (the candidate headline itself left out) that the story so far, up to
 * NOVELTY_CHARS characters back but not before line `stopAt`, never used; -1 when the story so far
 * is too short or no capitalised word follows. A new story brings its own cast; a subhead of the
 * same article talks about the people it already named.
 */
export function nameNoveltyAt(a: TextAnalysis, h: number, stopAt: number, st: CohesionState = cohesionState(a)): number {
  const { before } = st;
  before.clear();
  let chars = 0;
  const { keys } = st;
  for (let i = h - 1, lines = 0; i >= stopAt && chars < NOVELTY_CHARS && lines < NOVELTY_LINES; i--, lines++) {
    if (a.cls[i] === LC_BLANK || a.cls[i] === LC_NOISE) continue;
    chars += Math.min(COHESION_CHARS, a.lines.len(i));
    const at = keys.keysOf(a, i);
    for (let k = at, end = at + keys.count(i); k < end; k++) if (keys.caps[k]) before.add(keys.pool[k]);
  }
  if (chars < COHESION_MIN_CHARS) return -1;
  chars = 0;
  let names = 0;
  let fresh = 0;
  for (let i = h + 1, lines = 0; i < a.lines.count && chars < COHESION_CHARS && lines < COHESION_LINES; i++, lines++) {
    if (a.cls[i] === LC_BLANK || a.cls[i] === LC_NOISE) continue;
    chars += Math.min(COHESION_CHARS, a.lines.len(i));
    const at = keys.keysOf(a, i);
    for (let k = at, end = at + keys.count(i); k < end; k++) {
      if (!keys.caps[k]) continue;
      names++;
      if (before.get(keys.pool[k]) === 0) fresh++;
    }
  }
  return names ? fresh / names : -1;
}

/** Characters of text after a headline read as its lead (the first paragraph or two). */
export const LEAD_CHARS = 500;

/**
 * How a headline-like line `h` relates to its neighbours, by its own content words: `echo` is the
 * share of them that the lead (about LEAD_CHARS characters of text after it, noise skipped) repeats,
 * `stale` the share that the story so far (up to NOVELTY_CHARS characters back, not before line
 * `stopAt`) already used. A story's headline is written from its lead and brings new words ("Two
 * cargo ships collide off Japan" / "...after two cargo ships collided"); a subhead inside an
 * article reuses the article's words. Both -1 when the line has no content word or nothing
 * follows; `stale` is -1 when the story so far is too short.
 */
export function headlineEchoAt(
  a: TextAnalysis,
  h: number,
  stopAt: number,
  st: CohesionState = cohesionState(a),
): { echo: number; stale: number } {
  const { before, after, keys } = st;
  before.clear();
  after.clear();
  const at = keys.keysOf(a, h);
  const count = keys.count(h);
  if (count === 0) return { echo: -1, stale: -1 };
  let chars = 0;
  for (let i = h - 1, lines = 0; i >= stopAt && chars < NOVELTY_CHARS && lines < NOVELTY_LINES; i--, lines++) {
    if (a.cls[i] === LC_BLANK || a.cls[i] === LC_NOISE) continue;
    chars += Math.min(COHESION_CHARS, a.lines.len(i));
    const k0 = keys.keysOf(a, i);
    for (let k = k0, end = k0 + keys.count(i); k < end; k++) before.add(keys.pool[k]);
  }
  const knownBefore = chars >= COHESION_MIN_CHARS;
  chars = 0;
  for (let i = h + 1, lines = 0; i < a.lines.count && chars < LEAD_CHARS && lines < COHESION_LINES; i++, lines++) {
    if (a.cls[i] === LC_BLANK || a.cls[i] === LC_NOISE) continue;
    chars += Math.min(COHESION_CHARS, a.lines.len(i));
    const k0 = keys.keysOf(a, i);
    for (let k = k0, end = k0 + keys.count(i); k < end; k++) after.add(keys.pool[k]);
  }
  if (chars === 0) return { echo: -1, stale: -1 };
  let echoed = 0;
  let used = 0;
  for (let k = at, end = at + count; k < end; k++) {
    if (after.get(keys.pool[k]) > 0) echoed++;
    if (before.get(keys.pool[k]) > 0) used++;
  }
  return { echo: echoed / count, stale: knownBefore ? used / count : -1 };
}
