import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants, HARBOUR, ORCHARD } from './helpers';

// Each test strings our own short texts (HARBOUR, ORCHARD in helpers.ts) into one boundary pattern of real multi-story dumps.

const titles = (text: string): (string | null)[] => {
  const stories = segmentDump(text);
  expectInvariants(text, stories);
  return stories.map((s) => s.title);
};

describe('story boundaries', () => {
  it('a teaser block does not swallow the next headline when a timestamp line sits under it', () => {
    const text = [
      'Arden Valley Growers Expect Record Apple Harvest',
      '',
      ORCHARD,
      '',
      'Related stories',
      'Quarry Expansion Plan Goes to Public Vote',
      'Night Trains Return to the Coastal Line',
      '',
      'Ferry Route Approved After Two-Year Dispute',
      '',
      'By Anna Kessel',
      'First published Monday 4 May 2009',
      '',
      HARBOUR,
    ].join('\n');
    expect(titles(text)).toEqual(['Arden Valley Growers Expect Record Apple Harvest', 'Ferry Route Approved After Two-Year Dispute']);
  });

  it('an agency line under a byline does not take the headline from the story', () => {
    const text = [
      'Arden Valley Growers Expect Record Apple Harvest',
      '',
      ORCHARD,
      'Compiled by the Kessel Wire desk',
      '',
      'Ferry Route Approved After Two-Year Dispute',
      '',
      'By Marta Oslen',
      'Kessel Wire Service',
      '',
      HARBOUR,
    ].join('\n');
    expect(titles(text)).toEqual(['Arden Valley Growers Expect Record Apple Harvest', 'Ferry Route Approved After Two-Year Dispute']);
  });
});

describe('teaser lists', () => {
  it('headline-and-first-sentence teasers printed back to back are no stories', () => {
    const text = [
      'Arden Valley Growers Expect Record Apple Harvest',
      '',
      ORCHARD,
      '',
      'Elsewhere on the Kessel Courier',
      'Quarry Expansion Plan Goes to Public Vote',
      'Residents of Brenn will decide in June whether the limestone quarry north of the town may grow by a third.',
      'Night Trains Return to the Coastal Line',
      'The overnight service between Velmora and Port Aske resumes next month after a gap of eleven years.',
      'Museum Reopens After Roof Repairs',
      'The city museum welcomed its first visitors in a year on Saturday, with free entry for the weekend.',
      '',
      'Ferry Route Approved After Two-Year Dispute',
      '',
      HARBOUR,
    ].join('\n');
    expect(titles(text)).toEqual(['Arden Valley Growers Expect Record Apple Harvest', 'Ferry Route Approved After Two-Year Dispute']);
  });

  it('headlines each over their age ("8 hours ago") are a teaser list, not stories', () => {
    const text = [
      'Arden Valley Growers Expect Record Apple Harvest',
      '',
      ORCHARD,
      '',
      "Don't miss",
      'Here is how the quarry on the hill above Brenn could grow by a third if the town votes for it',
      '8 hours ago',
      'Why the night trains are coming back to the coastal line after a gap of eleven years',
      '17 hours ago',
      'The city museum is open again after a year of repairs to its roof and its east wing',
      '5 hours ago',
      '',
      'Ferry Route Approved After Two-Year Dispute',
      '',
      HARBOUR,
    ].join('\n');
    expect(titles(text)).toEqual(['Arden Valley Growers Expect Record Apple Harvest', 'Ferry Route Approved After Two-Year Dispute']);
  });

  it('a story of one paragraph after another headline keeps its text', () => {
    const text = [
      'Arden Valley Growers Expect Record Apple Harvest',
      ORCHARD.replace('\n\n', '\n'),
      'Ferry Route Approved After Two-Year Dispute',
      HARBOUR.replace('\n\n', '\n'),
    ].join('\n');
    expect(titles(text)).toEqual(['Arden Valley Growers Expect Record Apple Harvest', 'Ferry Route Approved After Two-Year Dispute']);
  });
});

describe('scored story starts', () => {
  it('a subhead over a paragraph about the people the article already named does not split it', () => {
    const text = [
      'Ferry Route Approved After Two-Year Dispute',
      'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute over the northern quay.',
      'Board chairman Anselm Grieve said the boats would carry passengers and freight, with four crossings a day in the summer season.',
      'Grieve said the Tolm council had agreed to share the cost of a new pier, and that ticket prices for islanders would stay the same.',
      'Opponents of the route, led by the Velmora fishermen, said the crossings would crowd the harbour during the herring season.',
      'A Levy Nobody Wanted',
      'Shopkeepers on Tolm fear higher taxes will follow, and several families say their rents already climbed last winter.',
      'Older people recall how an earlier charge for a school went unpaid for years, leaving debts that Grieve now wants written off.',
      'A petition signed by two hundred people demands a referendum before any contract is signed with builders from the mainland.',
    ].join('\n');
    expect(titles(text)).toEqual(['Ferry Route Approved After Two-Year Dispute']);
  });
});

