import { BODY_NAMES, EXONYM_DATA } from './exonyms-data';
import { terms } from './tokenize';
import { foldToken } from './fold';
import { sameKeys } from './word-forms';

/**
 * Multi-word names and abbreviations of the exonym table as one index term per place or
 * body ("concept"), so `США` finds "U.S.", "USA", "United States" and "Соединенных Штатов",
 * and `ООН` finds "UN" and "United Nations", which no word-by-word match can do.
 *
 * At index time a story that names a concept in any of its forms gets the concept's term
 * (`@` + its first name's words, a string the tokenizer never yields, so it collides with no
 * word). The forms: every multi-word name, matched word by word through Snowball stems
 * ("Соединенных Штатов"); every one-word name, through its stems too; and every abbreviation
 * (a name of 2-5 capitals in the table: US, USA, США, ООН, EU, ЕС, NATO), matched only as
 * written in capitals or with dots ("U.S."), so "told us" is not the United States and
 * "senator" is not NATO. A query word or run that is one of these forms asks for the concept.
 */
const PREFIX = '@';
const ABBREVIATION = /^\p{Lu}{2,5}$/u;

interface Surface {
  concept: string;
  /** Per word, the same-script keys that word may have. */
  keys: Set<string>[];
}

interface Table {
  /** Abbreviations as written ("US", "США") → concept terms. */
  abbr: Map<string, string[]>;
  /** Folded abbreviations ("us", "сша"), for query words whose case is gone. */
  abbrFolded: Map<string, string[]>;
  /** A key of a surface's first word → the surfaces starting there. */
  byFirst: Map<string, Surface[]>;
  /** First three letters of every surface's first word: most words share none and are never stemmed. */
  heads: Set<string>;
  /** Concept term → the folded words of its names that snippets mark. */
  words: Map<string, string[]>;
  /** Concept terms of bodies (NATO, ООН, WHO); every other concept is a place. */
  bodies: Set<string>;
  /** Folded first letters of abbreviations: a dotted "U.S." starts with one. */
  initials: Set<string>;
  /** Folded abbreviation ("us") → the abbreviations written so ("US"). */
  abbrForms: Map<string, string[]>;
  /** How many words and characters after a candidate a name can reach. */
  maxWords: number;
  maxChars: number;
}

let table: Table | null = null;
/** Keys per folded word: detection asks for the same capitalised words story after story. */
const keyMemo = new Map<string, readonly string[]>();

function keysOf(term: string): readonly string[] {
  let k = keyMemo.get(term);
  if (!k) {
    if (keyMemo.size > 50000) keyMemo.clear();
    k = sameKeys(term);
    keyMemo.set(term, k);
  }
  return k;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
};

function build(): Table {
  const t: Table = {
    abbr: new Map(),
    abbrFolded: new Map(),
    byFirst: new Map(),
    heads: new Set(),
    words: new Map(),
    bodies: new Set(),
    initials: new Set(),
    abbrForms: new Map(),
    maxWords: 1,
    maxChars: 1,
  };
  const bodyNames = new Set(BODY_NAMES);
  for (const line of EXONYM_DATA) {
    const names = line.split('|');
    const abbrs = names.filter((n) => ABBREVIATION.test(n));
    const multi = names.filter((n) => !ABBREVIATION.test(n) && terms(n).length > 1);
    // A group of one-word names only is the exonym table's business (exonyms.ts).
    if (!abbrs.length && !multi.length) continue;
    const concept = PREFIX + terms(names.find((n) => !ABBREVIATION.test(n)) ?? names[0]).join('_');
    if (names.some((n) => bodyNames.has(n))) t.bodies.add(concept);
    const marked = new Set<string>();
    for (const a of abbrs) {
      push(t.abbr, a, concept);
      push(t.abbrFolded, terms(a)[0], concept);
      push(t.abbrForms, terms(a)[0], a);
      t.initials.add(terms(a)[0][0]);
      marked.add(terms(a)[0]);
    }
    for (const n of names) {
      if (ABBREVIATION.test(n)) continue;
      const words = terms(n);
      const surface: Surface = { concept, keys: words.map((w) => new Set(keysOf(w))) };
      for (const k of surface.keys[0]) push(t.byFirst, k, surface);
      t.heads.add(words[0].slice(0, 3));
      t.maxWords = Math.max(t.maxWords, words.length);
      t.maxChars = Math.max(t.maxChars, n.length * 2 + 8);
      for (const w of words) if (w.length >= 4) marked.add(w);
    }
    t.words.set(concept, [...marked]);
  }
  return t;
}

