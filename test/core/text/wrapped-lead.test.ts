import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants, ORCHARD } from './helpers';

/**
 * Wire copy wraps its prose at about 65 characters, so no line of its lead is a long sentence.
 * A headline over a standfirst and such a hard-wrapped lead still opens an article: it ends the
 * related-links block above it, and the chrome-run pass keeps it as a headline.
 */
const FIRST = `Apple Growers Expect a Record Harvest\n\n${ORCHARD}`;
const WRAPPED = [
  'Mon 23 Oct 2017 15.28 GMT',
  '',
  'Nobody saw it coming.',
  '',
  'In brief: the ferry operators of Velmora raised their fares by',
  'a fifth on Tuesday, blaming the cost of fuel, and island families',
  'said they would ask the council to step in before the winter.',
  '',
  'The operators said the rise was the first in four years and that',
  'season tickets for island residents would cost the same as before.',
].join('\n');

describe('a headline over a hard-wrapped lead', () => {
  it('ends a related-links block and starts its own story', () => {
    const text = `${FIRST}\nMore on: Harbour, Council\n\nFerry Fares Rise Across the Whole Harbour\n\n${WRAPPED}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Apple Growers Expect a Record Harvest', 'Ferry Fares Rise Across the Whole Harbour']);
  });

  it('is no chrome under a run of labels', () => {
    const text = `${FIRST}\n\nShare\nWORLD\nFerry Fares Rise Across the Whole Harbour\n\n${WRAPPED}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Apple Growers Expect a Record Harvest', 'Ferry Fares Rise Across the Whole Harbour']);
  });
});
