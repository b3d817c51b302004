import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants } from './helpers';

/** A byline or source line right after the last sentence of a story (or after its footer) opens the next story, with or without a headline. */
const FERRY = [
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted for two years.',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
].join('\n');
const ORCHARD = [
  'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer, their association said.',
  'Orchard owners said pickers were hard to find, and several farms have raised wages to keep their crews until the end of October.',
].join('\n');

describe('a byline or source line between two stories', () => {
  it.each([
    ['after the last sentence', `${FERRY}\n\nBy MARTA LUND\n\n${ORCHARD}\n`],
    ['after a footer line', `${FERRY}\n\nShare this story\n\nBy MARTA LUND\n\n${ORCHARD}\n`],
    ["an aggregator's source line", `${FERRY}\n\nvia Harbour Post Wire\n${ORCHARD}\n`],
  ])('%s starts a story', (_, body) => {
    const text = `Ferry Route Approved After Two-Year Dispute\n\n${body}`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(2);
    expect(text.slice(stories[1].start)).toMatch(/^(?:By MARTA LUND|via Harbour Post Wire)/);
  });

  it('under a headline it does not split the headline off', () => {
    const text = `Ferry Route Approved After Two-Year Dispute\n\n${FERRY}\n\nArden Growers Expect Record Harvest\n\nBy MARTA LUND\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved After Two-Year Dispute', 'Arden Growers Expect Record Harvest']);
  });
});
