import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants } from './helpers';

/** Paragraphs of our own invention. */
const QUARRY = [
  'The old quarry at Denholt will become a nature reserve, the county council decided on Tuesday after a long debate.',
  '',
  'Walkers have used the paths around the flooded pit for decades, and the council said it would keep them open.',
  '',
  'Work on new fences and a small car park is to begin in the spring, paid for by a grant from the regional fund.',
].join('\n');
const BRIDGE_LEAD =
  'Engineers closed the Varro bridge to lorries on Friday after cracks were found in two piers; repairs will take the winter.';
const BRIDGE = [
  'KESSLING, March 4 (Riverwire) — Lorries will have to take a forty-mile detour after the Varro bridge was closed.',
  '',
  'Hauliers said the detour would add hours to deliveries between the port and the inland depots.',
  '',
  'The county engineer said the bridge was built in 1962 and had last been repaired twenty years ago.',
].join('\n');

/**
 * A dateline opens a story's body. When the story's headline sits a few lines above it, over a
 * byline, a timestamp or a standfirst sentence, the dateline is that story's first body line and
 * no story of its own: the head block stays with its body.
 */
describe('a dateline under a headline block', () => {
  it('a standfirst between the headline and the dateline does not split the story', () => {
    const text = `Quarry To Become A Nature Reserve\n\n${QUARRY}\n\nVarro Bridge Closed To Lorries After Cracks Found\n\n${BRIDGE_LEAD}\n\n${BRIDGE}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Quarry To Become A Nature Reserve', 'Varro Bridge Closed To Lorries After Cracks Found']);
    expect(cleanBody(text, stories[1])).toContain('cracks were found in two piers');
  });

  it('a byline wrapped over two lines between the headline and the dateline does not split the story', () => {
    const byline = 'Kessling: By MARTA OKONJO and DAVID ELLERBY, For The Riverwire 3 hours, 12\nminutes ago';
    const text = `Quarry To Become A Nature Reserve\n\n${QUARRY}\n\nVarro Bridge Closed To Lorries\n\n${byline}\n\n${BRIDGE}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Quarry To Become A Nature Reserve', 'Varro Bridge Closed To Lorries']);
  });
});
