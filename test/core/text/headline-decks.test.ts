import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { allClean, expectInvariants } from './helpers';

/**
 * A Title Case headline over one or two sentence-case decks (standfirsts set as short lines)
 * glued straight under the last paragraph of the story before: three short lines in a row look
 * like a chrome run, but the headline and its decks are the next story's head, not chrome.
 */
const FIRST = [
  'The lighthouse keepers of Ostrava Point voted on Monday to accept the new contract, ending a dispute that had lasted since the spring.',
  'Their union said the agreement kept the night shifts at two keepers and raised the winter allowance by a tenth for all of them.',
  'The harbour authority said the lamps would be serviced next month, once the weather allowed boats to reach the point again.',
].join('\n');
const SECOND = [
  'Copper Prices Slide to a Three-Year Low',
  'Traders blame weak building demand for slide',
  'Northern smelters plan output cuts before summer',
  'Copper fell for a sixth day on Friday in Marlow, closing at its lowest level in three years as orders from builders dried up across the region.',
  'Dealers said stocks held in warehouses had doubled since January, and that several smelters were already running below capacity.',
].join('\n');

describe('a headline with decks', () => {
  it('keeps the headline and its decks as the head of their own story', () => {
    const text = `${FIRST}\n${SECOND}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([expect.any(String), 'Copper Prices Slide to a Three-Year Low']);
    const clean = allClean(text, stories);
    expect(clean).toContain('Traders blame weak building demand');
    expect(clean).toContain('Northern smelters plan output cuts');
  });

  it('still takes a run of Title Case teaser headlines for chrome', () => {
    const teasers = [
      'Copper Prices Slide to a Three-Year Low',
      'Harbour Pilots Win Their Pay Claim',
      'Ferry Crews Walk Out Over Night Rotas',
    ];
    const text = `${FIRST}\n${teasers.join('\n')}\n${SECOND.split('\n').slice(3).join('\n')}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(allClean(text, stories)).not.toContain('Harbour Pilots Win');
  });

  it('keeps a sentence-case headline over a sentence-case deck as the head of its own story', () => {
    const text = [
      FIRST.split('\n').join('\n\n'),
      '',
      'Copper slides to its lowest price in three years',
      'Smelters plan big cuts before summer',
      '',
      SECOND.split('\n').slice(3).join('\n\n'),
      '',
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([expect.any(String), 'Copper slides to its lowest price in three years']);
  });
});
