/**
 * Fast language guess for a story body: script counts first (Cyrillic, Han, Arabic...), then
 * stopword hits for Latin-script languages. Good enough to filter a library by language;
 * not a classifier. Returns a BCP-47 primary tag or 'und' when the sample is too small or unclear.
 */

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'said', 'by', 'it', 'his', 'from', 'are', 'have', 'has', 'its', 'were', 'be', 'an', 'this', 'at', 'which', 'their', 'would', 'not'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'den', 'ein', 'eine', 'auf', 'sich', 'dem', 'auch', 'nach', 'wird', 'bei', 'sie', 'von', 'zu'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'un', 'du', 'dans', 'pour', 'que', 'qui', 'sur', 'pas', 'au', 'avec', 'par', 'ce', 'sont'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'es', 'se', 'su', 'al', 'como', 'más', 'pero', 'fue'],
  sv: ['och', 'att', 'det', 'som', 'är', 'en', 'på', 'för', 'med', 'av', 'till', 'har', 'inte', 'den', 'om', 'ett', 'var', 'sig', 'från', 'men'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'del', 'della', 'sono', 'una', 'con', 'gli', 'nel', 'alla', 'anche', 'come', 'più', 'dei', 'ha'],
};
const STOP_MAPS: Map<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    for (const w of words) {
      const list = m.get(w) ?? [];
      list.push(lang);
      m.set(w, list);
    }
  }
  return m;
})();

const WORD_RE = /[a-zà-öø-ÿ]+/g;

/** Guess the language of `sample` (callers pass at most a few thousand characters). */
export function detectLanguage(sample: string): string {
  let latin = 0;
  let cyr = 0;
  let ukr = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let arabic = 0;
  let other = 0;
  const n = Math.min(sample.length, 6000);
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
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
  }
  const letters = latin + cyr + han + kana + hangul + arabic + other;
  if (letters < 12) return 'und';
  if (cyr / letters > 0.5) return ukr / cyr > 0.015 ? 'uk' : 'ru';
  if (kana / letters > 0.1) return 'ja';
  if (hangul / letters > 0.5) return 'ko';
  if (han / letters > 0.5) return 'zh';
  if (arabic / letters > 0.5) return 'ar';
  if (latin / letters <= 0.5) return 'und';

  const counts: Record<string, number> = {};
  let words = 0;
  const lower = sample.slice(0, n).toLowerCase();
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(lower)) !== null) {
    words++;
    const langs = STOP_MAPS.get(m[0]);
    if (langs) for (const l of langs) counts[l] = (counts[l] ?? 0) + 1;
  }
  let best = 'und';
  let bestHits = 0;
  for (const [lang, hits] of Object.entries(counts)) {
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  if (words < 3 || bestHits < 2 || bestHits / words < 0.08) return 'und';
  return best;
}
