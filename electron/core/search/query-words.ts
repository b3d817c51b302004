import type { QueryWord } from './term-expansion';
import type { ParsedQuery } from './query-parser';
import { conceptOfRun, conceptsOfWord } from './name-concepts';

/** A run of positions, each matched by any of a set of folded terms. */
export type PhraseRun = readonly ReadonlySet<string>[];

/**
 * The index words a parsed query asks for, in one list: plain words (forms, prefix, typos),
 * phrase words (forms only) and `="exact"` words (as written), plus how to cut the per-word
 * expansions the index returns back into phrase runs.
 */
export function queryWords(q: ParsedQuery): { words: QueryWord[]; runs: (perWord: Set<string>[]) => PhraseRun[] } {
  const words: QueryWord[] = [];
  const concept = (term: string): QueryWord => ({ term, prefix: false, fuzzy: false, forms: false });
  // Plain words that together make a multi-word name or a dotted abbreviation ("United States", "U.S.") ask for it as one name, in any form.
  for (let i = 0; i < q.words.length;) {
    let taken = 0;
    for (let n = Math.min(q.words.length - i, 6); n >= 2 && !taken; n--) {
      const c = conceptOfRun(q.words.slice(i, i + n));
      if (c) {
        words.push(concept(c));
        taken = n;
      }
    }
    if (!taken) {
      const term = q.words[i];
      const body = q.abbreviations?.includes(term) ? conceptsOfWord(term)[0] : undefined;
      words.push(body ? concept(body) : { term, prefix: term.length >= 3, fuzzy: term.length >= 4, forms: true });
    }
    i += taken || 1;
  }
  const spans: [number, number][] = [];
  for (const p of q.phrases) {
    const c = conceptOfRun(p);
    if (c) {
      words.push(concept(c));
      continue;
    }
    spans.push([words.length, words.length + p.length]);
    for (const term of p) words.push({ term, prefix: false, fuzzy: false, forms: true });
  }
  for (const p of q.exact) {
    spans.push([words.length, words.length + p.length]);
    for (const term of p) words.push({ term, prefix: false, fuzzy: false, forms: false });
  }
  return { words, runs: (perWord) => spans.map(([a, b]) => perWord.slice(a, b)) };
}
