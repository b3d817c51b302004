import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants } from './helpers';

/**
 * A headline may ask and answer in one line ("Not Gone? Sightings Give Hope"): a question or
 * exclamation mark (or an ellipsis) inside it ends no caption sentence, so the line is not furniture and a page's
 * header chrome does not swallow it.
 */
const FERRY = [
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted for two years.',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
].join('\n');

describe('a headline with a question or exclamation inside', () => {
  it('is the title under a page header', () => {
    const headline = 'Finally Settled? Ferry Route to Tolm Approved After Long Dispute';
    const header =
      'Accept | Manage settings\nSkip to main content\nHarbour Post\nHome  Travel  Sport  Opinion  Business  World\n\nHarbour Post — Edition: US';
    const text = `${header}\n\n${headline}\n\n${FERRY}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([headline]);
  });

  it('an ellipsis inside a headline ends no sentence either', () => {
    const headline = 'Awkward... Ferry Captain Locked Out of His Own Wheelhouse';
    const header =
      'Accept | Manage settings\nSkip to main content\nHarbour Post\nHome  Travel  Sport  Opinion  Business  World\n\nHarbour Post — Edition: US';
    const text = `${header}\n\n${headline}\n\n${FERRY}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([headline]);
  });
});
