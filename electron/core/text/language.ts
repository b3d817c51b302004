/**
 * Fast language guess for a story body: script counts first (Cyrillic, Han, Arabic...), then
 * stopword hits for Latin-script languages. Good enough to filter a library by language;
 * not a classifier. Returns a BCP-47 primary tag or 'und' when the sample is too small or unclear.
 */

const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'on',
    'with',
    'was',
    'as',
    'said',
    'by',
    'it',
    'his',
    'from',
    'are',
    'have',
    'has',
    'its',
    'were',
    'be',
    'an',
    'this',
    'at',
    'which',
    'their',
    'would',
    'not',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'nicht',
    'ist',
    'mit',
    'den',
    'ein',
    'eine',
    'auf',
    'sich',
    'dem',
    'auch',
    'nach',
    'wird',
    'bei',
    'sie',
    'von',
    'zu',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'une',
    'un',
    'du',
    'dans',
    'pour',
    'que',
    'qui',
    'sur',
    'pas',
    'au',
    'avec',
    'par',
    'ce',
    'sont',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'que',
    'del',
    'en',
    'por',
    'con',
    'una',
    'para',
    'es',
    'se',
    'su',
    'al',
    'como',
    'más',
    'pero',
    'fue',
  ],
  sv: [
    'och',
    'att',
    'det',
    'som',
    'är',
    'en',
    'på',
    'för',
    'med',
    'av',
    'till',
    'har',
    'inte',
    'den',
    'om',
    'ett',
    'var',
    'sig',
    'från',
    'men',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'per',
    'non',
    'del',
    'della',
    'sono',
    'una',
    'con',
    'gli',
    'nel',
    'alla',
    'anche',
    'come',
    'più',
    'dei',
    'ha',
  ],
};
const LANGS = Object.keys(STOPWORDS);

/**
 * Stopwords keyed by a number instead of a string, so the word scan never allocates: every
 * stopword is at most STOP_MAX_LEN letters, each of the 57 letters of [a-zà-öø-ÿ] numbered 1–57
 * and packed base 64 (30 bits: a small integer, cheap to hash). Values are indices into LANGS,
 * in the order the languages are declared (which decides ties, as before).
 */
const STOP_MAX_LEN = 5;
const STOP_KEYS: Map<number, number[]> = (() => {
  const m = new Map<number, number[]>();
  LANGS.forEach((lang, li) => {
    for (const w of STOPWORDS[lang]) {
      if (w.length > STOP_MAX_LEN) throw new Error(`stopword "${w}" is longer than ${STOP_MAX_LEN}`);
      let key = 0;
      for (let i = 0; i < w.length; i++) key = key * 64 + letterNumber(w.charCodeAt(i));
      const list = m.get(key) ?? [];
      list.push(li);
      m.set(key, list);
    }
  });
  return m;
})();

/** Slots of packed keys (see stopSlot) that some stopword takes: most words are answered without a Map lookup. */
const STOP_SLOT_BITS = 14;
const STOP_SLOTS: Uint8Array = (() => {
  const slots = new Uint8Array(1 << STOP_SLOT_BITS);
  for (const key of STOP_KEYS.keys()) slots[stopSlot(key)] = 1;
  return slots;
})();

/** A packed key's slot in STOP_SLOTS (a multiplicative hash: the low bits of a key are its last letter). */
function stopSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - STOP_SLOT_BITS);
}

/** 1–57 for a letter of [a-zà-öø-ÿ] (as wordLower returns them). */
function letterNumber(lc: number): number {
  if (lc <= 0x7a) return lc - 0x60;
  return lc <= 0xf6 ? lc - 0xe0 + 27 : lc - 0xf8 + 50;
}

/** wordLower's answer for İ: the letter "i", then a word break. */
const WORD_I_THEN_BREAK = -2;

/**
 * The lower-case form of `c` when it is a word letter for the stopword scan ([a-zà-öø-ÿ] after
 * String.prototype.toLowerCase), else -1. Beyond ASCII and Latin-1 only four BMP characters
 * lower-case into that range (a test checks the whole BMP); İ lower-cases to "i" plus a
 * combining dot, which ends the word, so it is reported as WORD_I_THEN_BREAK.
 */