const tableOf = () => (table ??= build());

export function isConceptTerm(term: string): boolean {
  return term.startsWith(PREFIX);
}

/** True for a body ("@united_nations", "@nato"), false for a place ("@sri_lanka", "@united_states"). */
export function isBodyConcept(term: string): boolean {
  return tableOf().bodies.has(term);
}

/** The words a snippet should mark for a concept term. */
export function conceptWords(term: string): readonly string[] {
  return tableOf().words.get(term) ?? [];
}

/** True when the folded word is one of the table's abbreviations: its meaning is the table's, not its sound's. */
export function isAbbreviation(term: string): boolean {
  return tableOf().abbrFolded.has(term);
}

/**
 * Could a story holding this folded word name a concept? (The word starts a concept's name
 * or is an abbreviation.) Asked once per new index term, so most stories skip detection.
 */
export function mayStartConcept(term: string): boolean {
  const t = tableOf();
  if (t.abbrFolded.has(term) || (term.length === 1 && t.initials.has(term))) return true;
  if (!t.heads.has(term.slice(0, 3))) return false;
  return keysOf(term).some((k) => t.byFirst.has(k));
}

/**
 * The concept terms a text names, each once. `words` are the folded words of the text that
 * may start a name (`mayStartConcept`; the index knows them from its own scan): only where
 * one of them stands is the text tokenized and stemmed again, a few words on. Abbreviations
 * are found by one case-sensitive regex over the text.
 */
export function conceptsIn(text: string, words: Iterable<string>): string[] {
  const t = tableOf();
  const out = new Set<string>();
  let initials = false;
  const firsts: string[] = [];
  const abbrs: string[] = [];
  for (const w of words) {
    if (w.length === 1 && t.initials.has(w)) initials = true;
    for (const a of t.abbrForms.get(w) ?? []) abbrs.push(a);
    if (t.heads.has(w.slice(0, 3)) && keysOf(w).some((k) => t.byFirst.has(k))) firsts.push(w);
  }
  if (firsts.length) {
    for (const m of startsOf(text, firsts)) {
      // The words from here on, folded one by one as a name asks for them.
      const toks: string[] = [];
      NEXT_WORD.lastIndex = m.index;
      const word = (i: number): string | undefined => {
        while (toks.length <= i) {
          const x = NEXT_WORD.exec(text);
          if (!x || x.index > m.index + t.maxChars) return undefined;
          toks.push(foldToken(x[0]));
        }
        return toks[i];
      };
      for (const k of keysOf(word(0)!)) {
        for (const s of t.byFirst.get(k) ?? []) {
          if (out.has(s.concept)) continue;
          let ok = true;
          for (let i = 1; i < s.keys.length && ok; i++) {
            const x = word(i);
            ok = x !== undefined && keysOf(x).some((y) => s.keys[i].has(y));
          }
          if (ok) out.add(s.concept);
        }
      }
    }
  }
  // An abbreviation counts only as written ("US", not "us"): its folded word says where to look.
  for (const a of abbrs) if (wholeWordAt(text, a)) for (const c of t.abbr.get(a) ?? []) out.add(c);
  if (initials) for (const m of text.matchAll(DOTTED)) for (const c of t.abbr.get(m[0].replace(/\./g, '')) ?? []) out.add(c);
  return [...out];
}

/**
 * Where any of the folded words stands in a text, capitalised or in capitals as a name is, in
 * text order. Found with indexOf, one search per form: a regex of this story's words would be
 * compiled anew for nearly every story, which cost more than the search. A text with "ё" goes
 * through the regex, which lets "е" stand for it.
 */
function startsOf(text: string, words: string[]): { index: number }[] {
  if (/[ёЁ]/.test(text)) return [...text.matchAll(wordsRe(words))];
  const at: number[] = [];
  for (const w of words) {
    const cap = w[0].toUpperCase() + w.slice(1);
    for (const form of cap === w.toUpperCase() ? [cap] : [cap, w.toUpperCase()]) {
      for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
        if ((i === 0 || !isNameChar(text.charCodeAt(i - 1))) && !isNameChar(text.charCodeAt(i + form.length))) at.push(i);
      }
    }
  }
  return at.sort((a, b) => a - b).map((index) => ({ index }));
}

