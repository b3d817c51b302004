import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { HARBOUR, ORCHARD, expectInvariants } from './helpers';

/**
 * The full stop of an abbreviation or an initial ("Dr. Ames", "U.S. Navy") ends no sentence: a
 * headline that holds one is still a headline, not a caption of two sentences, and opens its story.
 */
describe('a headline with an abbreviation', () => {
  it.each(['Dr. Ames Takes Over the Velmora Harbour Board', 'U.S. Navy Visits the Port of Velmora'])('"%s" opens its story', (headline) => {
    const text = `Arden Growers Expect a Record Harvest\n\n${ORCHARD}\n\nMEDIA\n${headline}\n\n2008-01-05 14:22\n\n${HARBOUR}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Arden Growers Expect a Record Harvest', headline]);
  });
});
