import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoiseKind } from '../../../electron/core/types';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants, noiseText } from './helpers';

const FIXTURES = join(__dirname, '../../fixtures/text');

interface StoryExpect {
  title: string;
  date?: string | null;
  source?: string | null;
  language?: string;
  /** Noise kinds that must be present in the story. */
  kinds?: NoiseKind[];
  /** Phrases that must be in the clean body. */
  mustContain?: string[];
  /** Phrases that must not be in the clean body (they are noise). */
  mustNotContain?: string[];
  /** How many times the title text may appear in the clean body (the headline is shown once). */
  titleOnce?: boolean;
  /** A phrase that must be inside noise of the given kind. */
  noiseHas?: Array<[NoiseKind, string]>;
  minWords?: number;
  words?: number;
}

interface FixtureCase {
  file: string;
  why: string;
  stories: StoryExpect[];
}

const CASES: FixtureCase[] = [
  {
    file: 'tt-headline-blocks.txt',
    why: 'TT headline blocks: headline, duplicated captions, "TT", repeated headline, repeated captions; stories split by three blank lines',
    stories: [
      {
        title: 'Harbour Strike in Velmora Enters Second Week as Talks Stall',
        date: '2024-03-03',
        source: 'TT',
        language: 'en',
        kinds: ['caption', 'repeated-caption', 'agency-tag', 'repeated-headline'],
        titleOnce: true,
        mustContain: ['entered its second week', 'as long as it takes'],
        mustNotContain: ['Dock workers rally', '\nTT\n'],
        noiseHas: [['caption', 'Dock workers rally outside']],
      },
      {
        title: 'Arden Parliament Approves Rail Budget After Marathon Session',
        date: '2023-10-04',
        source: 'TT',
        kinds: ['caption', 'repeated-caption', 'agency-tag', 'repeated-headline'],
        titleOnce: true,
        mustContain: ['nineteen hours', 'published before the summer'],
        mustNotContain: ['Commuters wait', 'AP Photo'],
      },
    ],
  },
  {
    file: 'aggregator-page.txt',
    why: 'aggregator page: logo, repeated headline, source+relative time, AI/comments chrome, Related Articles teasers, app banner',
    stories: [
      {
        title: 'Coastal towns brace for record spring tides',
        date: null,
        source: 'Northwind Daily',
        kinds: ['site-chrome', 'repeated-headline', 'agency-tag', 'related-teaser'],
        titleOnce: true,
        mustContain: ['emergency shelters', 'inspected and were ready'],
        mustNotContain: [
          'logo',
          '3 hours ago',
          'Orange background',
          'Try Our AI',
          'Explore what',
          'No comments yet',
          'Comments',
          'Related Articles',
          'ferry service suspended',
          'fifth straight meeting',
          'time2 hours ago',
          '• Northwind',
          'DOWNLOAD THE APP',
          'Get Started Now',
          'app-storeplay-store',
          'Ready to dive',
        ],
        noiseHas: [
          ['related-teaser', 'Governor Elsa Brandt'],
          ['site-chrome', 'app-storeplay-store'],
        ],
      },
    ],
  },
  {
    file: 'wire-and-tweets.txt',
    why: 'tweet timeline, then a Reuters dateline story without headline and its footer, then a CBS/AP story run together',
    stories: [
      {
        title: "Arden's government offered on Monday to mediate directly in the dock strike at Velmora…",
        date: '2024-03-04',
        source: 'Reuters',
        language: 'en',
        kinds: ['social-post', 'agency-tag', 'caption', 'repeated-caption', 'share', 'reporter-bio', 'site-chrome', 'ad'],
        mustContain: ["Arden's government offered on Monday", 'would not return to work before a vote'],
        mustNotContain: [
          'VELMORA/KESSEL, March 4 (Reuters)',
          't.co',
          '@lenamarsh',
          'Day: March',
          'Wondering whether',
          '#Velmora',
          'Item 1 of 4',
          '[1/4]',
          'Sign up here',
          'Reporting by',
          'Our Standards',
          'veteran journalist',
          'bureau chief',
          "today's episode",
          'ad choices',
        ],
        noiseHas: [
          ['agency-tag', 'VELMORA/KESSEL, March 4 (Reuters) –'],
          ['social-post', 'Wondering whether the strike spreads'],
          ['ad', "today's episode"],
          ['reporter-bio', 'As Kessel bureau chief'],
        ],
      },
      {
        title: 'Velmora strike talks to open Tuesday',
        date: '2024-03-04',
        source: 'CBS/AP',
        kinds: ['agency-tag', 'related-teaser'],
        mustContain: ['What the union wants', 'Why shipping lines are worried', 'around two percent'],
        mustNotContain: ['Updated on', '02:44', '03:12', 'Inside the idle port'],
      },
    ],
  },
  {
    file: 'no-headline-agencies.txt',
    why: 'no headline: title derived from the first sentence at a word boundary; trailing "Agencies" line',
    stories: [
      {
        title: "Arden's foreign minister Ida Rask praised what she called a “steady and practical”…",
        date: null,
        source: 'Agencies',
        kinds: ['agency-tag'],
        mustContain: ['fisheries accord', 'Tolmari capital'],
        mustNotContain: ['Agencies'],
      },
    ],
  },
  {
    file: 'tweets-only.txt',
    why: 'a dump of only tweets: one story whose body is all social-post noise (words = 0)',
    stories: [{ title: 'Велмора: порт закрыт, грузовики стоят в очереди', date: '2024-03-05', kinds: ['social-post'], words: 0 }],
  },
  {
    file: 'closing-then-headline.txt',
    why: 'a new headline right after a "(Reporting by ...)" credit starts the next story; a byline is noise',
    stories: [
      {
        title: 'Kessel Airport Adds Night Flights to Tolmar',
        date: '2024-06-02',
        source: 'Reuters',
        kinds: ['reporter-bio'],
        mustContain: ['four night flights', 'noise limits'],
        mustNotContain: ['By Ana Lind', 'Editing by', 'Consulate'],
      },
      {
        title: 'Tolmar Opens Consulate in Lunmouth',
        source: 'Agencies',
        kinds: ['agency-tag'],
        mustContain: ['Tolmari fishing crews'],
        mustNotContain: ['Agencies', 'night flights'],
      },
    ],
  },
  {
    file: 'run-together.txt',
    why: 'stories with no blank line at all: a short title followed by an "Updated on:" line',
    stories: [
      {
        title: 'Ferry fares to rise in autumn',
        date: '2024-08-12',
        source: 'CBS/AP',
        kinds: ['agency-tag'],
        mustContain: ['review the increase'],
        mustNotContain: ['museum', 'Updated on'],
      },
      {
        title: 'Kessel museum reopens after renovation',
        date: '2024-08-13',
        source: 'CBS/AP',
        mustContain: ['private donations'],
        mustNotContain: ['Ferry', 'Updated on'],
      },
    ],
  },
  {
    file: 'russian.txt',
    why: 'Cyrillic story: language ru, Russian "Опубликовано" date line, ТАСС agency tag',
    stories: [
      {
        title: 'Порт Вельмора возобновил работу после забастовки',
        date: '2024-03-14',
        source: 'TASS',
        language: 'ru',
        kinds: ['agency-tag'],
        mustContain: ['двухнедельной забастовки'],
        mustNotContain: ['ТАСС', 'Опубликовано'],
      },
    ],
  },
];

function countOccurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

function check(text: string, c: FixtureCase): void {
  const stories = segmentDump(text);
  expectInvariants(text, stories);
  expect(stories.map((s) => s.title)).toEqual(c.stories.map((s) => s.title));
  c.stories.forEach((want, i) => {
    const got = stories[i];
    const body = cleanBody(text, got);
    if (want.date !== undefined) expect(got.date, `${want.title}: date`).toBe(want.date);
    if (want.source !== undefined) expect(got.source, `${want.title}: source`).toBe(want.source);
    if (want.language) expect(got.language, `${want.title}: language`).toBe(want.language);
    for (const k of want.kinds ?? [])
      expect(
        got.noise.map((n) => n.kind),
        `${want.title}: kinds`,
      ).toContain(k);
    for (const p of want.mustContain ?? []) expect(body, `${want.title}: body should contain ${p}`).toContain(p);
    for (const p of want.mustNotContain ?? []) expect(body, `${want.title}: body should not contain ${p}`).not.toContain(p);
    for (const [kind, p] of want.noiseHas ?? []) expect(noiseText(text, got, kind), `${want.title}: ${kind} noise`).toContain(p);
    if (want.titleOnce) expect(countOccurrences(body, want.title)).toBe(1);
    if (want.words !== undefined) expect(got.words).toBe(want.words);
    if (want.minWords !== undefined) expect(got.words).toBeGreaterThanOrEqual(want.minWords);
    // The title slices back out of the story at its first occurrence (less the ellipsis of a cut sentence).
    expect(text.slice(got.start, got.end)).toContain(got.title.replace(/…$/, ''));
  });
}

describe('segmentDump on fixtures', () => {
  for (const c of CASES) {
    const text = readFileSync(join(FIXTURES, c.file), 'utf8');
    it(`${c.file}: ${c.why}`, () => check(text, c));
    it(`${c.file}: same result with CRLF line endings, offsets exact`, () => {
      const crlf = text.replace(/\n/g, '\r\n');
      check(crlf, c);
      const a = segmentDump(text);
      const b = segmentDump(crlf);
      expect(b.map((s) => crlf.slice(s.start, s.end).replace(/\r\n/g, '\n'))).toEqual(a.map((s) => text.slice(s.start, s.end)));
      expect(b.map((s) => s.words)).toEqual(a.map((s) => s.words));
    });
    it(`${c.file}: same result with lone CR line endings`, () => check(text.replace(/\n/g, '\r'), c));
  }

  it('concatenating fixtures with three blank lines keeps every story', () => {
    const all = CASES.filter((c) => c.file !== 'tweets-only.txt');
    const text = all.map((c) => readFileSync(join(FIXTURES, c.file), 'utf8')).join('\n\n\n\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(all.flatMap((c) => c.stories.map((s) => s.title)));
  });

  it('returns [] for empty and whitespace-only text', () => {
    expect(segmentDump('')).toEqual([]);
    expect(segmentDump(' \n\n\t\r\n \u00a0 ')).toEqual([]);
  });

  it('a BOM-free one-line story is one story titled by its first sentence', () => {
    const text = 'The council met on Monday. It approved the budget.';
    const [s] = segmentDump(text);
    expect(s.title).toBe('The council met on Monday');
    expect(s.words).toBe(9);
  });
});
