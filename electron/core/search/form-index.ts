import { exonymsOf } from './exonyms';
import { crossKeys, sameKeys, scriptOf, type Script } from './word-forms';
import { isAbbreviation } from './name-concepts';

/**
 * A word's cross-script keys, unless a table names it in the other script: an abbreviation
 * sounds like unrelated short words ("ООН" like "on"), and a place with an exonym sounds like
 * other words of its own ("Германия" like the adjective "German"); their other-script names
 * come from the concept and exonym tables instead.
 */
export const crossKeysOf = (term: string): string[] => (isAbbreviation(term) || exonymsOf(term).length ? [] : crossKeys(term));

const SCRIPT_CODE: Record<Script, number> = { other: 0, lat: 1, cyr: 2 };

/**
 * Index terms by the word-form keys of word-forms.ts, filled as terms are first seen (at
 * index time, so a query only looks its own few keys up). A term's keys other than its own
 * word are kept as one space-separated string per term for the snapshot, so reopening a
 * library does not stem its whole vocabulary again.
 */
export class FormIndex {
  private byKey = new Map<string, number[]>();
  private script: Uint8Array = new Uint8Array(1024);
  /** Per term id: its extra keys, space-separated ("" for none). */
  readonly extra: string[] = [];

  /** `idOf(term)` is a term's id or -1: a term's own word is found through the term table, not kept as a key. */
  constructor(private readonly idOf: (term: string) => number) {}

  /** Key a new term (ids arrive in order); `stored` is its extra keys from a snapshot. */
  add(tid: number, term: string, stored?: string): void {
    if (tid >= this.script.length) {
      const s = new Uint8Array(Math.max(tid + 1, this.script.length * 2));
      s.set(this.script);
      this.script = s;
    }
    this.script[tid] = SCRIPT_CODE[scriptOf(term)];
    const extra = stored ?? [...sameKeys(term).slice(1), ...crossKeysOf(term)].join(' ');
    this.extra[tid] = extra;
    if (extra) for (const k of extra.split(' ')) this.link(k, tid);
  }

  private link(key: string, tid: number): void {
    const list = this.byKey.get(key);
    if (list) list.push(tid);
    else this.byKey.set(key, [tid]);
  }

  /**
   * Term ids standing for the query word `term` in any of its forms: same-script words that
   * share a stem, other-script words that share a phonetic key, and the exonyms' forms.
   * Never the query word itself (the caller weighs that on its own).
   */
  formsOf(term: string): Set<number> {
    const out = new Set<number>();
    const mine = SCRIPT_CODE[scriptOf(term)];
    const same = (k: string) => {
      const self = this.idOf(k.slice(2));
      if (self >= 0) out.add(self);
      for (const t of this.byKey.get(k) ?? []) out.add(t);
    };
    for (const k of sameKeys(term)) same(k);
    for (const k of crossKeysOf(term))
      for (const t of this.byKey.get(k) ?? []) if (this.script[t] !== mine && this.script[t] !== 0) out.add(t);
    for (const name of exonymsOf(term)) for (const k of sameKeys(name)) same(k);
    return out;
  }
}
