import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants } from './helpers';

/** Our own short articles: two unrelated topics, several sentences each, so cohesion can tell them apart. */
const FERRY = [
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted for two years.',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
  'The board said the route would be reviewed after one year, once the operators had published their passenger figures for the season.',
].join('\n');
const ORCHARD = [
  'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer.',
  'Orchard owners said pickers were hard to find, and several farms have raised wages to keep their crews until the end of October.',
  'The growers association warned that prices at the market could fall if the crop is as large as the first estimates suggest.',
].join('\n');

describe('scored story starts', () => {
  it('a headline after one blank line starts a new story when the topic changes', () => {
    const text = `Ferry Route Approved After Two-Year Dispute\n\n${FERRY}\n\nArden Valley Growers Expect Record Apple Harvest\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([
      'Ferry Route Approved After Two-Year Dispute',
      'Arden Valley Growers Expect Record Apple Harvest',
    ]);
  });

  it('a headline glued to the last paragraph of the story before (no blank line) still starts a story', () => {
    const text = `Ferry Route Approved After Two-Year Dispute\n${FERRY}\nArden Valley Growers Expect Record Apple Harvest\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([
      'Ferry Route Approved After Two-Year Dispute',
      'Arden Valley Growers Expect Record Apple Harvest',
    ]);
  });

  it('a headline ending in a question mark is the title, not skipped for the first sentence', () => {
    const text = `Ferry Route Approved After Two-Year Dispute\n\n${FERRY}\n\nWill Arden Valley Growers See A Record Apple Harvest?\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([
      'Ferry Route Approved After Two-Year Dispute',
      'Will Arden Valley Growers See A Record Apple Harvest?',
    ]);
  });

  it('a glued headline whose lead repeats its words starts a story even when the two topics share some words', () => {
    // The two stories share 'court', 'year', 'summer'... (cohesion about 0.08, not low enough alone);
    // the headline's own words come back in its lead and not in the story above: a headline, not a subhead.
    const keepers = [
      'Two lighthouse keepers from Kessa lost their pay claim at the regional court on Tuesday, after a year of hearings about their night shifts.',
      'Judge Anna Lund said the keepers had agreed to the shifts in their contracts, and the lighthouse service did not owe them extra pay for the summer.',
    ].join('\n');
    const text = `Ferry Route Approved After Two-Year Dispute\n${FERRY}\nLighthouse Keepers Lose Pay Claim\n${keepers}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved After Two-Year Dispute', 'Lighthouse Keepers Lose Pay Claim']);
  });

  it('a Title Case headline ending in a capitalised function word ("... Is Really About") is a headline, not a cut line', () => {
    const headline = 'The Orchard and the Market: What Every Record Harvest Is Really About';
    const text = `Ferry Route Approved After Two-Year Dispute\n\n${FERRY}\n\n\n${headline}\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved After Two-Year Dispute', headline]);
  });

  it('a subhead inside a run of cohesive paragraphs does not split the article', () => {
    const more = [
      'The harbour board said the ferry operators must run the route to Tolm all year, and the island council welcomed the ferry decision.',
      'Operators of the ferry will publish the crossings timetable for the Tolm route in May, the harbour board said.',
    ].join('\n');
    const text = `Ferry Route Approved After Two-Year Dispute\n\n${FERRY}\nWhat the ferry route means for Tolm\n${more}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(1);
    expect(cleanBody(text, stories[0])).toContain('What the ferry route means for Tolm');
  });
});

describe('line classes: chrome runs', () => {
  const menu = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Weather', 'Log Out', 'Save'].join('\n');
  const footer = ['About Us', 'Feedback', 'Careers', 'Contact', 'Terms of Use'].join('\n');

  it('a menu of short lines above the headline is chrome, and the headline is the title', () => {
    const text = `${menu}\n\nFerry Route Approved After Two-Year Dispute\n\n${FERRY}\n\n${footer}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(1);
    expect(stories[0].title).toBe('Ferry Route Approved After Two-Year Dispute');
    const body = cleanBody(text, stories[0]);
    for (const chrome of ['Log Out', 'Business', 'Weather', 'Feedback', 'Terms of Use']) expect(body, chrome).not.toContain(chrome);
    expect(body).toContain('four sailings a day in summer');
  });

  it('a list of other stories\u2019 headlines between two articles is noise of neither', () => {
    const ticker = [
      'Most read',
      'Lighthouse keeper retires after forty years',
      'Storm closes mountain pass for a week',
      'Library opens late on Fridays',
      'Council votes on new bus lanes',
    ].join('\n');
    const text = `Ferry Route Approved After Two-Year Dispute\n\n${FERRY}\n\n${ticker}\n\nArden Valley Growers Expect Record Apple Harvest\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([
      'Ferry Route Approved After Two-Year Dispute',
      'Arden Valley Growers Expect Record Apple Harvest',
    ]);
    for (const s of stories) expect(cleanBody(text, s)).not.toContain('Lighthouse keeper retires');
  });
});