/** Whether `form` stands in `text` as a whole word, letters of any script counting as word characters. */
function wholeWordAt(text: string, form: string): boolean {
  for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
    if (!isLetterOrDigit(text.charCodeAt(i - 1)) && !isLetterOrDigit(text.charCodeAt(i + form.length))) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** `\p{L}` or `\p{N}`, the common scripts without a regex (NaN, past either end, is neither). */
function isLetterOrDigit(c: number): boolean {
  if (Number.isNaN(c)) return false;
  if (isNameChar(c)) return true;
  return c > 0x24f && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** A character of `W` below (NaN, past the end, is none). */
function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
}

/** Word characters of the scripts names are in, spelled out: a \\p{L} regex with the u flag scans twice as slowly. */
const W = 'A-Za-z0-9\\u00C0-\\u024F\\u0400-\\u04FF';
const wordRes = new Map<string, RegExp>();

/**
 * Where any of the folded words stands in a text, capitalised or in capitals as a name is
 * ("е" may be written "ё"): one case-sensitive pass, several times faster than one
 * case-blind pass per word.
 */
function wordsRe(words: string[]): RegExp {
  const key = words.join(' ');
  let re = wordRes.get(key);
  if (!re) {
    if (wordRes.size > 5000) wordRes.clear();
    const forms = words
      .flatMap((w) => [w[0].toUpperCase() + w.slice(1), w.toUpperCase()])
      .map((f) => escape(f).replace(/[еЕ]/g, (e) => (e === 'е' ? '[её]' : '[ЕЁ]')));
    re = new RegExp(`(?<![${W}])(?:${forms.join('|')})(?![${W}])`, 'g');
    wordRes.set(key, re);
  }
  return re;
}

/** "U.S.", "U.N.": two to five capitals, each followed by a dot. */
const DOTTED = /(?<![A-Za-z0-9\u00C0-\u024F\u0400-\u04FF.])(?:[A-Z\u0410-\u042F\u0401]\.){2,5}/g;
const NEXT_WORD = new RegExp(`[${W}]+`, 'g');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Concepts a single query word asks for: an abbreviation typed in any case, or a one-word name of a concept. */
export function conceptsOfWord(term: string): string[] {
  const t = tableOf();
  const out = new Set(t.abbrFolded.get(term) ?? []);
  if (t.heads.has(term.slice(0, 3)))
    for (const k of keysOf(term)) for (const s of t.byFirst.get(k) ?? []) if (s.keys.length === 1) out.add(s.concept);
  return [...out];
}

/** The concept a run of query words names as a whole ("united states", "u s" for U.S.), or null. */
export function conceptOfRun(words: readonly string[]): string | null {
  if (words.length < 2) return null;
  const t = tableOf();
  if (words.every((w) => w.length === 1)) return t.abbrFolded.get(words.join(''))?.[0] ?? null;
  for (const k of keysOf(words[0])) {
    for (const s of t.byFirst.get(k) ?? []) {
      if (s.keys.length !== words.length) continue;
      if (words.every((w, i) => keysOf(w).some((x) => s.keys[i].has(x)))) return s.concept;
    }
  }
  return null;
}

/**
 * The concept a whole name stands for, as an entity's surface is written: an abbreviation in
 * capitals or with dots ("США", "U.S."), a one-word name ("Евросоюз") or a multi-word name in
 * any case form ("Организации Объединенных Наций"); null for any other name. Entities use it
 * so "UN", "ООН" and "United Nations" are one entity, as they are one search.
 */
export function conceptOfName(surface: string): string | null {
  const t = tableOf();
  const abbr = t.abbr.get(surface.replace(/\./g, ''));
  if (abbr && (ABBREVIATION.test(surface) || /^(?:\p{Lu}\.){2,5}$/u.test(surface))) return abbr[0];
  const words = terms(surface);
  if (words.length > 1) return conceptOfRun(words);
  if (words.length !== 1 || ABBREVIATION.test(surface) || t.abbrFolded.has(words[0])) return null;
  return conceptsOfWord(words[0])[0] ?? null;
}
