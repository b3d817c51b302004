/**
 * Interned index terms: folded term text ↔ dense id, in an open-addressing hash table.
 * Its point is `internAscii`: the indexer looks a word up straight from the story text
 * (lower-casing ASCII on the fly), so the ~11 million words of a 75 MB library cost no
 * string allocation and no Map lookups, only for words not seen before.
 */
export class TermTable {
  /** Term text by id. */
  readonly terms: string[] = [];
  private hashes: number[] = [];
  /** id + 1 per slot; 0 is empty. */
  private slots = new Int32Array(1 << 12);

  get size(): number {
    return this.terms.length;
  }

  /** The id of `term`, or -1. */
  get(term: string): number {
    const mask = this.slots.length - 1;
    const h = hashString(term);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s];
      if (v === 0) return -1;
      if (this.hashes[v - 1] === h && this.terms[v - 1] === term) return v - 1;
    }
  }

  /** The id of `term`, adding it if new. */
  intern(term: string): number {
    const mask = this.slots.length - 1;
    const h = hashString(term);
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      const v = this.slots[s];
      if (v === 0) break;
      if (this.hashes[v - 1] === h && this.terms[v - 1] === term) return v - 1;
    }
    return this.insert(term, h, s);
  }

  /**
   * The id of the ASCII word text[a, b) lower-cased, adding it if new. `h` must be
   * `hashStep`-folded over the lower-cased characters, starting from HASH_SEED.
   */
  internAscii(text: string, a: number, b: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = b - a;
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      const v = this.slots[s];
      if (v === 0) break;
      if (this.hashes[v - 1] !== h) continue;
      const t = this.terms[v - 1];
      if (t.length !== len) continue;
      let same = true;
      for (let i = 0; i < len; i++) {
        if (t.charCodeAt(i) !== lowerAscii(text.charCodeAt(a + i))) {
          same = false;
          break;
        }
      }
      if (same) return v - 1;
    }
    return this.insert(text.slice(a, b).toLowerCase(), h, s);
  }

  private insert(term: string, h: number, slot: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.hashes.push(h);
    this.slots[slot] = id + 1;
    if (this.terms.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      let s = this.hashes[id] & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
  }
}

export const HASH_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step over a character code. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** A–Z → a–z; other codes unchanged. */
export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
