import { exonymsOf } from './exonyms';
import { sameKeys, scriptOf } from './word-forms';
import { crossKeysOf } from './form-index';

/**
 * A text word's keys, kept across matchers: the reader makes a new matcher per keystroke while
 * the story's words stay the same, and stemming them again was most of repainting the hits.
 * Bounded (cleared when full), so a long session's vocabulary never piles up.
 */
const textKeys = new Map<string, { same: string[]; cross?: string[] }>();
const KEPT_TERMS = 20_000;

function keysOf(term: string): { same: string[]; cross?: string[] } {
  let keys = textKeys.get(term);
  if (!keys) {
    if (textKeys.size >= KEPT_TERMS) textKeys.clear();
    keys = { same: sameKeys(term) };
    textKeys.set(term, keys);
  }
  return keys;
}

/**
 * A test for "does this folded text word stand for the query word?", answering as the index
 * does (same stem, a phonetic match in the other script, an exonym), for places that have
 * the text but not the index: the reader's hit painting. `prefix` also accepts the words it
 * begins (query words of three letters or more), as search does.
 */
export function formMatcher(word: string, prefix: boolean): (term: string) => boolean {
  const same = new Set(sameKeys(word));
  for (const name of exonymsOf(word)) for (const k of sameKeys(name)) same.add(k);
  const cross = new Set(crossKeysOf(word));
  const script = scriptOf(word);
  const memo = new Map<string, boolean>();
  return (term) => {
    if (term === word || (prefix && word.length >= 3 && term.startsWith(word))) return true;
    let hit = memo.get(term);
    if (hit === undefined) {
      const keys = keysOf(term);
      hit =
        keys.same.some((k) => same.has(k)) ||
        (scriptOf(term) !== script && scriptOf(term) !== 'other' && (keys.cross ??= crossKeysOf(term)).some((k) => cross.has(k)));
      if (memo.size < 5000) memo.set(term, hit);
    }
    return hit;
  };
}
