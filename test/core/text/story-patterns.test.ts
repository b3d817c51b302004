import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants, noiseText, HARBOUR, ORCHARD } from './helpers';

// One test per pattern real dumps show, built from our own short texts (helpers.ts).

describe('story patterns', () => {
  it('wire copy: ALL-CAPS headlines, a "CITY, Month D -" dateline and a Reuters sign-off line split two stories', () => {
    const text = [
      'VELMORA APPROVES FERRY ROUTE TO TOLM',
      '',
      'VELMORA, March 3 (Reuters) - ' + HARBOUR,
      '',
      'Reuters',
      '',
      'ARDEN GROWERS EXPECT RECORD HARVEST',
      '',
      'KESSEL, March 4 - ' + ORCHARD,
      '',
      'Reuters',
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['VELMORA APPROVES FERRY ROUTE TO TOLM', 'ARDEN GROWERS EXPECT RECORD HARVEST']);
    expect(stories.map((s) => s.source)).toEqual(['Reuters', 'Reuters']);
    expect(cleanBody(text, stories[0])).not.toContain('\nReuters');
  });

  it('a section label and chrome above the headline never become the title', () => {
    const text =
      `Back to top\n\nWORLD\n\nFerry Route Approved After Two-Year Dispute\n\n${HARBOUR}\n\nShow ` +
      `comments (207)\n\nBusiness\n\nArden Valley Growers Expect Record Apple Harvest\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([
      'Ferry Route Approved After Two-Year Dispute',
      'Arden Valley Growers Expect Record Apple Harvest',
    ]);
    const first = cleanBody(text, stories[0]);
    for (const chrome of ['Back to top', 'WORLD', 'Show comments', 'Business']) expect(first, chrome).not.toContain(chrome);
  });

  it('article furniture (a timestamp, a "News" label, a "Video" label) does not split the article', () => {
    const text =
      `Ferry Route Approved After Two-Year Dispute\n\nPublished 06 Apr 2020, 05:23 IST\n\nNews\n\n` +
      `${HARBOUR}\n\nVideo\n\nThe board said the route would be reviewed after one year, once the ` +
      `ferry operators had published their passenger figures.\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(1);
    expect(stories[0].title).toBe('Ferry Route Approved After Two-Year Dispute');
  });

  it('a "(CNN) —" lead with no headline starts a story titled by its lead sentence, cut at a word with an ellipsis', () => {
    const lead =
      '(CNN) — Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and an unusually wet summer across the region.';
    const text = `Ferry Route Approved After Two-Year Dispute\n\n${HARBOUR}\n\n${lead}\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(2);
    expect(stories[1].title.endsWith('…')).toBe(true);
    const words = stories[1].title.slice(0, -1);
    expect(lead).toContain(words);
    expect(lead.slice(lead.indexOf(words) + words.length)[0]).toBe(' ');
    expect(words.startsWith('Apple growers')).toBe(true);
    expect(stories[1].source).toBe('CNN');
  });

  it('a "Story highlights" block starts a story', () => {
    const text =
      `Ferry Route Approved After Two-Year Dispute\n\n${HARBOUR}\n\nStory highlights\n\nGrowers expect` +
      ` a record harvest\n\nPickers are hard to find\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(2);
    expect(cleanBody(text, stories[0])).not.toContain('Story highlights');
    expect(stories[1].title).not.toBe('Story highlights');
  });

  it('a LexisNexis export: each document is a story, its header fields are metadata', () => {
    const doc = (n: number, title: string, body: string, date: string, byline: string): string =>
      [
        `                               ${n} of 2 DOCUMENTS`,
        '',
        '                              The Velmora Ledger',
        '',
        `                            ${date}`,
        '',
        title,
        '',
        `BYLINE: ${byline}`,
        '',
        'SECTION: NEWS; Pg. 4',
        '',
        'LENGTH: 412 words',
        '',
        body,
        '',
        'LOAD-DATE: March 5, 2024',
        '',
        'LANGUAGE: ENGLISH',
        '',
        'PUBLICATION-TYPE: Newspaper',
        '',
        '',
      ].join('\n');
    const text =
      doc(1, 'Ferry route approved after two-year dispute', HARBOUR, 'March 3, 2024 Sunday', 'Mara Lind') +
      doc(2, 'Growers expect record apple harvest', ORCHARD, 'March 4, 2024 Monday', 'Jon Hale');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry route approved after two-year dispute', 'Growers expect record apple harvest']);
    expect(stories.map((s) => s.date)).toEqual(['2024-03-03', '2024-03-04']);
    expect(stories.map((s) => s.source)).toEqual(['The Velmora Ledger', 'The Velmora Ledger']);
    for (const s of stories) {
      const body = cleanBody(text, s);
      for (const field of ['DOCUMENTS', 'BYLINE:', 'LENGTH:', 'LOAD-DATE:', 'LANGUAGE:', 'SECTION:'])
        expect(body, field).not.toContain(field);
    }
    expect(noiseText(text, stories[0])).toContain('BYLINE: Mara Lind');
  });

  it('a block of chrome between two stories ("Back to top", a pager) is no story of its own', () => {
    const text =
      `Ferry Route Approved After Two-Year Dispute\n\n${HARBOUR}\n\n\n\nBack to top\nPrevious page\n` +
      `Next page\n\n\n\nArden Valley Growers Expect Record Apple Harvest\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([
      'Ferry Route Approved After Two-Year Dispute',
      'Arden Valley Growers Expect Record Apple Harvest',
    ]);
  });

  it('page furniture inside an article (credits, ad and video labels, read time, cookie, newsletter and tag lines) is noise', () => {
    const furniture = [
      'We use cookies to improve your experience on this site.',
      '6 min read',
      'Image copyright Northlight Pictures',
      '— Advertisement —',
      'Click to play video',
      'Members of the crew at the quay. Credit: Harbour Photo Desk',
      'Follow @velmora_ledger for the latest updates',
      'You are receiving this email because you signed up for our newsletter.',
      'Tags: ferries, Tolm, harbour board',
    ];
    const [p1, p2] = HARBOUR.split('\n\n');
    const text =
      `Ferry Route Approved After Two-Year Dispute\n\n${furniture.slice(0, 3).join('\n\n')}\n\n${p1}\n` +
      `\n${furniture.slice(3, 6).join('\n\n')}\n\n${p2}\n\n${furniture.slice(6).join('\n\n')}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories).toHaveLength(1);
    const body = cleanBody(text, stories[0]);
    for (const f of furniture) expect(body, f).not.toContain(f);
    expect(body).toContain('four sailings a day in summer');
  });

  it('a page-title site suffix, a "Story by" byline and a row of share buttons never make the title', () => {
    const text =
      `Story by Mara Lind and Jon Hale\n\nSave  Share  Comment\n\nFerry Route Approved After Two-Year ` +
      `Dispute | The Velmora Ledger\n\nThe Velmora Ledger | March 3, 2024\n\n${HARBOUR}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved After Two-Year Dispute']);
    const body = cleanBody(text, stories[0]);
    for (const chrome of ['Story by', 'Save  Share', 'March 3, 2024']) expect(body, chrome).not.toContain(chrome);
  });

  it('a real headline that ends in a lower-case tail keeps it', () => {
    const text = `Harbour board will not extend the ferry pier - report\n\n${HARBOUR}\n`;
    expect(segmentDump(text).map((s) => s.title)).toEqual(['Harbour board will not extend the ferry pier - report']);
  });

  it('a stray line of chrome at the top of a story is not its title when the headline follows', () => {
    const text =
      `Ferry Route Approved After Two-Year Dispute\n\n${HARBOUR}\n\n\n\nMost popular right now\n\n` +
      `Arden Valley Growers Expect Record Apple Harvest\n\n${ORCHARD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual([
      'Ferry Route Approved After Two-Year Dispute',
      'Arden Valley Growers Expect Record Apple Harvest',
    ]);
  });
});
