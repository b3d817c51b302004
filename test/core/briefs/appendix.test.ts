import { describe, expect, it } from 'vitest';
import { appendixStory } from '../../../electron/core/briefs/appendix';

const cite = { n: 1, storyId: 's', source: 'S', title: 'T', date: null, path: 'p.txt' };
const text = 'Alpha beta gamma.\n\nDelta epsilon\nzeta eta.';
const START = 50; // the story begins 50 characters into its file

const flat = (marks: { start: number; end: number }[]) =>
  appendixStory(
    cite,
    text,
    START,
    marks.map((m) => ({ ...m, color: '#f2c200' })),
  ).paragraphs!.map((p) => p.map((r) => (r.color ? `[${r.text}]` : r.text)).join(''));

describe('appendixStory', () => {
  it.each([
    ['no marks', [], ['Alpha beta gamma.', 'Delta epsilon', 'zeta eta.']],
    ['one mark in file offsets', [{ start: START + 6, end: START + 10 }], ['Alpha [beta] gamma.', 'Delta epsilon', 'zeta eta.']],
    ['a mark across a line break', [{ start: START + 25, end: START + 37 }], ['Alpha beta gamma.', 'Delta [epsilon]', '[zeta] eta.']],
    [
      'overlapping marks are clipped, text kept once',
      [
        { start: START, end: START + 10 },
        { start: START + 6, end: START + 16 },
      ],
      ['[Alpha beta][ gamma]. ', 'Delta epsilon', 'zeta eta.'].map((s) => s.trimEnd()),
    ],
    [
      'marks outside the story are ignored',
      [
        { start: 0, end: 10 },
        { start: START + 500, end: START + 510 },
      ],
      ['Alpha beta gamma.', 'Delta epsilon', 'zeta eta.'],
    ],
  ])('%s', (_name, marks, expected) => {
    expect(flat(marks)).toEqual(expected);
  });

  it('says so when the story text could not be read', () => {
    expect(appendixStory(cite, null, 0, []).paragraphs).toBeNull();
  });
});

describe('appendixStory page furniture', () => {
  const story = 'Headline\nPhoto: a harbour. (Agency)\nThe real first paragraph.\nShare on X';
  const caption = { start: START + 9, end: START + 35 };
  const share = { start: START + 62, end: START + 72 };
  const text = (marks: { start: number; end: number }[]) => {
    const s = appendixStory(
      cite,
      story,
      START,
      marks.map((m) => ({ ...m, color: '#f2c200' })),
      [caption, share],
    );
    return { trimmed: s.trimmed, paragraphs: s.paragraphs!.map((p) => p.map((r) => (r.color ? `[${r.text}]` : r.text)).join('')) };
  };

  it('leaves captions and share bars out of the appendix and says so', () => {
    expect(text([])).toEqual({ trimmed: true, paragraphs: ['Headline', 'The real first paragraph.'] });
  });

  it('keeps noise the analyst quoted from, so a quote is always shown in context', () => {
    expect(text([{ start: START + 16, end: START + 25 }]).paragraphs).toEqual([
      'Headline',
      'Photo: [a harbour]. (Agency)',
      'The real first paragraph.',
    ]);
  });
});
