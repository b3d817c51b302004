import { isWordCode as wordCodeOf } from './lines';

/**
 * Function words of English and Russian (and of five European languages below), for two shallow text features: stopword density (prose
 * is full of them, menus, lists and headlines are not; the jusText observation) and content
 * words for lexical cohesion between the text before and after a candidate story boundary.
 */
const EN = `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or
other our ours out over own same she should so some such than that the their theirs them then there these they
this those through to too under until up very was we were what when where which while who whom why will with
would you your said says say like after yet however since upon who's it's he's she's they're don't didn't`;
const RU = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от
меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь
там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже
себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас
были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них
какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда
конечно всю между это также которые который которая которых заявил сообщил`;

/**
 * Function words of Spanish, Portuguese, French, German and Italian, so that a news page in one of
 * them reads as prose too (not as a menu of long lines). Left out: those that are also English
 * content words ("die", "war", "man", "hat", "son", "sin", "era", "pour", "come", "fin"), which
 * would drop real words from English cohesion keys.
 */
const ROMANCE_GERMANIC = `de la que el en y los del se las por un para con una su al lo como más pero sus le ya este sí
porque esta entre cuando muy sobre también hasta hay donde quien desde todo nos durante todos uno les ni contra otros
ese eso ante ellos esto antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual
poco ella estar estas algo mi mis tu tus es fue ha han está están ser sido dijo según do da dos das em um uma não os
ao pelo pela mais mas foi são na num também les des du une et à au aux ce ces dans sur pas ne qui qu est sont été
avec il elle ils elles nous vous sa ses leur leurs ou où cette aussi être fait sans très tout tous selon après avait
ont était der das und den von zu mit sich auf für ist im dem nicht ein eine als auch es an werden aus er dass sie
nach wird bei einer um am sind noch wie einem über einen zum haben nur oder aber vor zur bis mehr durch sein wurde
sei ihr ihre ich wir dieser diese dieses kann soll zwischen gegen unter wenn di che è per del della dei delle non
alla sono più anche nel nella gli questo questa`;

/** Lower-case stopwords of all these languages. */
export const STOPWORDS: ReadonlySet<string> = new Set(`${EN} ${RU} ${ROMANCE_GERMANIC}`.split(/\s+/).filter(Boolean));

/** Letter or digit; ASCII inline, the rest via lines.ts (bound once: an imported binding can cost a getter call per use). */
const nonAsciiWord = wordCodeOf;
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return nonAsciiWord(c);
}

/** Lower-case code unit for hashing: ASCII and Cyrillic capitals folded, the rest as is. */
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}

/** FNV-1a over the lower-cased code units of text[from, to): words are compared without allocating. */
function hashWord(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ lowerCode(text.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

const STOP_HASHES: ReadonlySet<number> = new Set([...STOPWORDS].map((w) => hashWord(w, 0, w.length)));
/**
 * One byte per slot of a hash's low bits, set for the stopwords' slots: most words of a line are
 * no stopword, and this answers them without a Set lookup (the Set settles the few that collide).
 */
const STOP_SLOT_MASK = (1 << 14) - 1;
const STOP_SLOTS: Uint8Array = (() => {
  const slots = new Uint8Array(STOP_SLOT_MASK + 1);
  for (const h of STOP_HASHES) slots[h & STOP_SLOT_MASK] = 1;
  return slots;
})();

/** Is `h` (an unsigned word hash) a stopword's hash? */
function isStopHash(h: number): boolean {
  return STOP_SLOTS[h & STOP_SLOT_MASK] === 1 && STOP_HASHES.has(h);
}
/** Longest stopword; longer words are never looked up. */
const STOP_MAX = Math.max(...[...STOPWORDS].map((w) => w.length));
/** Characters of a word that make its cohesion key (a crude stem: "minister"/"ministers" meet). */
const KEY_CHARS = 6;

/** Word counts of text[from, to) for the line classifier. */
export interface WordStats {
  words: number;
  stopwords: number;
  /** Words that start with a digit. */
  numeric: number;
}

/** The one object wordStats fills: it runs on every line of a dump, and a fresh object per line was garbage. */
const STATS: WordStats = { words: 0, stopwords: 0, numeric: 0 };

/**
 * Count words, stopwords and numbers in text[from, to): one scan, no regex, no allocation. The
 * result is shared and overwritten by the next call: read it (or destructure it) at once.
 */
export function wordStats(text: string, from: number, to: number): Readonly<WordStats> {
  let words = 0;
  let stop = 0;
  let numeric = 0;
  let len = 0;
  let h = 0;
  let firstDigit = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    // ASCII letters and digits inline; the rest through isWordCode; an apostrophe inside a word joins.
    const word =
      c < 128
        ? (c >= 97 && c <= 122) ||
          (c >= 65 && c <= 90) ||
          (c >= 48 && c <= 57) ||
          (c === 39 && len > 0 && i + 1 < to && isWordCode(text.charCodeAt(i + 1)))
        : i < to && (isWordCode(c) || (c === 0x2019 && len > 0 && i + 1 < to && isWordCode(text.charCodeAt(i + 1))));
    if (word) {
      if (len === 0) {
        h = 0x811c9dc5;
        firstDigit = c >= 48 && c <= 57;
      }
      if (++len <= STOP_MAX) h = Math.imul(h ^ lowerCode(c), 0x01000193);
      continue;
    }
    if (len === 0) continue;
    words++;
    if (firstDigit) numeric++;
    else if (len <= STOP_MAX && isStopHash(h >>> 0)) stop++;
    len = 0;
  }
  STATS.words = words;
  STATS.stopwords = stop;
  STATS.numeric = numeric;
  return STATS;
}

/**
 * Writes a hash of the content-word key of every word of text[from, to) into `out` from index
 * `at` on (not a stopword, three letters or more, not a number, cut to KEY_CHARS characters) and
 * returns how many it wrote (at most `max`); `caps`, when given, gets 1 at the same index for each
 * key whose word starts with a capital (names, places: what a new story brings). One scan, no
 * allocation: callers keep keys in one pool and write straight into it.
 */
export function contentKeysInto(
  text: string,
  from: number,
  to: number,
  out: Int32Array,
  caps?: Uint8Array,
  at = 0,
  max = out.length - at,
): number {
  let n = 0;
  let len = 0;
  // FNV-1a of the whole word (for the stopword test) and of its first KEY_CHARS characters, built as we go.
  let full = 0;
  let key = 0;
  let firstDigit = false;
  let firstUpper = false;
  for (let i = from; i <= to && n < max; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if (i < to && (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordCode(c))) {
      if (len === 0) {
        full = 0x811c9dc5;
        firstDigit = c >= 48 && c <= 57;
        firstUpper = lowerCode(c) !== c;
      }
      full = Math.imul(full ^ lowerCode(c), 0x01000193);
      if (++len <= KEY_CHARS) key = full;
      continue;
    }
    if (len === 0) continue;
    if (len >= 3 && !firstDigit && (len > STOP_MAX || !isStopHash(full >>> 0))) {
      if (caps) caps[at + n] = firstUpper ? 1 : 0;
      out[at + n++] = key;
    }
    len = 0;
  }
  return n;
}

/** Lower-case words of `s` (letters, digits, inner apostrophes). Allocates: call on short samples. */
export function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/**
 * Content-word key for cohesion: not a stopword, at least three letters, cut to six characters so
 * "minister"/"ministers" and "talks"/"talked" meet (a crude stem that needs no language model).
 */
export function contentKey(w: string): string | null {
  if (w.length < 3 || STOPWORDS.has(w) || /^\p{N}+$/u.test(w)) return null;
  return w.length > 6 ? w.slice(0, 6) : w;
}
