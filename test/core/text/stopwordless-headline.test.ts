import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants } from './helpers';

/**
 * A Title Case headline of eight words or more can have no stopword at all ("Orchards, Pickers
 * Still Awaiting Harvest Wages"); the stopword test that tells a list of names from prose must not
 * make it chrome, or the section label above it becomes the story's title.
 */
const FERRY = [
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted for two years.',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
].join('\n');
const ORCHARD = [
  'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer, and pickers are hard to find.',
  'Orchard owners said several farms have raised wages to keep their crews until the end of October.',
].join('\n');

describe('a headline with no stopword', () => {
  it('is the title of its story, not chrome under a section label', () => {
    const headline = 'Arden Valley Orchards, Fruit Pickers Still Awaiting Harvest Wages';
    const meta = 'By Ann Lund\nPosted on 04/04/2025 at 5:44 pm\n3 min read';
    const text = `Ferry Route Approved After Two-Year Dispute\n\n${FERRY}\n\nFarming | Analysis\n\n${headline}\n\n${meta}\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved After Two-Year Dispute', headline]);
  });
});
