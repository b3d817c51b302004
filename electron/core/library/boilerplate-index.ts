import { levelFor, type KeyCount } from '../text/boilerplate';

/**
 * Line key → number of distinct dumps holding it, in an open-addressing table of two typed
 * arrays (a Map of a million numbers costs ten times the memory). A count that drops to 0 leaves
 * its key behind until the next growth rehashes it away.
 */
class KeyCounts {
  private keys = new Uint32Array(1 << 12);
  private counts = new Uint32Array(1 << 12);
  private used = 0;

  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.counts[i] : 0;
  }

  /** Add `delta` to the count of `key`; returns the new count. */
  add(key: number, delta: number): number {
    let i = this.slot(key);
    if (this.keys[i] !== key) {
      if (delta <= 0) return 0;
      if ((this.used + 1) * 4 > this.keys.length * 3) {
        this.grow();
        i = this.slot(key);
      }
      this.keys[i] = key;
      this.used++;
    }
    const next = Math.max(0, this.counts[i] + delta);
    this.counts[i] = next;
    return next;
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    let live = 0;
    for (let i = 0; i < oldCounts.length; i++) if (oldCounts[i] > 0) live++;
    let size = oldKeys.length;
    while (live * 2 > size) size *= 2;
    if (live * 4 > oldKeys.length) size = Math.max(size, oldKeys.length * 2);
    this.keys = new Uint32Array(size);
    this.counts = new Uint32Array(size);
    this.used = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldCounts[i] === 0) continue;
      const j = this.slot(oldKeys[i]);
      this.keys[j] = oldKeys[i];
      this.counts[j] = oldCounts[i];
      this.used++;
    }
  }
}

/** One dump as the index holds it. */
interface Entry {
  contentHash: string;
  keys: Uint32Array;
}

/**
 * The folder's line counts, kept in step with the library one dump at a time. Dumps with the
 * same bytes count once (a file copied twice is one page, not two). `set` and `remove` return the
 * keys whose level changed, so the library re-marks only the dumps that hold one of them.
 */
export class BoilerplateIndex {
  private readonly counts = new KeyCounts();
  private readonly files = new Map<string, Entry>();
  /** How many paths hold each content hash. */
  private readonly copies = new Map<string, number>();

  /** Distinct dumps (by content) of this folder holding `key` now. */
  readonly count: KeyCount = (key) => this.counts.get(key);

  /** Take in the line keys of `path` (sorted, distinct); returns the keys whose level changed. */
  set(path: string, contentHash: string, keys: Uint32Array): Uint32Array {
    const old = this.files.get(path);
    if (old && old.contentHash === contentHash) return new Uint32Array(0);
    const changed = new Set<number>();
    if (old) this.drop(path, old, changed);
    this.files.set(path, { contentHash, keys });
    const n = (this.copies.get(contentHash) ?? 0) + 1;
    this.copies.set(contentHash, n);
    if (n === 1) this.bump(keys, 1, changed);
    return Uint32Array.from(changed);
  }

  /** Forget `path`; returns the keys whose level changed. */
  remove(path: string): Uint32Array {
    const old = this.files.get(path);
    if (!old) return new Uint32Array(0);
    const changed = new Set<number>();
    this.drop(path, old, changed);
    return Uint32Array.from(changed);
  }

  /** The keys `path` contributed, or undefined. */
  keysOf(path: string): Uint32Array | undefined {
    return this.files.get(path)?.keys;
  }

  /** Paths whose dumps hold at least one of `keys` (sorted, for a deterministic order). */
  holders(keys: Uint32Array): string[] {
    if (keys.length === 0) return [];
    const wanted = new Set(keys);
    const out: string[] = [];
    for (const [path, e] of this.files) {
      for (let i = 0; i < e.keys.length; i++)
        if (wanted.has(e.keys[i])) {
          out.push(path);
          break;
        }
    }
    return out.sort();
  }

  /** Does `path` hold any key that is template now? (Most dumps of a folder without a template hold none.) */
  touches(path: string): boolean {
    const keys = this.files.get(path)?.keys;
    if (!keys) return false;
    for (let i = 0; i < keys.length; i++) if (levelFor(this.counts.get(keys[i])) > 0) return true;
    return false;
  }

  /** Every path with its content hash and keys, for the cache. */
  entries(): IterableIterator<[string, Entry]> {
    return this.files.entries();
  }

  private drop(path: string, old: Entry, changed: Set<number>): void {
    this.files.delete(path);
    const n = (this.copies.get(old.contentHash) ?? 1) - 1;
    if (n > 0) this.copies.set(old.contentHash, n);
    else {
      this.copies.delete(old.contentHash);
      this.bump(old.keys, -1, changed);
    }
  }

  private bump(keys: Uint32Array, delta: number, changed: Set<number>): void {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const before = this.counts.get(key);
      const after = this.counts.add(key, delta);
      if (levelFor(before) !== levelFor(after)) changed.add(key);
    }
  }
}
