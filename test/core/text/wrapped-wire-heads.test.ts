import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants, ORCHARD } from './helpers';

/**
 * Hard-wrapped wire copy: its lines carry no final full stop, so they look like headlines. The
 * first line of a wrapped dateline lead is not the headline of a short headline above it, and a
 * line that goes on with the sentence above ("...this summer after" / "Storm Ava Lashed ...") is no
 * headline at all.
 */
const FIRST = `Apple Growers Expect a Record Harvest\n\n${ORCHARD}`;

describe('wrapped wire copy', () => {
  it('keeps a short headline over a wrapped dateline lead', () => {
    const lead = [
      'MARLOW - The ferry operators of Velmora raised their fares by a',
      'fifth on Tuesday, blaming the cost of fuel, and island families',
      'said they would ask the council to step in before the winter.',
      '',
      'The operators said the rise was the first in four years and that',
      'season tickets for island residents would cost the same as before.',
    ].join('\n');
    const text = `${FIRST}\n\n+++\n\nUPDATE 2\nFerries, Families Clash\n\n${lead}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Apple Growers Expect a Record Harvest', 'Ferries, Families Clash']);
  });

  it('does not start a story at a line that goes on with the sentence above', () => {
    const body = [
      'MARLOW, March 28 (VNA) - Tour operators fear for the state of the coast this summer after',
      'Storm Ava Lashed North Coast Towns and Velmora',
      'Bay.',
      '',
      'Bookings for the season have fallen by a third since the storm, the operators said on Monday, and some hotels have closed.',
    ].join('\n');
    const text = `${FIRST}\n\n\n\nStorm Fears Grow on the Coast\n\n${body}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Apple Growers Expect a Record Harvest', 'Storm Fears Grow on the Coast']);
  });
});
