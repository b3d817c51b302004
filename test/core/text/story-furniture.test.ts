import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants, HARBOUR, ORCHARD } from './helpers';

// Furniture between a headline and its prose, and footers that end a story, around our own short texts (helpers.ts).

describe('story furniture', () => {
  it('a desk byline ("Staff Writer") under the headline is neither the title nor, with the name above it, a story start', () => {
    const text = [
      'Ferry Route Approved After Long Dispute',
      'Harbour Desk Writer',
      '',
      HARBOUR,
      '',
      '',
      'Arden Growers Expect Record Harvest',
      '',
      'Mara Lindqvist',
      'Valley Correspondent',
      '',
      'KESSEL, March 4 (Nordwire) - ' + ORCHARD,
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved After Long Dispute', 'Arden Growers Expect Record Harvest']);
    expect(cleanBody(text, stories[0])).not.toContain('Harbour Desk Writer');
    expect(cleanBody(text, stories[1])).not.toContain('Valley Correspondent');
  });

  it('page buttons between a headline and its prose ("Print this article", "Enter your email address") are chrome, not the title', () => {
    const text = [
      'Ferry Route Approved After Long Dispute',
      '',
      'Print this article',
      '',
      HARBOUR,
      '',
      'Get the Velmora Post morning briefing in your inbox',
      'Enter your email address',
      'Sign up',
      '',
      '',
      'Arden Growers Expect Record Harvest',
      '',
      ORCHARD,
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved After Long Dispute', 'Arden Growers Expect Record Harvest']);
    const first = cleanBody(text, stories[0]);
    for (const chrome of ['Print this article', 'Enter your email address']) expect(first, chrome).not.toContain(chrome);
  });

  it('a "Read the full story" link ends a teaser: the headline-less lead after it starts the next story', () => {
    const text = [
      'Ferry Route Approved After Long Dispute',
      HARBOUR,
      'Read the full story at the Velmora Post',
      '',
      'Source: Arden Courier',
      'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer, the association said on Friday.',
      'Orchard owners said pickers were hard to find, and several farms have raised wages to keep their crews until the end of October.',
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(2);
    expect(stories[0].title).toBe('Ferry Route Approved After Long Dispute');
    expect(text.slice(stories[1].start, stories[1].end)).toContain('Apple growers in the Arden valley');
    expect(text.slice(stories[0].start, stories[0].end)).not.toContain('Apple growers');
    expect(cleanBody(text, stories[0])).not.toContain('Read the full story');
  });

  it('a masthead over its section ("Velmora Post — Top stories") is not the title of the story under it', () => {
    const text = [
      'Velmora Post — Top stories',
      '',
      'Source: Velmora Post',
      'Ferry route approved after a long dispute over the northern quay - Velmora Post',
      'Story highlights',
      '',
      'The board voted on Monday after two years of talks',
      'Sailings start in the summer',
      '',
      HARBOUR,
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry route approved after a long dispute over the northern quay']);
  });

  it('the fine print right under a copyright line stays in the story it closes', () => {
    const text = [
      'Ferry Route Approved After Long Dispute',
      '',
      HARBOUR,
      '© 2024 Velmora Post. All rights reserved.',
      'This material may not be published, broadcast, rewritten or redistributed in any form without permission.',
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(1);
  });
});