describe('titles', () => {
  it('a breadcrumb, a kicker or a byline with its desk above the headline is never the title', () => {
    const text = [
      'Home › Velmora',
      'Ferry Route Approved After 2-Year Dispute',
      '',
      HARBOUR,
      '',
      '',
      '',
      'Politics | Analysis',
      '',
      'Why the apple growers of the Arden valley are worried about a record harvest this year',
      '',
      ORCHARD,
      '',
      '',
      '',
      'Marta Oslen | Senior Correspondent',
      'Night Trains Return to the Coastal Line',
      '',
      HARBOUR.replace('Velmora', 'Port Aske'),
    ].join('\n');
    expect(titles(text)).toEqual([
      'Ferry Route Approved After 2-Year Dispute',
      'Why the apple growers of the Arden valley are worried about a record harvest this year',
      'Night Trains Return to the Coastal Line',
    ]);
  });
});

describe('headlines among page chrome', () => {
  it('a headline keeps its place under chrome when a desk byline, a date, a counter and a caption come before its text', () => {
    const text = [
      'Arden Valley Growers Expect Record Apple Harvest',
      '',
      ORCHARD,
      '',
      'Back to top',
      'Filed under: Farming',
      '',
      'Quarry Expansion Plan Goes to Public Vote',
      '',
      'Marta Oslen | Staff Writer',
      'Business Desk',
      'Thursday, 10 January 2008',
      'Share  395',
      '',
      'Residents look on. Credit: Studio Arden',
      '',
      HARBOUR,
    ].join('\n');
    expect(titles(text)).toEqual(['Arden Valley Growers Expect Record Apple Harvest', 'Quarry Expansion Plan Goes to Public Vote']);
  });
});

describe('hard-wrapped wire copy', () => {
  it('a wrapped line that starts with a name does not split the paragraph', () => {
    const text = [
      'VELMORA APPROVES FERRY ROUTE TO TOLM',
      '',
      '  VELMORA, March 3 - The harbour board of Velmora approved a new ferry',
      '  route to the island of Tolm on Monday, ending a dispute that had lasted',
      '  for two years, and said the first crossings would begin in the spring.',
      '',
      '  Separately, police in the northern district said they had arrested two',
      '  Brenn Valley Quarry Company employees and a lorry driver for Harrow',
      '  Freight Lines, suspected of selling explosives from storage sheds.',
      '',
      '  Opponents of the route said the crossings would crowd the harbour in',
      '  the herring season, when fishing boats use the northern quay at night.',
    ].join('\n');
    expect(titles(text)).toEqual(['VELMORA APPROVES FERRY ROUTE TO TOLM']);
  });
});

describe('chrome blocks', () => {
  it('a footer of links with a few sentences in it is no story of its own', () => {
    const links = Array.from({ length: 90 }, (_, k) => `Section link ${k + 1}`);
    const text = [
      'Ferry Route Approved After Two-Year Dispute',
      '',
      HARBOUR,
      '',
      '',
      '',
      ...links.slice(0, 45),
      '',
      'The Kessel Courier is published by Kessel Media, which also runs the weekly papers of the northern valleys and a radio station.',
      '',
      'Readers who spot an error in one of our stories can write to the editor, who will answer every letter within a week of receiving it.',
      '',
      'Our reporters follow the code of practice of the press council, and complaints about coverage may be sent to the council directly.',
      '',
      ...links.slice(45),
    ].join('\n');
    expect(titles(text)).toEqual(['Ferry Route Approved After Two-Year Dispute']);
  });
});

describe('datelines without an agency', () => {
  it('a story with no headline that opens with "PLACE - " starts a story', () => {
    const text = [
      'Ferry Route Approved After Two-Year Dispute',
      HARBOUR.replace('\n\n', '\n'),
      'KESSEL, Conn. - Apple growers in the Arden valley expect a record harvest this autumn after a mild spring, the growers said.',
      'Orchard owners said pickers were hard to find, and several farms have raised wages to keep their crews until the end of October.',
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(2);
    expect(text.slice(stories[1].start, stories[1].start + 14)).toBe('KESSEL, Conn. ');
  });
});
