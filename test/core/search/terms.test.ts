import { describe, expect, it } from 'vitest';
import { terms } from '../../../electron/core/search/tokenize';
import { foldToken } from '../../../electron/core/search/fold';
import { int, mulberry32, pick } from '../../support/prng';

// What the words of real dumps are made of: ASCII words and digits, curly quotes and dashes glued
// to them, accented and decomposed letters, Cyrillic, CJK, emoji (surrogate pairs), a lone surrogate.
const PIECES = [
  'Lavrov',
  'said',
  '2024',
  'U.S.',
  'don’t',
  '“Hello”',
  'Zürich',
  'Ze\u0301lensky',
  'Москва',
  'Путина',
  '东京',
  '—',
  '–',
  '…',
  '½',
  'ﬁnance',
  'straße',
  'Łódź',
  '😀',
  '\ud800',
  'İstanbul',
  'ΟΔΟΣ',
  'ΣΟΦΙΑ’Σ',
  ' ',
  ' ',
  '\n',
  ', ',
  '. ',
  '-',
  "'",
  '(',
  ')',
  '\u00a0',
  '\u200b',
];

/**
 * The definition `terms` answers by scanning instead: the ASCII words of ASCII text; else every
 * match of MIXED, an ASCII word as it is, or a piece holding a non-ASCII character folded whole
 * and then split into words (folding can join or split words: "½" gives "1⁄2").
 */
function reference(text: string): string[] {
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().match(/[A-Za-z0-9]+/g) ?? [];
  const out: string[] = [];
  for (const m of text.matchAll(/([A-Za-z0-9]*[^\x00-\x7f][\p{L}\p{N}\p{M}]*)|[A-Za-z0-9]+/gu)) {
    if (m[1] === undefined) out.push(m[0].toLowerCase());
    else out.push(...(foldToken(m[0]).match(/[\p{L}\p{N}]+/gu) ?? []));
  }
  return out;
}

describe('terms', () => {
  it('gives exactly the words of its definition, for mixed-script text glued together any way', () => {
    const r = mulberry32(20261206);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = int(r, 1, 12); i > 0; i--) text += pick(r, PIECES) + (r() < 0.3 ? pick(r, PIECES) : ' ');
      expect(terms(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('folds words glued to curly quotes and dashes, and keeps plain words plain', () => {
    expect(terms('“Zürich’s talks—Москвы”')).toEqual(['zurich', 's', 'talks', 'москвы']);
    expect(terms('Kyiv, 2024: the U.S. said')).toEqual(['kyiv', '2024', 'the', 'u', 's', 'said']);
  });
});
