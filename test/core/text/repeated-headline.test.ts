import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants } from './helpers';

/** Two short articles of our own, saved from web pages one after the other. */
const FERRY = [
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted for two years.',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
].join('\n\n');
const ORCHARD = [
  'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer.',
  'Orchard owners said pickers were hard to find, and several farms have raised wages to keep their crews until the end of October.',
].join('\n\n');

describe('a headline printed twice (page title, then the on-page headline)', () => {
  for (const pageTitle of ['Arden Growers Expect Record Apple Harvest', 'Arden Growers Expect Record Apple Harvest | The Valley Ledger']) {
    it(`starts the story at its first copy: ${JSON.stringify(pageTitle)}`, () => {
      const head = `${pageTitle}\nArden Growers Expect Record Apple Harvest\nPhotograph: Lena Varga/Hillside Pictures\n\n`;
      const text = `Ferry Route To Tolm Approved\n\n${FERRY}\n\nShare this article\nFollow us on Facebook\nSPORT\n\n${head}${ORCHARD}\n`;
      const stories = segmentDump(text);
      expectInvariants(text, stories);
      expect(stories).toHaveLength(2);
      // Neither copy of the headline is left behind as the tail of the story before.
      expect(stories[1].start).toBe(text.indexOf(pageTitle));
      expect(stories[1].title).toContain('Arden Growers Expect Record Apple Harvest');
      expect(cleanBody(text, stories[1])).toContain('record harvest this autumn');
    });
  }
});
