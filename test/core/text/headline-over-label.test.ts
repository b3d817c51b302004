import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants, HARBOUR, ORCHARD } from './helpers';

/**
 * A headline with a label or a one-line subhead under it ("At a Glance", "A franchise first")
 * before its lead: the short line is not the story's headline, and the longer line over it still
 * opens the story, so the story does not run into the one above.
 */
describe('a headline over a short label', () => {
  it.each(['At a Glance', 'A bumper year'])('opens its story over "%s"', (label) => {
    const headline = 'Arden Apple Growers Expect a Record Harvest This Autumn';
    const text = `Ferry Route Approved for Tolm\n\n${HARBOUR}\n\n${headline}\n\n${label}\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved for Tolm', headline]);
    expect(text.slice(stories[0].start, stories[0].end)).not.toContain('Apple');
  });
});
