import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants, HARBOUR } from './helpers';

/**
 * A line that is one quoted sentence, full stop inside the closing quote ('"Everything happens
 * when it is meant to."'), is a pull quote or a paragraph of quotation, not a headline: a
 * headline that quotes someone drops the full stop. Even where the text around it changes
 * subject (an interview turning to new people), it starts no story.
 */
const AFTER = [
  'Ann Example, who bakes bread in Kestle, said she had written to every newspaper in Marlow since her mother died.',
  'Her brother Bo Sample laughed and said patience was the only thing their family ever owned.',
].join('\n\n');

describe('a quoted sentence between paragraphs', () => {
  it.each(['"Everything happens when it is meant to."', '“Everything happens when it is meant to.”'])('%s starts no story', (quote) => {
    const text = `Ferry Route Approved for Tolm\n\n${HARBOUR}\n\n${quote}\n\n${AFTER}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved for Tolm']);
  });
});
