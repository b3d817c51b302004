import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants, ORCHARD } from './helpers';

/**
 * A headline whose article opens with one short sentence (a standfirst: "Nobody saw it coming.")
 * under its read time and byline still leads into prose: the run of short lines around it (a
 * section label, a counter) is chrome, the headline is not, and it starts the next story.
 */
const FIRST = `Apple Growers Expect a Record Harvest\n\n${ORCHARD}`;
const SECOND = [
  'Ferry Fares Rise Across the Harbour',
  '',
  '5 min read',
  '',
  'Nobody saw it coming.',
  '',
  'Ferry operators in Velmora raised fares by a fifth on Tuesday, blaming fuel costs, and island families said they would ask the council to step in.',
  '',
  'The operators said the rise was the first in four years and that season tickets for island residents would cost the same as before.',
].join('\n');

describe('a headline over a one-sentence standfirst', () => {
  it('starts its own story after a run of chrome lines', () => {
    const text = `${FIRST}\n\n@velmora_news · 2h\nThread below.\nWorld\n\n${SECOND}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Apple Growers Expect a Record Harvest', 'Ferry Fares Rise Across the Harbour']);
  });

  it('starts its own story right after a block of related links', () => {
    const text = `${FIRST}\n\nRelated stories\nDock workers end their strike\n\nHarbour\n\n${SECOND}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Apple Growers Expect a Record Harvest', 'Ferry Fares Rise Across the Harbour']);
  });
});
