import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants, HARBOUR, ORCHARD } from './helpers';

/**
 * The bullets of a "Story highlights" block sum up the article below them. Each is a short
 * headline-like line over prose, but none heads a story of its own: the story begins at the
 * headline above the block.
 */
describe('story highlights bullets', () => {
  it('stay in the head of the story they sum up', () => {
    const text = [
      'Ferry Route Approved for Tolm',
      '',
      HARBOUR,
      '',
      'Apple Growers Expect a Record Harvest',
      'Story highlights',
      'Growers in the Arden valley say a mild spring and a wet summer will fill their barns',
      'Farms raise wages for pickers',
      `Arden (CNN) ${ORCHARD}`,
      '',
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved for Tolm', 'Apple Growers Expect a Record Harvest']);
  });
});
