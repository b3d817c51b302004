import { describe, expect, it } from 'vitest';
import { hasWordCharBeyond, isRussianLetter } from '../../../electron/core/search/script-scan';

// Which snippet matcher applies depends on this answer: a wrong "no" marks words the fold would not match.
describe('hasWordCharBeyond', () => {
  it('passes ASCII text with typographic punctuation and no-break spaces', () => {
    expect(hasWordCharBeyond('Talks \u2014 \u201clong\u201d, it\u2019s said\u00a0today \u2026')).toBe(false);
  });
  it('finds a letter, a digit or a combining mark beyond ASCII', () => {
    expect(hasWordCharBeyond('the caf\u00e9 opened')).toBe(true);
    expect(hasWordCharBeyond('price \u0661\u0662')).toBe(true);
    expect(hasWordCharBeyond('e\u0301 combined')).toBe(true);
    expect(hasWordCharBeyond('math \u{1d400} bold')).toBe(true);
  });
  it('accepts what it is told to and nothing else', () => {
    expect(hasWordCharBeyond('\u041b\u0430\u0432\u0440\u043e\u0432 \u0451\u0436 Lavrov', isRussianLetter)).toBe(false);
    expect(hasWordCharBeyond('\u041b\u0430\u0432\u0440\u043e\u0432 \u0456', isRussianLetter)).toBe(true);
    expect(hasWordCharBeyond('\u041b\u0430\u0432\u0440\u043e\u0432')).toBe(true);
  });
  it('skips symbols and emoji, which are not word characters', () => {
    expect(hasWordCharBeyond('up \u2191 20% \u20ac5 \u{1f600}')).toBe(false);
  });
});
