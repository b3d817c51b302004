import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants } from './helpers';

/**
 * Dumps whose paragraphs sit on consecutive lines and whose stories are set apart by one blank
 * line: the wider gap ends a story even when the next one has no headline, but a blank line inside
 * one article (the same people, the same subject on both sides) does not, nor do the blank lines
 * between the paragraphs of hard-wrapped wire copy.
 */
const FERRY = [
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute with the island council that lasted two years.',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay of Velmora, with four sailings a day in summer.',
  'The island council had argued that the old route left Tolm without a ferry for most of the winter, so its fishermen could not reach the Velmora market.',
  'Under the new plan the harbour board pays for a second ferry, and the council of Tolm repairs the island pier before the first sailing in April.',
  'Passengers from Tolm will pay the same fare as before, the harbour board said, and freight rates for the fishermen of the island will fall by a fifth.',
];
const FERRY_MORE = [
  'The harbour master of Velmora said the second ferry would be moored at the northern quay overnight, so the first sailing to Tolm could leave at six.',
  'Fishermen on Tolm welcomed the earlier crossing, which they said would put their catch on the Velmora market before the morning auction.',
  'The council of Tolm expects the pier repairs to cost less than the board estimated, and the ferry operators will train two crews for the island route.',
];
const ORCHARD = [
  'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer, the growers association said on Friday.',
  'Orchard owners said pickers were hard to find, and several farms in the valley have raised wages to keep their crews until the end of October.',
  'The association asked the regional government to open its seasonal work programme earlier next year, so that growers can hire pickers from abroad in time.',
  'Cider makers said a large crop would keep prices low for their apples, while the juice plant near Arden plans to run a third shift through November.',
];

describe('story gaps wider than the paragraph gap', () => {
  it('splits two headline-less stories set apart by one blank line in a dump of newline paragraphs', () => {
    const text = `${FERRY.join('\n')}\n\n${ORCHARD.join('\n')}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(2);
    expect(cleanBody(text, stories[1])).toContain('Apple growers in the Arden valley');
    expect(cleanBody(text, stories[0])).not.toContain('Apple growers');
  });

  it('keeps one article whose newline paragraphs have a blank line inside', () => {
    const text = `${FERRY.join('\n')}\n\n${FERRY_MORE.join('\n')}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(1);
  });

  it('keeps one article of hard-wrapped paragraphs set apart by blank lines', () => {
    const wrap = (p: string): string => p.replace(/(.{50,64}?) /g, '$1\n');
    const text = `${[...FERRY, ...FERRY_MORE].map(wrap).join('\n\n')}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(1);
  });
});
