import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { allClean, expectInvariants } from './helpers';

/**
 * Below the article a comment widget opens with its header ("Comments (3)"); each comment after
 * it is a reader's, however long, not more of the article.
 */
const ARTICLE = [
  'Harbour Board Approves New Ferry Route to Tolm',
  '',
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted two years.',
  '',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day.',
  '',
  'The operator expects to hire twenty crew members before the first sailing in May, most of them from the island itself.',
  '',
  'Islanders had asked for a direct crossing since the old pier closed, and the board said the route would be reviewed after one season.',
  '',
  'Shipping agents welcomed the decision, which they said would bring more freight to the northern quay and shorten deliveries to Tolm.',
].join('\n');

const LONG_COMMENT = [
  'I have taken the old ferry for thirty years and it was always late, so I will believe the new one when I see it on the water.',
  'The board promised the same thing before the last election and nothing came of it, and the islanders paid for the survey twice.',
  'Still, if they really hire crew from the island that is good news for the young people here, who have had to leave for work.',
].join('\n');

describe('comments below the article', () => {
  it('a long comment after the comment header is noise', () => {
    const meta = (n: number): string => `${n}.\nMay 4th, 2021, 9:15 am\n\n`;
    const text =
      `${ARTICLE}\n\nComments (2)\n\nE-mail this\nShare\nPrint\n\n` +
      `${meta(1)}Good news for the island at last.\n\n— Posted by Ann\n\n` +
      `${meta(2)}${LONG_COMMENT}\n\n— Posted by Per\n\nAdd your comments...\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    const clean = allClean(text, stories);
    expect(clean).toContain('twenty crew members');
    expect(clean).not.toContain('thirty years');
  });
});
