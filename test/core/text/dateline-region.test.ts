import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../../electron/core/text/datelines';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants } from './helpers';

/** A wire dateline may name the place's region or country before the agency: "CHENNAI, India (AFP) —". */
describe('a dateline with a region', () => {
  it.each([
    ['VELMORA, Nordland (Reuters) — The harbour board approved a ferry route on Monday.', 'Reuters'],
    ['TOLM, North Isles, March 3 (AP) -- Ferry crews went back to work on Monday.', 'AP'],
  ])('%s', (line, source) => {
    expect(matchDateline(line)?.source).toBe(source);
  });

  it('starts a wire story glued to the footer of the story before', () => {
    const ferry = [
      'VELMORA (Reuters) - The harbour board of Velmora approved a new',
      'ferry route to the island of Tolm on Monday, ending a dispute that',
      'had lasted for two years between the operators and the council.',
    ].join('\n');
    const orchard = [
      'ARDEN, Valleyland (Reuters) — Apple growers in the valley expect',
      'a record harvest this autumn after a mild spring and a wet summer,',
      'the growers association said in its report on Thursday.',
    ].join('\n');
    const text = `${ferry}\n\n-30-\n(Adds quotes, background)\n${orchard}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(2);
    expect(stories[1].source).toBe('Reuters');
    expect(text.slice(stories[1].start)).toMatch(/^ARDEN/);
  });
});
