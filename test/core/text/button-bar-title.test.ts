import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { HARBOUR, expectInvariants } from './helpers';

/**
 * A cookie banner's buttons printed on one line with runs of spaces between them ("Accept all
 * Reject all   Customise") can open a saved page; the story's title is its headline below.
 */
describe('a button bar above the headline', () => {
  it('is not the title', () => {
    const headline = 'Velmora Harbour Board Approves New Ferry Route to the Island of Tolm After Long Dispute';
    const text = `Your privacy choices\nAccept all   Reject all   Customise\nMenu\nSearch\nLog in | Register\n\n${headline}\nAnn Example\n\n${HARBOUR}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([headline]);
  });
});
