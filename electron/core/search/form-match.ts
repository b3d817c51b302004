import { exonymsOf } from './exonyms';
import { crossKeys, sameKeys, scriptOf } from './word-forms';

/**
 * A test for "does this folded text word stand for the query word?", answering as the index
 * does (same stem, a phonetic match in the other script, an exonym), for places that have
 * the text but not the index: the reader's hit painting. `prefix` also accepts the words it
 * begins (query words of three letters or more), as search does.
 */
export function formMatcher(word: string, prefix: boolean): (term: string) => boolean {
  const same = new Set(sameKeys(word));
  for (const name of exonymsOf(word)) for (const k of sameKeys(name)) same.add(k);
  const cross = new Set(crossKeys(word));
  const script = scriptOf(word);
  const memo = new Map<string, boolean>();
  return (term) => {
    if (term === word || (prefix && word.length >= 3 && term.startsWith(word))) return true;
    let hit = memo.get(term);
    if (hit === undefined) {
      hit =
        sameKeys(term).some((k) => same.has(k)) ||
        (scriptOf(term) !== script && scriptOf(term) !== 'other' && crossKeys(term).some((k) => cross.has(k)));
      if (memo.size < 5000) memo.set(term, hit);
    }
    return hit;
  };
}
