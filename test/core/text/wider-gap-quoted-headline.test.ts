import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants, HARBOUR } from './helpers';

/**
 * A story gap is measured against the paragraph ends around it (paragraph-gaps.ts). A headline
 * that opens with a quote ("'We Will ...,' Say ...") follows the last paragraph of the story
 * above like any other paragraph: the gap above it counts as a paragraph end. Left out, the gap
 * above the story's short last paragraph looked wider than the newline paragraphs of the next
 * story, and that paragraph went to the next story.
 */
const NEXT = [
  'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer, the growers association said.',
  'Orchard owners said pickers were hard to find, and several farms have raised wages to keep their crews until the end of October.',
  'Cider makers said a large crop would keep prices low for their apples this winter.',
  'The juice plant near Arden plans to run a third shift through November, its manager said.',
].join('\n');

describe('a quoted headline after a short last paragraph', () => {
  it('leaves that paragraph with its own story', () => {
    const last = 'Local schools will close early on Fridays this term.';
    const headline = "'We Will Pick Until the Last Apple on the Last Tree,' Say the Growers of the Arden Valley";
    const text = `Ferry Route Approved for Tolm\n\n${HARBOUR}\n\n${last}\n\n${headline}\n\n${NEXT}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved for Tolm', headline]);
    expect(cleanBody(text, stories[0])).toContain(last);
  });
});
