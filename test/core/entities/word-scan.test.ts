import { describe, expect, it } from 'vitest';
import { isUpperAt, scanWords } from '../../../electron/core/entities/word-scan';

const REGEX = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const scanned = (text: string) => {
  const out: string[] = [];
  scanWords(text, (a, b) => out.push(text.slice(a, b)));
  return out;
};

describe('the word scan entity extraction reads', () => {
  it('finds exactly the words the Unicode regex finds, in every script', () => {
    const texts = [
      "Secretary-General António Guterres met O’Brien and Xi's aides -- 'quoted' - at 10:30.",
      'Министр Лавров и В.В. Путин прибыли в Шри-Ланку; «Газпром» — 2024 г.',
      'Ελλάδα, Türkiye, Łódź, الرياض and 北京 in one line; naïve café ﬁnance',
      'emoji 🇺🇦 and 😀 between words, 𝐁𝐨𝐥𝐝 math letters, lone \ud800 surrogate',
      "trailing joiners- and ' quotes ’ and double--hyphens, don't-stop",
      'combining e\u0301 mark, Devanagari नमस्ते, digits ٣٤ and ²',
    ];
    for (const t of texts) expect(scanned(t)).toEqual(t.match(REGEX));
  });

  it('says whether a word opens with a capital as the regex does', () => {
    const text = 'Путин said; émile Émile 𝐁old and 3rd';
    for (const w of text.match(REGEX)!) {
      const at = text.indexOf(w);
      expect(isUpperAt(text, at), w).toBe(/^\p{Lu}/u.test(w));
    }
  });
});