export function wordLower(c: number): number {
  if (c < 0x80) {
    if (c >= 97 && c <= 122) return c;
    return c >= 65 && c <= 90 ? c + 32 : -1;
  }
  if (c < 0x100) {
    if (c >= 0xe0) return c === 0xf7 ? -1 : c;
    return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : -1; // À–Þ; ß has no one-letter capital
  }
  if (c === 0x178) return 0xff; // Ÿ
  if (c === 0x212a) return 0x6b; // Kelvin sign
  if (c === 0x212b) return 0xe5; // Angstrom sign
  if (c === 0x130) return WORD_I_THEN_BREAK;
  return -1;
}

/** Count a finished word if it is a stopword (hits per language, and the order first hit). */
function countStopword(key: number, len: number, hits: number[], order: number[]): void {
  if (len > STOP_MAX_LEN || STOP_SLOTS[stopSlot(key)] === 0) return;
  const langs = STOP_KEYS.get(key);
  if (!langs) return;
  for (const l of langs) {
    if (hits[l] === 0) order.push(l);
    hits[l]++;
  }
}

/** Guess the language of `sample` (callers pass at most a few thousand characters). */
export function detectLanguage(sample: string): string {
  return detectLanguageIn(sample, [[0, Math.min(sample.length, SAMPLE_MAX)]]);
}

/** Characters of a sample looked at. */
const SAMPLE_MAX = 6000;

/**
 * `detectLanguage` over parts of `text` without building the sample string: the same answer as
 * detectLanguage(parts joined with "\n"), for story bodies given as clean ranges.
 */
export function detectLanguageIn(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let latin = 0;
  let cyr = 0;
  let ukr = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let arabic = 0;
  let other = 0;
  // Stopword hits per language, and the order languages were first hit (ties go to the first).
  // Counted in the same pass as the scripts (one scan of the sample); used only for Latin text.
  const hits = new Array<number>(LANGS.length).fill(0);
  const order: number[] = [];
  let words = 0;
  // The current word: its length and its first STOP_MAX_LEN letters packed (see STOP_KEYS).
  let len = 0;
  let key = 0;
  for (const [s, e] of ranges) {
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 97 && c <= 122) {
          latin++;
          if (++len <= STOP_MAX_LEN) key = key * 64 + (c - 0x60);
          continue;
        }
        if (c >= 65 && c <= 90) {
          latin++;
          if (++len <= STOP_MAX_LEN) key = key * 64 + (c - 0x40);
          continue;
        }
      } else if (c >= 0x400 && c <= 0x4ff) {
        cyr++;
        // і ї є ґ are Ukrainian letters Russian does not use
        if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) ukr++;
      } else if (c >= 0xc0 && c <= 0x24f) latin++;
      else if (c >= 0x4e00 && c <= 0x9fff) han++;
      else if (c >= 0x3040 && c <= 0x30ff) kana++;
      else if (c >= 0xac00 && c <= 0xd7af) hangul++;
      else if (c >= 0x600 && c <= 0x6ff) arabic++;
      else if (c >= 0x370 && c <= 0x3ff) other++;
      const lc = c < 128 ? -1 : wordLower(c);
      if (lc >= 0) {
        if (++len <= STOP_MAX_LEN) key = key * 64 + letterNumber(lc);
      } else if (lc === WORD_I_THEN_BREAK) {
        if (++len <= STOP_MAX_LEN) key = key * 64 + (0x69 - 0x60);
        words++;
        countStopword(key, len, hits, order);
        len = key = 0;
      } else if (len > 0) {
        words++;
        countStopword(key, len, hits, order);
        len = key = 0;
      }
    }
    if (len > 0) {
      // the parts are joined by a line break
      words++;
      countStopword(key, len, hits, order);
      len = key = 0;
    }
  }
  const letters = latin + cyr + han + kana + hangul + arabic + other;
  if (letters < 12) return 'und';
  if (cyr / letters > 0.5) return ukr / cyr > 0.015 ? 'uk' : 'ru';
  if (kana / letters > 0.1) return 'ja';
  if (hangul / letters > 0.5) return 'ko';
  if (han / letters > 0.5) return 'zh';
  if (arabic / letters > 0.5) return 'ar';
  if (latin / letters <= 0.5) return 'und';

  let best = 'und';
  let bestHits = 0;
  for (const l of order) {
    if (hits[l] > bestHits) {
      best = LANGS[l];
      bestHits = hits[l];
    }
  }
  if (words < 3 || bestHits < 2 || bestHits / words < 0.08) return 'und';
  return best;
}
