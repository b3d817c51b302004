import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants, noiseText } from './helpers';

/**
 * A pull quote prints a sentence of the article again on a line of its own, next to the paragraph
 * it comes from. The copy is marked (as a caption: display text), the paragraph keeps the sentence,
 * so the reader shows it once.
 */
const SENTENCE = 'The ferry will keep sailing through the winter.';
const text = [
  'Velmora Keeps Its Winter Ferry',
  '',
  'The harbour board of Velmora voted on Monday to keep the ferry to the island of Tolm running all year, after a campaign by island families.',
  '',
  `“${SENTENCE}”`,
  '',
  `${SENTENCE} The board will pay for a second crew and for repairs to the island pier, its chairwoman said after the vote.`,
  '',
  'Island families had collected signatures for two years, saying that the winter break left children unable to reach the school in Velmora.',
  '',
].join('\n');

describe('pull quotes', () => {
  it('marks the repeated sentence and keeps it in its paragraph', () => {
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(1);
    expect(noiseText(text, stories[0], 'caption')).toBe(`“${SENTENCE}”`);
    expect(cleanBody(text, stories[0]).split(SENTENCE)).toHaveLength(2);
  });

  it('leaves a quoted one-sentence paragraph alone when no paragraph repeats it', () => {
    const own = text.replace(`${SENTENCE} The board`, 'The board');
    const stories = segmentDump(own);
    expect(noiseText(own, stories[0], 'caption')).toBe('');
    expect(cleanBody(own, stories[0])).toContain(SENTENCE);
  });
});
