import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants, HARBOUR } from './helpers';

/**
 * Wire copy wraps its lead at a fixed width, so the lead's first line can read like a second
 * headline under the real one ("Arden Valley Growers Association Chairman Ann Example and Deputy
 * Bo": Title Case, no full stop). The lines under it at the same width say it is the top of a
 * wrapped paragraph: the headline above still leads into prose and opens its story.
 */
const LEAD = [
  'Arden Valley Growers Association Chairman Ann Example and Deputy Bo',
  'Sample will visit the flooded orchards on Tuesday morning to inspect',
  'damaged trees, packing sheds and roads across the southern valley.',
  '',
  'A spokesman for the association said pickers would be paid for the',
  'days lost, and that the harvest would resume once the roads reopen.',
].join('\n');

describe('a headline over a wrapped lead whose first line looks like a headline', () => {
  it('opens its story', () => {
    const headline = 'Arden Growers Count the Cost of the Storm';
    const text = `Ferry Route Approved for Tolm\n\n${HARBOUR}\n\n${headline}\n${LEAD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved for Tolm', headline]);
    expect(cleanBody(text, stories[1])).toContain('Sample will visit the flooded orchards');
  });
});
