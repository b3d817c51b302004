import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants, HARBOUR, ORCHARD } from './helpers';

/**
 * Wire credits under a story ("Ann Example contributed to this report", "With files from the
 * Velmora Press") are its fine print, not the headline of the next story, and they close the
 * story: what follows them, even a lead without a headline, is the next one.
 */
describe('credit lines under a story', () => {
  it('a "contributed to this report" line without a full stop is no headline', () => {
    const text = `Ferry Route Approved for Tolm\n\n${HARBOUR}\n\nAnn Example in Tolm and Bo Sample in Marlow contributed to this report\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)[1]).not.toContain('contributed');
    expect(cleanBody(text, stories[0])).not.toContain('contributed');
  });

  it('a "With files from" credit closes its story', () => {
    const text = `Ferry Route Approved for Tolm\n\n${HARBOUR}\n\nWith files from the Velmora Press\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(2);
    expect(cleanBody(text, stories[1])).toContain('Apple growers in the Arden valley');
    expect(cleanBody(text, stories[0])).not.toContain('Apple growers');
  });
});
