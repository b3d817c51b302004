import { EXONYM_DATA } from './exonyms-data';
import { terms } from './tokenize';
import { sameKeys } from './word-forms';

let table: Map<string, string[]> | null = null;
/** First three letters of every name: most words share none, and are turned away before any stemming. */
let heads: Set<string> | null = null;
/** Entity extraction asks for every capitalised word; stemming each again would double its time. */
const memo = new Map<string, readonly string[]>();

/**
 * Names of the same place in the other script that transliteration cannot reach
 * (Moscow ↔ Москва, Kyiv/Kiev ↔ Киев, China ↔ Китай), from the CLDR-generated table, keyed
 * by every same-script key of every one-word name, so an inflected query word ("Москве")
 * finds its group through its stem. Multi-word names ("United States") and abbreviations
 * ("США") are concepts of their own (name-concepts.ts).
 */
export function exonymsOf(term: string): readonly string[] {
  const hit = memo.get(term);
  if (hit) return hit;
  table ??= buildTable();
  if (!heads!.has(term.slice(0, 3))) return NONE;
  const out = new Set<string>();
  for (const k of sameKeys(term)) for (const name of table.get(k) ?? []) if (name !== term) out.add(name);
  if (memo.size > 50000) memo.clear();
  const list = [...out];
  memo.set(term, list);
  return list;
}

const NONE: readonly string[] = [];

function buildTable(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  heads = new Set();
  for (const line of EXONYM_DATA) {
    const names = line
      .split('|')
      // Abbreviations ("US", "США") match only as written in capitals, through name-concepts.ts: folded, "us" is a pronoun.
      .filter((n) => !/^\p{Lu}{2,5}$/u.test(n))
      .map((n) => terms(n))
      .filter((t) => t.length === 1)
      .map((t) => t[0]);
    if (names.length < 2) continue;
    for (const n of names) {
      heads.add(n.slice(0, 3));
      // Every same-script key, the loosest too: "Китая" stems to "кит", as "Китай" trims to it.
      for (const k of sameKeys(n)) {
        const list = out.get(k) ?? [];
        for (const other of names) if (other !== n && !list.includes(other)) list.push(other);
        out.set(k, list);
      }
    }
  }
  return out;
}
