import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants } from './helpers';

/** An article of our own, then the site's list of other stories: headline, date, first words cut off. */
const ARTICLE = [
  'Ferry Route To Tolm Approved',
  '',
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted for two years.',
  '',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
  '',
  'The board said the route would be reviewed after one year, once the operators had published their passenger figures for the season.',
].join('\n');
const TEASERS = [
  'Arden Growers Expect Record Apple Harvest   Jan 16, 7:00 AM',
  'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer, and several farms have...',
  'Velmora Council Votes To Rebuild The Old Pier   Jan 16, 7:00 AM',
  'The town council of Velmora voted on Tuesday to rebuild the old pier, which was closed to the public after the storms of last winter,...',
  'Tolm Islanders Welcome Their First Doctor In Years   Jan 15, 8:30 AM',
  'For the first time in more than a decade the island of Tolm has a doctor of its own, after the health board agreed to fund the…',
].join('\n');

describe('a list of other stories, each a headline over its cut-off first sentence', () => {
  it('is teaser noise of the article above, not a story of its own nor part of its text', () => {
    const text = `${ARTICLE}\n\n${TEASERS}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route To Tolm Approved']);
    const body = cleanBody(text, stories[0]);
    expect(body).toContain('reviewed after one year');
    expect(body).not.toContain('rebuild the old pier');
    expect(body).not.toContain('Arden Growers Expect Record Apple Harvest');
  });
});
