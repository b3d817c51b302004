import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants } from './helpers';

/**
 * A newsletter prompt between two stories ("Get the ... briefing in your inbox") can open the
 * second story; its words never come back in that story's lead, the headline's do, so the
 * headline is the title.
 */
const FERRY = [
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted for two years.',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
].join(' ');
const ORCHARD = [
  'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer.',
  'Orchard owners said pickers were hard to find, and several farms have raised wages to keep their crews until the end of October.',
].join('\n');

describe('headline by echo', () => {
  it('a newsletter prompt at the head of a story is not its title: the line its lead repeats is', () => {
    const headline = 'Arden Valley Growers Expect Record Harvest of 40,000 Tonnes';
    const prompt = 'Get the Harbour Post morning briefing in your inbox\nEnter your email address\nSign up';
    const first = `Ferry Route Approved After Two-Year Dispute\n\n${FERRY}\n\nPrint this article`;
    const text = `${first}\n\n${prompt}\n\n\n${headline}\nJanuary 16, 2008\nSHARE  TWEET  EMAIL\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved After Two-Year Dispute', headline]);
  });
});
