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

/**
 * A Title Case headline may end on an initialism ("... for the U.S."): that full stop belongs to
 * the abbreviation, so the line is still headline-like (lines.ts isTitleLike) and opens its story.
 */
describe('a headline that ends on an initialism', () => {
  it.each(['Arden Apples Head for the U.S.', 'Arden Growers Sell Their Apples in N.Y.C.'])('"%s" opens its story', (headline) => {
    const text = `Ferry Route Approved for Tolm\n\n${HARBOUR}\n\n${headline}\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved for Tolm', headline]);
  });

  it('a sentence that ends on one stays prose', () => {
    const text = `Ferry Route Approved for Tolm\n\n${HARBOUR}\n\nThe ferry crews trained for a month in the U.S.\n\n${HARBOUR}\n`;
    expect(segmentDump(text)).toHaveLength(1);
  });
});
