import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageIn, wordLower } from '../../../electron/core/text/language';
import { prng } from './helpers';

/** The stopword letters as the regex scan saw them: [a-zà-öø-ÿ] after toLowerCase(). */
const WORD_RE = /[a-zà-öø-ÿ]/;

const CASES: Array<[string, string]> = [
  ['en', 'The council met on Monday and said that it would approve the budget for the harbour, which was delayed.'],
  ['de', 'Der Rat hat am Montag die neue Regelung für den Hafen beschlossen, und die Arbeiter sind nicht zufrieden mit dem Ergebnis.'],
  ['fr', 'Le conseil a adopté le budget pour le port et les syndicats disent que la décision est une bonne nouvelle pour la ville.'],
  ['sv', 'Rådet har beslutat att hamnen ska öppna igen och det är inte klart om arbetarna är nöjda med det som sades på mötet.'],
  ['ru', 'Совет в понедельник утвердил бюджет порта, и рабочие сказали, что это хорошая новость для города.'],
  ['uk', 'Рада в понеділок затвердила бюджет порту, і робітники сказали, що це гарна новина для міста, їхні родини раді.'],
  ['en', 'THE COUNCIL MET ON MONDAY AND SAID THAT IT WOULD APPROVE THE BUDGET FOR THE HARBOUR.'],
  ['und', 'Velmora 2024 — 3:1'],
];

describe('language guess', () => {
  it.each(CASES)('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('reads the same letters as lower-casing the text would, over the whole BMP', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const lower = String.fromCharCode(c).toLowerCase();
      const got = wordLower(c);
      if (lower.length === 1) expect([c, got]).toEqual([c, WORD_RE.test(lower) ? lower.charCodeAt(0) : -1]);
      else expect([c, WORD_RE.test(lower[0]) && !WORD_RE.test(lower.slice(1))]).toEqual([c, got === -2]); // İ: "i" then a break
    }
  });

  it('a stopword glued to İ or written with a Kelvin sign counts as the lower-cased text reads', () => {
    // "THE" with a Kelvin sign is not "the"; "İN" lower-cases to "i" + dot + "n": no "in".
    expect(detectLanguage('\u212aing said the vote in the port was the end of it')).toBe('en');
    expect(detectLanguage('İN İN İN İN Velmora Kessel Lunmouth Tolmar harbour')).toBe('und');
  });

  it('ranges of a text give the answer of the joined sample', () => {
    const rnd = prng(7);
    const words = ['the', 'and', 'der', 'und', 'le', 'och', 'Velmora', 'harbour', 'Kessel', 'İ', 'é', 'порт', 'и', '—', '2024'];
    for (let k = 0; k < 200; k++) {
      let text = '';
      for (let w = 0; w < 60; w++) text += words[Math.floor(rnd() * words.length)] + (rnd() < 0.1 ? '.\n' : ' ');
      const ranges: Array<[number, number]> = [];
      for (let at = 0; at < text.length;) {
        const len = 1 + Math.floor(rnd() * 40);
        const end = Math.min(text.length, at + len);
        ranges.push([at, end]);
        at = end + Math.floor(rnd() * 10);
      }
      const joined = ranges.map(([s, e]) => text.slice(s, e)).join('\n') + '\n';
      expect(detectLanguageIn(text, ranges)).toBe(detectLanguage(joined));
    }
  });
});
