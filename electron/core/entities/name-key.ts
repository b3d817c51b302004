import { foldToken } from '../search/fold';
import { latinOf, phonetic, shortKey } from '../search/word-forms';

const CYRILLIC = /[\u0400-\u04ff]/;
// Russian case endings, longest first. Surname suffixes (-ов, -ев, -ин) are not endings,
// so "Лаврова" → "Лавров" and "Путина" → "Путин" while "Лавров" stays whole.
const RU_ENDINGS = [
  'ого',
  'его',
  'ами',
  'ями',
  'ому',
  'ему',
  'ой',
  'ей',
  'ом',
  'ем',
  'ым',
  'им',
  'ий',
  'ый',
  'ую',
  'юю',
  'ая',
  'яя',
  'ые',
  'ие',
  'ах',
  'ях',
  'ам',
  'ям',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'й',
  'ь',
];

/** Strip a Russian case ending so "Пекине", "Пекина" and "Пекин" share one stem. */
export function russianStem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  for (const e of RU_ENDINGS) if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  return w;
}

/**
 * A spelling-independent key for one name token: Cyrillic stemmed and transliterated
 * (through the `transliteration` package, which handles Russian, Ukrainian and other
 * Cyrillic with one table), diacritics folded, and common transliteration variants
 * collapsed ("Sergei"/"Sergey"/"Сергей" → "serg", "Dmitry"/"Dmitriy" → "dmitr",
 * "Yevgeny"/"Evgeny" → "evgen"), so aliases across stories and scripts meet.
 */
function nameTokenKey(token: string): string {
  let k = tokenMemo.get(token);
  if (k === undefined) {
    if (tokenMemo.size > 50000) tokenMemo.clear();
    k = computeTokenKey(token);
    tokenMemo.set(token, k);
  }
  return k;
}

/** Token keys by token: a library's full names are many, the words they are made of far fewer. */
const tokenMemo = new Map<string, string>();

function computeTokenKey(token: string): string {
  let w = token.replace(/[’']s$/i, '');
  if (CYRILLIC.test(w)) w = latinOf(russianStem(w));
  w = foldToken(w).replace(/[^a-z0-9]/g, '');
  w = w
    .replace(/^ye/, 'e')
    .replace(/kh/g, 'h')
    .replace(/iy$|yy$|ij$/, 'i')
    .replace(/ks/g, 'x');
  // Final vowels carry case and spelling variation ("Kitaya"/"Kitai"); keep at least 3 letters.
  while (w.length > 3 && /[aeiouy]$/.test(w)) w = w.slice(0, -1);
  // Then the spelling search compares across scripts with, so "Macron"/"Макрон" and "Volodymyr"/"Владимир" meet.
  return w.length > 3 ? phonetic(w) : shortKey(w);
}

/** Key of a whole name: its tokens' keys joined by spaces. */
const memo = new Map<string, string>();

export function nameKey(name: string): string {
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  // Names repeat across a library; a bounded memo saves re-transliterating them.
  if (memo.size > 50000) memo.clear();
  const key = computeNameKey(name);
  memo.set(name, key);
  return key;
}

function computeNameKey(name: string): string {
  return name
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .map(nameTokenKey)
    .filter(Boolean)
    .join(' ');
}
