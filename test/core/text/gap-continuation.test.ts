import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants } from './helpers';

const GAP = '\n\n\n\n';

/**
 * Three or more blank lines separate stories in concatenated dumps, but scrapers also leave such
 * gaps inside one article where an image or ad slot was. Each row: a text, and the titles of the
 * stories the reader must see.
 */
const CASES: Array<{ why: string; text: string; titles: string[] }> = [
  {
    why: 'paragraph cut mid-sentence before the gap, capitalised proper noun after it: one article',
    text:
      `Harbour Talks Resume in Velmora\n\nNegotiators for the dock workers met the port authority on ` +
      `Monday and agreed that${GAP}Velmora's mayor would chair the next round, which is due to open on` +
      ` Thursday morning.\nBoth sides said progress was slow.`,
    titles: ['Harbour Talks Resume in Velmora'],
  },
  {
    why: 'paragraph ending with a colon before the gap: one article',
    text:
      `Rail Budget Passes After Long Night\n\nThe finance committee listed three conditions for the ` +
      `new funds, which ministers accepted in full:${GAP}Every line must publish its timetable a year ` +
      `ahead, and delays over an hour are refunded.\nThe budget takes effect in May.`,
    titles: ['Rail Budget Passes After Long Night'],
  },
  {
    why: 'lower-case continuation after the gap (already handled before): one article',
    text:
      `Ferry Route Opens Between Two Ports\n\nThe first crossing carried two hundred passengers and` +
      `${GAP}several trucks loaded with timber from the northern mills.\nMore sailings follow next ` +
      `week.`,
    titles: ['Ferry Route Opens Between Two Ports'],
  },
  {
    why: 'story ends with a full stop, next starts with a body paragraph: two stories',
    text:
      `Harbour Talks Resume in Velmora\n\nNegotiators met the port authority on Monday and agreed to ` +
      `meet again.${GAP}Fishing associations in both countries welcomed the accord on Sunday, although` +
      ` small-boat owners said the quotas were too low.\nThe ministers also discussed a ferry route.`,
    titles: [
      'Harbour Talks Resume in Velmora',
      'Fishing associations in both countries welcomed the accord on Sunday, although small-boat…',
    ],
  },
  {
    why: 'a headline after the gap opens a new story even when the paragraph before stops mid-sentence',
    text:
      `Harbour Talks Resume in Velmora\n\nNegotiators met the port authority on Monday, and the talks ` +
      `went on late into the evening with${GAP}Arden Parliament Approves Rail Budget\n\nLawmakers ` +
      `approved the budget after a session of nineteen hours.`,
    titles: ['Harbour Talks Resume in Velmora', 'Arden Parliament Approves Rail Budget'],
  },
  {
    why: 'a wire dateline after the gap opens a new story',
    text:
      `Harbour Talks Resume in Velmora\n\nNegotiators met the port authority on Monday, and the talks ` +
      `went on late into the evening with${GAP}KESSEL, May 16 (Reuters) – Arden and Tolmar signed a ` +
      `fisheries accord on Sunday, officials said.\nThe deal sets shared quotas.`,
    titles: ['Harbour Talks Resume in Velmora', 'Arden and Tolmar signed a fisheries accord on Sunday, officials said'],
  },
  {
    why: 'a story that ends on a closing quote after its full stop stays apart from the next',
    text:
      `Harbour Talks Resume in Velmora\n\nThe mayor said: “We will stay at the table for as long as it` +
      ` takes, and the harbour will reopen.”${GAP}Fishing associations in both countries welcomed the ` +
      `accord on Sunday, although small-boat owners said the quotas were too low.\nThe ministers also ` +
      `discussed a ferry route.`,
    titles: [
      'Harbour Talks Resume in Velmora',
      'Fishing associations in both countries welcomed the accord on Sunday, although small-boat…',
    ],
  },
  {
    why: 'a short subhead-like line before the gap is not taken for a cut sentence',
    text:
      `Harbour Talks Resume in Velmora\n\nNegotiators met the port authority on Monday and agreed to ` +
      `meet again.\nWhat Comes Next${GAP}Fishing associations in both countries welcomed the accord on` +
      ` Sunday, although small-boat owners said the quotas were too low.\nThe ministers also discussed` +
      ` a ferry route.`,
    titles: [
      'Harbour Talks Resume in Velmora',
      'Fishing associations in both countries welcomed the accord on Sunday, although small-boat…',
    ],
  },
];

describe('blank-line gaps inside one article', () => {
  for (const c of CASES) {
    it(c.why, () => {
      const stories = segmentDump(c.text);
      expectInvariants(c.text, stories);
      expect(stories.map((s) => s.title)).toEqual(c.titles);
    });
  }

  it('a merged article keeps the text on both sides of the gap in its clean body', () => {
    const [c] = CASES;
    const [s] = segmentDump(c.text);
    const body = cleanBody(c.text, s);
    expect(body).toContain('agreed that');
    expect(body).toContain('Both sides said progress was slow.');
  });
});
