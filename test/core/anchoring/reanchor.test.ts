import { describe, expect, it } from 'vitest';
import { buildSelectors } from '../../../electron/core/anchoring/selectors';
import { reanchor } from '../../../electron/core/anchoring/reanchor';
import { matchQuote } from '../../../electron/core/anchoring/match-quote';
import { storyForRange } from '../../../electron/core/anchoring/story-for-range';

// Our own made-up dump text: two stories, a phrase that occurs in both.
const STORY_A =
  'Harbour officials in Calder Bay said on Monday that the new breakwater would open in spring. ' +
  'The mayor called the project a turning point for the fishing fleet. ' +
  'Critics said the budget had doubled since the first estimate.\n\n';
const STORY_B =
  'In Westmere, the council voted to delay the tram extension by two years. ' +
  'Critics said the budget had doubled since the first estimate. ' +
  'A final decision is expected after the autumn elections.\n';
const TEXT = STORY_A + STORY_B;

function at(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return { start, end: start + phrase.length };
}

const QUOTE = 'the new breakwater would open in spring';
const q = at(TEXT, QUOTE);
const sel = buildSelectors(TEXT, q.start, q.end);

describe('buildSelectors', () => {
  it('keeps the quote, 32 characters either side, and the file offsets', () => {
    expect(sel.quote.exact).toBe(QUOTE);
    expect(sel.quote.prefix).toBe(TEXT.slice(q.start - 32, q.start));
    expect(sel.quote.suffix).toBe(TEXT.slice(q.end, q.end + 32));
    expect(sel.position).toEqual(q);
  });

  it('clips the context at the edges of the file', () => {
    const s = buildSelectors(TEXT, 0, 8);
    expect(s.quote.prefix).toBe('');
    expect(s.quote.exact).toBe('Harbour ');
  });

  it('refuses empty and out-of-range selections', () => {
    expect(() => buildSelectors(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => buildSelectors(TEXT, -1, 4)).toThrow(RangeError);
    expect(() => buildSelectors(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });
});

describe('reanchor: table of edits', () => {
  const insertAt = (text: string, i: number, s: string) => text.slice(0, i) + s + text.slice(i);
  const cases: { name: string; edit: (t: string) => string; status: 'ok' | 'moved' | 'orphaned'; expectQuote?: string }[] = [
    { name: 'no change', edit: (t) => t, status: 'ok' },
    { name: 'insertion after the quote', edit: (t) => insertAt(t, q.end + 60, ' Extra sentence here.'), status: 'ok' },
    { name: 'insertion before the quote', edit: (t) => insertAt(t, 10, 'UPDATED: '), status: 'moved', expectQuote: QUOTE },
    { name: 'insertion at the start of the file', edit: (t) => 'Correction appended.\n' + t, status: 'moved', expectQuote: QUOTE },
    {
      name: 'insertion inside the quote',
      edit: (t) => t.replace('would open', 'would finally open'),
      status: 'moved',
      expectQuote: 'the new breakwater would finally open in spring',
    },
    {
      name: 'whitespace reflowed inside the quote',
      edit: (t) => t.replace('breakwater would open', 'breakwater\nwould  open'),
      status: 'moved',
      expectQuote: 'the new breakwater\nwould  open in spring',
    },
    { name: 'CRLF line endings', edit: (t) => t.replace(/\n/g, '\r\n'), status: 'ok' },
    { name: 'quote deleted', edit: (t) => t.replace(QUOTE, 'a decision would come later'), status: 'orphaned' },
    { name: 'file emptied', edit: () => '', status: 'orphaned' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const next = c.edit(TEXT);
      const a = reanchor(next, sel);
      expect(a.status).toBe(c.status);
      if (c.expectQuote) expect(next.slice(a.start!, a.end!)).toBe(c.expectQuote);
      if (c.status === 'orphaned') expect(a.start).toBeNull();
    });
  }

  it('a deleted file orphans, and restoring it brings the highlight back where it was', () => {
    expect(reanchor(null, sel).status).toBe('orphaned');
    expect(reanchor(TEXT, sel)).toMatchObject({ status: 'ok', start: q.start, end: q.end });
  });
});

describe('reanchor: a quote that appears twice', () => {
  const PHRASE = 'Critics said the budget had doubled since the first estimate.';
  const second = at(TEXT, PHRASE, STORY_A.length);
  const first = at(TEXT, PHRASE);
  const selSecond = buildSelectors(TEXT, second.start, second.end);
  const selFirst = buildSelectors(TEXT, first.start, first.end);

  it('keeps each copy on its own occurrence after text is inserted before both', () => {
    const next = 'Breaking: ' + TEXT;
    expect(reanchor(next, selFirst)).toMatchObject({ status: 'moved', start: first.start + 10 });
    expect(reanchor(next, selSecond)).toMatchObject({ status: 'moved', start: second.start + 10 });
  });

  it('is not fooled when a shift lands the stored offsets exactly on the other copy', () => {
    // Delete exactly the distance between the two copies before the first one, so the first
    // copy's old offsets now point at... nothing useful; and insert so the second's offsets
    // point at the first copy's text: context must decide.
    const gap = second.start - first.start;
    const next = TEXT.slice(0, first.start) + 'x'.repeat(gap) + TEXT.slice(first.start);
    // The stored offsets of the first copy now hold filler; those of the second hold copy one.
    const a = reanchor(next, selSecond);
    expect(next.slice(a.start!, a.end!)).toBe(PHRASE);
    expect(a.start).toBe(second.start + gap);
  });

  it('prefers the occurrence whose context matches over the nearest one', () => {
    // Swap the stories: the second copy is now first in the file, near the first copy's old offset.
    const swapped = STORY_B + '\n' + STORY_A;
    const a = reanchor(swapped, selFirst);
    expect(a.start).toBe(swapped.indexOf(PHRASE, STORY_B.length));
  });
});

describe('matchQuote', () => {
  it('returns null for a short phrase that only recurs with unrelated surroundings', () => {
    expect(matchQuote('nothing here but the mayor spoke', 'the mayor', { prefix: 'qqqqqqqq', suffix: 'zzzzzzzz' })).toBeNull();
  });

  it('uses the position hint to choose between equally good copies', () => {
    const text = 'alpha beta gamma delta. alpha beta gamma delta. alpha beta gamma delta.';
    const m = matchQuote(text, 'alpha beta gamma delta', { hint: 48 });
    expect(m?.start).toBe(48);
  });

  it('finds a lightly edited quote and reports it is not exact', () => {
    const m = matchQuote(TEXT, 'the new breakwater will open in spring', { hint: q.start });
    expect(m).not.toBeNull();
    expect(m!.exact).toBe(false);
    expect(Math.abs(m!.start - q.start)).toBeLessThanOrEqual(1);
  });
});

describe('storyForRange', () => {
  const stories = [
    { id: 'a', start: 0, end: STORY_A.length },
    { id: 'b', start: STORY_A.length, end: TEXT.length },
  ];
  it('follows the text into whichever story now holds it (split or merged)', () => {
    expect(storyForRange(stories, q.start, q.end)).toBe('a');
    const second = at(TEXT, 'tram extension');
    expect(storyForRange(stories, second.start, second.end)).toBe('b');
    // Merged: one story covers both.
    expect(storyForRange([{ id: 'ab', start: 0, end: TEXT.length }], second.start, second.end)).toBe('ab');
    // A highlight across a split point goes to the story holding most of it.
    expect(storyForRange(stories, STORY_A.length - 3, STORY_A.length + 20)).toBe('b');
    expect(storyForRange([], 0, 5)).toBeNull();
  });
});
