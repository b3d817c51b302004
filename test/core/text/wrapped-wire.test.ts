import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants } from './helpers';

/** Two wire stories of our own, hard-wrapped at about 62 columns as agency feeds print them. */
const FERRY = [
  'VELMORA (Coastwire) -- The harbour board approved a new ferry',
  'route to the island of Tolm on Monday, ending a dispute that had',
  'lasted for two years between the operators and the council.',
  '',
  'Ferry operators said the first crossings would carry passengers',
  'and freight from the northern quay, with four sailings a day in',
  'summer and two in winter, starting in the first week of May.',
].join('\n');
const ORCHARD = [
  'ARDEN, Valley Province (Coastwire) -- Apple growers expect a',
  'record harvest this autumn after a mild spring and a wet summer,',
  'the growers association said in its report on Thursday.',
  '',
  'Orchard owners said pickers were hard to find this year, and that',
  'several farms have raised wages to keep their crews until the end',
  'of October, when the last of the late varieties comes in.',
].join('\n');

describe('hard-wrapped wire stories', () => {
  it('a headline whose byline and wrapped first paragraph follow after a story footer starts a story', () => {
    const text = `Ferry Route To Tolm Approved\n\n${FERRY}\n\nENDS\n\nArden Growers Expect Record Apple Harvest\n\nBy MARTA OKONJO\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route To Tolm Approved', 'Arden Growers Expect Record Apple Harvest']);
    // The wrapped lines of the first paragraph are body, not chrome.
    expect(cleanBody(text, stories[1])).toContain('record harvest this autumn after a mild spring');
  });

  it('the first line of a wrapped paragraph that turns to new people is not a headline', () => {
    // "Fishermen ... leader" reads like a headline (capital, no full stop, new names below, no word
    // shared with the story above), but the line under it runs to the same width and goes on.
    const more = [
      'Fishermen in the north were never consulted, said cooperative leader',
      'Marta Olsen, who wants compensation for the herring crews of Kessa and',
      'Brisk, and a survey of the spawning grounds before the spring thaw.',
    ].join('\n');
    const text = `Ferry Route To Tolm Approved\n\n${FERRY}\n\n${more}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route To Tolm Approved']);
  });
});
