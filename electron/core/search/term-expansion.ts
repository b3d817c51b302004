import { withinEdits } from './edit-distance';
import type { TermTable } from './term-table';
import type { FormIndex } from './form-index';
import { conceptsOfWord } from './name-concepts';
import { exonymsOf } from './exonyms';

const MAX_EXPANSIONS = 48;
const CYRILLIC = /[\u0400-\u04ff]/;

/** How one query word may match index terms. */
export interface QueryWord {
  term: string;
  /** Also match index terms that start with it (for words of 3+ letters). */
  prefix: boolean;
  /** Allow typos when the exact word is not in the index. */
  fuzzy: boolean;
  /** Also match its other forms: inflections (Snowball stems), the other script, exonyms. Off for `="exact"` words. */
  forms?: boolean;
}

/**
 * Which index terms a query word stands for: itself, the terms it is a prefix of, and terms
 * a typo or two away, each with a weight, only terms some live story still holds. Answers are
 * remembered because analysts retype the same words while refining a query; the index
 * forgets them whenever a story is added or removed.
 */
export class TermExpansions {
  private cache = new Map<string, Map<string, number>>();
  /** Term ids in term order, for prefix lookups; rebuilt after new terms arrive. */
  private sorted: Int32Array | null = null;

  /** `df(termId)` is the number of postings a term has (0 once every story holding it is gone). */
  constructor(
    private readonly table: TermTable,
    private readonly df: (tid: number) => number,
    private readonly forms: FormIndex,
  ) {}

  /** A story was added or removed: remembered expansions may name terms that no longer match, or miss new ones. */
  clear(): void {
    this.cache.clear();
  }

  /** New terms were interned: the prefix order must be rebuilt. */
  termsAdded(): void {
    this.sorted = null;
  }

  /** The index terms a query word expands to (exact, prefix, typo), with a weight each. */
  expand(word: QueryWord): Map<string, number> {
    const key = `${word.prefix ? 'p' : '-'}${word.fuzzy ? 'f' : '-'}${word.forms ? 'm' : '-'}${word.term}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const out = new Map<string, number>();
    const exact = this.table.get(word.term);
    if (exact >= 0 && this.df(exact) > 0) out.set(word.term, 1);
    let forms = 0;
    if (word.forms) {
      for (const tid of this.forms.formsOf(word.term)) {
        forms++;
        const t = this.table.terms[tid];
        if (!out.has(t) && this.df(tid) > 0) out.set(t, 0.9);
      }
      // "США" also stands for the stories naming the United States in any form ("U.S.", "United States").
      for (const c of conceptsOfWord(word.term)) {
        const tid = this.table.get(c);
        if (tid >= 0 && this.df(tid) > 0 && !out.has(c)) out.set(c, 0.9);
      }
    }
    // A whole Russian word the index has stands for its forms (the stemmer's), not every word it
    // begins ("Китай" is not "китайский"); English words keep prefixes ("Zelensky" → "Zelenskyy").
    // A place the exonym table names is a whole name in either script: its forms come from the
    // stemmer and the table, and the words it begins are its adjectives ("Japan", "Japanese").
    const place = word.forms && exonymsOf(word.term).length > 0;
    if (word.prefix && !place && word.term.length >= 3 && (exact < 0 || !CYRILLIC.test(word.term))) {
      const found = this.prefixTerms(word.term);
      for (const t of found) if (!out.has(t)) out.set(t, 0.6);
    }
    // Typos only when no form of the word is there: "Путину" in an English library is not a typo.
    if (word.fuzzy && exact < 0 && forms === 0 && word.term.length >= 4) {
      const maxEdits = word.term.length >= 8 ? 2 : 1;
      for (const t of this.fuzzyTerms(word.term, maxEdits)) if (!out.has(t)) out.set(t, 0.4);
    }
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }

  private sortedTerms(): Int32Array {
    if (!this.sorted) {
      const list = this.table.terms;
      const ids = Array.from(list, (_, i) => i);
      ids.sort((a, b) => (list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : 0));
      this.sorted = Int32Array.from(ids);
    }
    return this.sorted;
  }

  private prefixTerms(prefix: string): string[] {
    const sorted = this.sortedTerms();
    const list = this.table.terms;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[sorted[mid]] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < sorted.length && list[sorted[i]].startsWith(prefix); i++) {
      if (list[sorted[i]] !== prefix && this.df(sorted[i]) > 0) found.push(sorted[i]);
    }
    // Very short prefixes expand to hundreds of words; keep the commonest so a query stays fast.
    if (found.length > MAX_EXPANSIONS) found.sort((a, b) => this.df(b) - this.df(a)).length = MAX_EXPANSIONS;
    return found.map((t) => list[t]);
  }

  private fuzzyTerms(word: string, maxEdits: number): string[] {
    const list = this.table.terms;
    const out: { t: string; df: number }[] = [];
    const c0 = word.charCodeAt(0);
    const c1 = word.charCodeAt(1);
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (Math.abs(t.length - word.length) > maxEdits) continue;
      // A typo rarely hits both of the first two letters; checking one of them prunes most terms.
      if (t.charCodeAt(0) !== c0 && t.charCodeAt(1) !== c1) continue;
      if (this.df(i) > 0 && withinEdits(word, t, maxEdits)) out.push({ t, df: this.df(i) });
    }
    out.sort((a, b) => b.df - a.df);
    return out.slice(0, MAX_EXPANSIONS).map((x) => x.t);
  }
}
