import { tokenize } from './tokenize';
import type { QueryWord } from './term-expansion';
import type { ParsedQuery } from './query-parser';
import { conceptOfRun, conceptsOfWord } from './name-concepts';

const NON_ASCII = /[^\x00-\x7f]/;

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

/**
 * True when the text holds the run: consecutive words, each one of its position's terms.
 * Plain-ASCII text is decided by one regex over the ASCII terms; other text by comparing
 * folded tokens (computed once per story by `tokens`).
 */
export function hasRun(run: PhraseRun, text: string, tokens: () => string[]): boolean {
  const re = runRegex(run);
  // A regex hit is a hit in any text (ASCII words fold to themselves); only a miss in non-ASCII text needs the tokens.
  if (re && re.test(text)) return true;
  if (!NON_ASCII.test(text)) return false;
  const toks = tokens();
  outer: for (let i = 0; i + run.length <= toks.length; i++) {
    for (let k = 0; k < run.length; k++) if (!run[k].has(toks[i + k])) continue outer;
    return true;
  }
  return false;
}

const regexes = new WeakMap<PhraseRun, RegExp | null>();

function runRegex(run: PhraseRun): RegExp | null {
  let re = regexes.get(run);
  if (re !== undefined) return re;
  const parts = run.map((set) =>
    [...set]
      .filter((t) => /^[a-z0-9]+$/.test(t))
      .sort((a, b) => b.length - a.length)
      .join('|'),
  );
  re = parts.some((p) => !p) ? null : new RegExp(`(?<![A-Za-z0-9])(?:${parts.join(')[^A-Za-z0-9]+(?:')})(?![A-Za-z0-9])`, 'i');
  regexes.set(run, re);
  return re;
}

/** The folded tokens of a text and its title, with a separator so no run spans the two. */
export function foldedTokens(body: string, title: string): string[] {
  return [...tokenize(body).map((t) => t.term), '\u0000', ...tokenize(title).map((t) => t.term)];
}
