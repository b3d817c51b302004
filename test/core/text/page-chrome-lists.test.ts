import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants } from './helpers';

/** An article of our own, as a whole-page text dump would hold it. */
const ARTICLE = [
  'Ferry Route To Tolm Approved',
  '',
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted for two years.',
  '',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
  '',
  'The board said the route would be reviewed after one year, once the operators had published their passenger figures for the season.',
].join('\n');

const longest = (stories: ReturnType<typeof segmentDump>) => stories.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));

describe('page chrome around the main article of a whole-page dump', () => {
  it('a section label printed three or more times in a menu is chrome, not a headline printed twice', () => {
    const menu = ['Regions', 'Harbour', 'Islands', 'Coast', 'Harbour', 'Valleys', 'Harbour', 'Uplands', 'Harbour', 'Settings'].join('\n');
    const text = `${menu}\n\n${ARTICLE}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    const body = cleanBody(text, longest(stories));
    expect(body).toContain('reviewed after one year');
    expect(body).not.toContain('Harbour');
  });

  it('a list of other stories, each a headline over its section and time and one sentence, is teaser noise', () => {
    const teasers = [
      'More Harbour News',
      'Arden Growers Expect Record Apple Harvest',
      'Harbour News - March 4, 2021, 10:02:38 AM',
      'Apple growers in the Arden valley expect a record harvest this autumn after a mild spring and a wet summer.',
      'Velmora Council Votes To Rebuild The Old Pier',
      'Harbour News - March 3, 2021, 4:20:47 PM',
      'The town council of Velmora voted on Tuesday to rebuild the old pier, which was closed after the storms.',
      'Tolm Islanders Welcome Their First Doctor In Years',
      'Harbour News - March 3, 2021, 9:41:29 AM',
      'For the first time in more than a decade the island of Tolm has a doctor of its own.',
    ].join('\n');
    const text = `${ARTICLE}\n\n${teasers}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    const body = cleanBody(text, longest(stories));
    expect(body).toContain('reviewed after one year');
    expect(body).not.toContain('rebuild the old pier');
    expect(body).not.toContain('Arden Growers Expect Record Apple Harvest');
  });
});

describe('the page after the article of a whole-page dump', () => {
  it('small islands of prose between menus and footers after the article are chrome; the article keeps all its paragraphs', () => {
    const tail = [
      'Share',
      'Tweet',
      'Email',
      'Most Read',
      'Sign up for our morning newsletter and get the headlines from the harbour delivered to your inbox every day.',
      'About Us',
      'Contact',
      'Jobs',
      'Residents of the valley were told to boil their water after the storm damaged the treatment plant, officials said.',
      'Terms',
      'Privacy',
    ].join('\n');
    const text = `${ARTICLE}\n\n${tail}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    const body = cleanBody(text, longest(stories));
    for (const para of ARTICLE.split('\n\n')) expect(body).toContain(para);
    expect(body).not.toContain('morning newsletter');
    expect(body).not.toContain('boil their water');
  });
});

describe('the headline of a whole-page dump', () => {
  it('is the long headline over the prose, not a short button or label above it', () => {
    const head = ['Email this article', 'Print this page', 'Council Votes to Open the New Ferry Route to the Island of Tolm'].join('\n');
    const body = ARTICLE.split('\n\n').slice(1).join('\n\n');
    const text = `${head}\n\n${body}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(longest(stories).title).toBe('Council Votes to Open the New Ferry Route to the Island of Tolm');
    expect(cleanBody(text, longest(stories))).not.toContain('Email this article');
  });
});

describe('the page before the article of a whole-page dump', () => {
  it('a teaser blurb between menus above the article is chrome; the article keeps its headline and paragraphs', () => {
    const head = [
      'Home',
      'Regions',
      'Sport',
      'Weather',
      'Lambs sold well at the Arden market this spring, farmers said.',
      'Jobs',
      'Contact',
      'Login',
    ].join('\n');
    const more = [
      'Islanders on Tolm said the ferry would let them sell fish and wool on the mainland without the long trip by road around the bay.',
      'The harbour board said the northern quay would be dredged before the first sailing, so that larger boats can berth at low tide.',
      'A second route, to the smaller islands further west, will be considered next year once the board has seen how the first one does.',
    ].join('\n\n');
    const text = `${head}\n\n${ARTICLE}\n\n${more}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    const story = longest(stories);
    const body = cleanBody(text, story);
    expect(body).toContain('Ferry Route To Tolm Approved');
    for (const para of ARTICLE.split('\n\n')) expect(body).toContain(para);
    expect(body).toContain('smaller islands further west');
    expect(body).not.toContain('Lambs sold well');
  });
});
