import { newStemmer } from 'snowball-stemmers';
import { transliterate } from 'transliteration';

/**
 * The forms a folded word stands for, as keys: two words match when they share a key.
 * Same-script keys ("s:…") are the word itself and its Snowball stem (Russian for Cyrillic,
 * English Porter2 for Latin), so "sanctioned" meets "sanctions" and "Москве" meets "Москва";
 * the word itself is a key too because Snowball cuts some surnames short ("Лавров" → "лавр"
 * while "Лаврова" → "лавров"). Cross-script keys ("x:…") are a rough phonetic spelling of
 * the transliterated word and stem, and only ever join a Cyrillic word with a Latin one
 * ("Путину" with "Putin", "Зеленский" with "Zelenskyy"), never two words of one script.
 */
const ru = newStemmer('russian');
const en = newStemmer('english');
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_WORD = /^[a-z]+$/;
/** Words shorter than this join too many unrelated short words ("он" and "on") across scripts. */
const MIN_CROSS_WORD = 4;
const MIN_CROSS_KEY = 3;

/** Which script decides how a term is stemmed and which terms its cross-script keys may join. */
export type Script = 'cyr' | 'lat' | 'other';

export function scriptOf(term: string): Script {
  if (CYRILLIC.test(term)) return 'cyr';
  return LATIN_WORD.test(term) ? 'lat' : 'other';
}

/** The Snowball stem of a folded word (the word itself for numbers, short words and other scripts). */
export function stemOf(term: string): string {
  if (term.length < 3) return term;
  const s = scriptOf(term);
  // Folding turned "й" into "и"; Snowball needs it back to see "-ой", "-ай" endings ("Москвой", "Китай").
  if (s === 'cyr') return /^[\u0400-\u04ff]+$/.test(term) ? ru.stem(term.replace(/([аоеуыэюя])и$/, '$1й')) : term;
  return s === 'lat' ? en.stem(term) : term;
}

/**
 * Same-script keys: the word, its stem and, for Russian, the stem without a last vowel:
 * Snowball leaves "кита" for "Китай" but "кит" for "Китая".
 */
export function sameKeys(term: string): string[] {
  const stem = stemOf(term);
  const out = new Set(['s:' + term, 's:' + stem]);
  if (stem !== term && /[аеиоуыэюяй]$/.test(stem) && stem.length > 3) out.add('s:' + stem.slice(0, -1));
  return [...out];
}

/**
 * Cross-script keys of a word: for a Cyrillic word its transliteration (and its stem's),
 * for a Latin word itself (and its stem), each reduced by `phonetic`, or by `shortKey` for
 * words of up to three letters (Chinese and Korean names: "Си"/"Xi", "Ван"/"Wang", "И"/"Yi").
 */
export function crossKeys(term: string): string[] {
  const s = scriptOf(term);
  if (s === 'other') return [];
  const lat = (w: string) => (s === 'cyr' ? latinOf(w) : w);
  if (term.length < MIN_CROSS_WORD) {
    const k = shortKey(lat(term));
    return k ? ['x:' + k] : [];
  }
  const stem = stemOf(term);
  const out = new Set<string>();
  for (const w of stem === term ? [term] : [term, stem]) {
    for (const k of crossVariants(phonetic(lat(w)), s)) if (k.length >= MIN_CROSS_KEY) out.add('x:' + k);
  }
  return [...out];
}

/**
 * A phonetic key and the spellings Russian gives the same sound by convention, as the
 * other script's words would key them: Japanese "shi" is "си" (Polivanov: "Kishida"/"Кисида",
 * "Hiroshima"/"Хиросима"), so a Latin "sh" before a vowel may also be an "s"; a Portuguese final "s" is
 * "ш" ("Guterres"/"Гутерриш", "Santos"/"Сантуш"), so a Cyrillic final "sh" may also be an "s".
 * One direction each, so Russian "ш" still never meets a Latin "s" inside a word.
 */
export function crossVariants(key: string, script: Script): string[] {
  const alt = script === 'lat' ? key.replace(/sh(?=a)/g, 's') : script === 'cyr' ? key.replace(/sh(?= |$)/g, 's') : key;
  return alt === key ? [key] : [key, alt];
}

/** Latin letters of a Cyrillic word: the transliteration package's, with "ц" as "ts" (it writes "c", which reads as "k"). */
export function latinOf(word: string): string {
  return transliterate(word.replace(/ц/g, 'ts').replace(/Ц/g, 'Ts')).toLowerCase();
}

/** A short word's key: its letters with the pinyin spellings Russian renders otherwise (x → s, ng → n, w → v, y → i). */
export function shortKey(word: string): string {
  return word
    .replace(/[^a-z]/g, '')
    .replace(/^x/, 's')
    .replace(/ng$/, 'n')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A spelling of a Latin word that survives the usual ways a name is transliterated:
 * "dzh"/"zh" → j, "kh" → h, c/q/ck → k, w → v, y → i, a silent h after a vowel dropped,
 * every vowel run one "a", doubled letters single, a final vowel dropped. So "Zelensky",
 * "Zelenskiy", "Zelenskyy" and "Зеленский" agree, as do "Macron"/"Макрон", "Trump"/"Трамп",
 * "Johnson"/"Джонсон", "Biden"/"Байден", "Jinping"/"Цзиньпин", "Scholz"/"Шольц".
 */
export function phonetic(word: string): string {
  let w = word.replace(/[^a-z]/g, '');
  w = w
    // Pinyin in Russian (Palladius): "цз" is j, "-ng" is "-н" ("Цзиньпин"/"Jinping").
    .replace(/tsz|cz/g, 'j')
    .replace(/ng(?=[^aeiou]|$)/g, 'n')
    .replace(/dzh|dj/g, 'j')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/shch|sch/g, 'sh')
    .replace(/ph/g, 'f')
    .replace(/ck|q|c(?!h)/g, 'k')
    // German "z" and "tz" are Russian "ц" ("Scholz"/"Шольц", "Moritz"/"Мориц"): one letter for all three.
    .replace(/t[sz]|z/g, 'z')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/([aeiou])h(?=[^aeiou]|$)/g, '$1')
    .replace(/[aeiou]+/g, 'a')
    .replace(/(.)\1+/g, '$1');
  if (w.length > 3 && w.endsWith('a')) w = w.slice(0, -1);
  return w;
}
