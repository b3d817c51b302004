import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants, HARBOUR, ORCHARD } from './helpers';

/**
 * A "Label: ..." headline over a "Label: ..." note ("Note: prices are per crate") shares the
 * template of a list's item heads (list-items.ts), but a list's items sit inside one article.
 * When everything else says a new story begins here (a topic change, new names, a lead that
 * repeats the headline's words: a very high start score), the shared template does not veto it.
 */
describe('a label headline over a label note', () => {
  it('starts its own story after a story on another subject', () => {
    const headline = 'Harvest: Arden Apple Growers Expect a Record Crop';
    const text = `Ferry Route Approved for Tolm\n\n${HARBOUR}\n\n${headline}\nNote: prices are per crate\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved for Tolm', headline]);
  });
});
