import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { isTitleLike } from '../../../electron/core/text/lines';
import { expectInvariants, HARBOUR, ORCHARD } from './helpers';

// Windows-1252 quote bytes (0x91–0x94) a dump decoded as Latin-1 keeps as C1 controls, around our own short texts (helpers.ts).

describe('C1 quote bytes in headlines', () => {
  it('a headline opening with a C1 quote byte (U+0091, U+0093) is title-like; a long teaser snippet is not', () => {
    expect(isTitleLike('\u0091Lost\u0092 Lighthouse Keeper Found Safe')).toBe(true);
    expect(isTitleLike('\u0093Never Again\u0094 Says Ferry Captain')).toBe(true);
    expect(
      isTitleLike('\u0091The ferry route is\u0092 nothing new for the island, but the board has still to find the money for it …'),
    ).toBe(false);
  });

  it('a sentence closed inside a C1 quote byte (U+0092) is not title-like', () => {
    expect(isTitleLike('The ferry is late again.\u0092')).toBe(false);
  });

  it('the story under a C1-quoted headline takes it as its title', () => {
    const text = [
      '\u0091Lost\u0092 Lighthouse Keeper Found Safe',
      '',
      HARBOUR,
      '',
      '',
      'Arden Growers Expect Record Harvest',
      '',
      'KESSEL, March 4 (Nordwire) - ' + ORCHARD,
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories[0].title).toBe('\u0091Lost\u0092 Lighthouse Keeper Found Safe');
  });
});
