import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants } from './helpers';
import { analyseText } from '../../../electron/core/text/analyse';
import { headlineByEcho } from '../../../electron/core/text/headline-echo';
import { LC_SHORT } from '../../../electron/core/text/line-classes';

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

describe('headline by echo, one chance word', () => {
  it('a tagline that shares one word with the lead by chance gives way to the line the lead retells', () => {
    const headline = 'Record apple harvest expected in Arden valley';
    const lead = [
      'Growers say the apple harvest in the Arden valley will be the largest on record this year.',
      'The local cooperative said a mild spring and a wet summer had helped, and it expects to pick until late October.',
      'The figures are published in the journal of the growers association.',
    ].join('\n\n');
    const text = `Support independent journalism\nThe Arden Herald\n\n${headline}\n\n${lead}\n`;
    const a = analyseText(text);
    // The tagline as a page leaves it when no chrome rule catches it: a short title-like line;
    // the masthead under it is chrome. Its one word in the lead is "journa(lism)" / "journa(l)".
    a.noise[0] = null;
    a.cls[0] = LC_SHORT;
    a.titleLike[0] = 1;
    a.noise[1] = 'site-chrome';
    const last = a.lines.count - 1;
    expect(headlineByEcho(a, 0, 0, last, a.noise.slice(0, last + 1), 0)).toBe(3);
  });
});
