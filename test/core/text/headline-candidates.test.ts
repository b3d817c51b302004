import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants, HARBOUR, ORCHARD } from './helpers';

/**
 * Lines that look like a headline over prose but sit where no new story begins: a paragraph of a
 * quotation that runs on (it opens a quote it never closes), the first entry of a list that a
 * line ending in a colon introduces, and an entry in the middle of a run of other stories' headlines.
 */
const FERRY = `Ferry Route Approved for Tolm\n\n${HARBOUR}`;

const titles = (text: string): string[] => {
  const stories = segmentDump(text);
  expectInvariants(text, stories);
  return stories.map((s) => s.title);
};

describe('headline-like lines that start no story', () => {
  it('a paragraph of a quotation that runs on, opened and never closed', () => {
    const text = [
      FERRY,
      '',
      '"We have waited two years for a boat that keeps to a timetable," said Ann Example, who runs the shop on the quay at Tolm.',
      '',
      '',
      '"Would Brenner Logistics or Castell Foods ever have stocked us?',
      '',
      '"Mr Castell told me in Marlow last March that his vans never cross the water, whatever the council promises."',
      '',
    ].join('\n');
    expect(titles(text)).toEqual(['Ferry Route Approved for Tolm']);
  });

  it('the first entry of a list introduced by a colon', () => {
    const text = [
      FERRY,
      '',
      'More games news:',
      '',
      'Brenner Studios will let you build and print your own racing cars in Kestrel Rally 2',
      'Review: Castell Games ships Salt Roads 2 with a bigger map',
      '',
      'Ann Example writes about games for the Velmora Courier every Friday, and her list of the best puzzles for the long ' +
        'winter evenings follows next week, with a word from the designers.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual(['Ferry Route Approved for Tolm']);
  });

  it('an entry in the middle of a run of headlines, one under the other', () => {
    const text = [
      FERRY,
      '',
      'Our reviewers picked the games of the season.',
      '',
      'Brenner Studios lets you build and print your own racing cars in Kestrel Rally',
      'Castell Games ships a new console with plenty of pretty lighting',
      'Review: Salt Roads 2 has a career year at the top',
      '',
      'Ann Example writes about games every Friday for the Courier, and her picks for the winter follow next week with a word from the designers.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual(['Ferry Route Approved for Tolm']);
  });

  it('while a story with its own headline still starts one', () => {
    const text = [FERRY, '', 'Arden Valley Expects a Record Apple Harvest', '', ORCHARD, ''].join('\n');
    expect(titles(text)).toEqual(['Ferry Route Approved for Tolm', 'Arden Valley Expects a Record Apple Harvest']);
  });
});
