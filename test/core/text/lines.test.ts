import { describe, expect, it } from 'vitest';
import { isTitleLike, lineIndexAt, splitLines } from '../../../electron/core/text/lines';

/** Each row: text, then per line [start, end, trimmed text]. Line endings are never part of a line. */
const CASES: Array<[string, string, Array<[number, number, string]>]> = [
  [
    'LF',
    'a\nbc\n',
    [
      [0, 1, 'a'],
      [2, 4, 'bc'],
    ],
  ],
  [
    'CRLF',
    'a\r\nbc',
    [
      [0, 1, 'a'],
      [3, 5, 'bc'],
    ],
  ],
  [
    'lone CR',
    'a\rbc\r',
    [
      [0, 1, 'a'],
      [2, 4, 'bc'],
    ],
  ],
  [
    'mixed endings and blank lines',
    'a\r\n\rb\n\r\nc',
    [
      [0, 1, 'a'],
      [3, 3, ''],
      [4, 5, 'b'],
      [6, 6, ''],
      [8, 9, 'c'],
    ],
  ],
  [
    'CR then LF far apart',
    'x\ry\nz',
    [
      [0, 1, 'x'],
      [2, 3, 'y'],
      [4, 5, 'z'],
    ],
  ],
  [
    'whitespace trimmed, NBSP and zero-width space too',
    ' \u00a0Title\u200b \n\t\n',
    [
      [0, 9, 'Title'],
      [10, 11, ''],
    ],
  ],
  ['no final line ending', 'one', [[0, 3, 'one']]],
  ['empty', '', []],
];

describe('splitLines', () => {
  it.each(CASES)('%s', (_why, text, expected) => {
    const lines = splitLines(text);
    const got: Array<[number, number, string]> = [];
    for (let i = 0; i < lines.count; i++) got.push([lines.start[i], lines.end[i], lines.t(i)]);
    expect(got).toEqual(expected);
    for (let i = 0; i < lines.count; i++) {
      expect(lines.blank(i)).toBe(lines.t(i) === '');
      expect(lines.len(i)).toBe(lines.t(i).length);
      expect(text.slice(lines.cs[i], lines.ce[i])).toBe(lines.t(i));
    }
  });

  it('grows past its first guess of the line count', () => {
    const text = 'x\n'.repeat(5000);
    const lines = splitLines(text);
    expect(lines.count).toBe(5000);
    expect(lines.start[4999]).toBe(9998);
    expect(lineIndexAt(lines, 9999)).toBe(4999);
  });
});

describe('isTitleLike', () => {
  it.each([
    ['Harbour Strike Enters Second Week', true],
    ['Thirty three words '.repeat(11).trim(), false],
    [`${'Word '.repeat(29)}End`, true],
    [`${'Word '.repeat(30)}End`, false],
    ['Ends with a full stop.', false],
    ['see www.example.com', false],
    // A camel-cased brand or an amount may open a headline; a lower-case word goes on from the line above.
    ['iPhone Sales Slow at Velmora Stores', true],
    ['$6,000 Bid Wins Harbour Lighthouse', true],
    ['£5bn Ferry Deal Signed', true],
    ['and the ferry left on time', false],
    ['$ rates rise', false],
  ])('%s → %s', (t, want) => {
    expect(isTitleLike(t)).toBe(want);
  });
});
