import { STOPWORDS } from '../text/stopwords';
import { terms } from '../search/tokenize';
import { STORYLINE_SETTINGS } from './storyline-settings';

/** A story's most frequent content words with their counts, packed as `word:count word:count …`. */
export type PackedTerms = string;

/**
 * The story's most frequent content words (no function words, numbers or one- and two-letter
 * words), the title counted twice: what storylines compare wording by. Kept per story in the
 * discovery cache so re-clustering reads no text.
 */
export function topTerms(title: string, body: string, limit: number = STORYLINE_SETTINGS.termsPerStory): PackedTerms {
  return topTermsOfWords(terms(title), terms(body), limit);
}

/** The same from the title's and the body's folded words (`terms`), for a caller that has them already. */
export function topTermsOfWords(
  titleWords: readonly string[],
  bodyWords: readonly string[],
  limit: number = STORYLINE_SETTINGS.termsPerStory,
): PackedTerms {
  const counts = new Map<string, number>();
  const add = (words: readonly string[], weight: number) => {
    for (const t of words) {
      if (t.length < 3 || STOPWORDS.has(t) || /^\d+$/.test(t)) continue;
      counts.set(t, (counts.get(t) ?? 0) + weight);
    }
  };
  add(titleWords, 2);
  add(bodyWords, 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t, c]) => `${t}:${c}`)
    .join(' ');
}

/** The words and counts of `topTerms`; anything malformed (the cache is untrusted) is skipped. */
export function unpackTerms(packed: unknown): [string, number][] {
  const out: [string, number][] = [];
  eachTerm(packed, (word, n) => out.push([word, n]));
  return out;
}

/** `unpackTerms` one word at a time, without building the list: what clustering 20,000 stories reads. */
export function eachTerm(packed: unknown, fn: (word: string, count: number) => void): void {
  if (typeof packed !== 'string') return;
  for (let from = 0; from < packed.length;) {
    const space = packed.indexOf(' ', from);
    const to = space < 0 ? packed.length : space;
    const at = packed.lastIndexOf(':', to - 1);
    if (at > from) {
      const n = Number(packed.slice(at + 1, to));
      if (Number.isFinite(n) && n > 0) fn(packed.slice(from, at), n);
    }
    from = to + 1;
  }
}
