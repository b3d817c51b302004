import type { LineRule } from './line-rule';
import { CAPITALS, mayBeBio, isBio } from './patterns';

/** Reporter credits and bios: part of the line-rule table (see ../noise-rules.ts), in table order. */
export const BIO_RULES: LineRule[] = [
  // ---- reporter credits and bios (seed 001 Reuters footer) ----
  {
    id: 'credit',
    first: '(RAWEC',
    kind: 'reporter-bio',
    maxLen: 800,
    re: /^\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Reported|Written) by\b/,
    closes: true,
    attach: 'prev',
    why: '"Reporting by ...; Editing by ..." wire credit',
  },
  {
    id: 'credit-contributed',
    first: CAPITALS,
    // Cheap: the line ends on "report" or "story" before the regex runs.
    pre: (t) => {
      const c = t.charCodeAt(t.length - 1);
      if (c !== 46 && c !== 116 && c !== 121) return false; // ".", "t", "y"
      return t.length <= 240 && (t.endsWith('report.') || t.endsWith('story.') || t.endsWith('report') || t.endsWith('story'));
    },
    kind: 'reporter-bio',
    maxLen: 240,
    re: /^[A-Z].*\bcontributed (?:reporting |additional reporting )?(?:to|for) this (?:report|story)\.?$/,
    closes: true,
    attach: 'prev',
    why: '"Jane Doe in Velmora contributed to this report." closes a wire story; no headline of the next',
  },
  {
    id: 'credit-with',
    first: 'W',
    kind: 'reporter-bio',
    maxLen: 80,
    re: /^With (?:(?:files|reporting|additional reporting) from\b|(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:[Ww]ire|[Nn]ews) [Ss]ervices?\.?$)/u,
    closes: true,
    attach: 'prev',
    why: '"With files from the Canadian Press", "With Post Wire Services": a credit under a story, not a headline',
  },
  {
    id: 'byline-story',
    first: 'SWTP',
    kind: 'reporter-bio',
    maxLen: 120,
    re: /^(?:(?:Story|Text|Words|Photos?|Pictures?) by|Words:)\s+\p{Lu}[\p{L}’'.-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'.-]+){0,5}$/u,
    attach: 'next',
    why: 'bylines that do not start with "By": "Story by A and B", "Words: Name"',
  },
  {
    id: 'byline',
    first: 'B',
    kind: 'reporter-bio',
    maxLen: 120,
    re: /^By [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3}(?:(?:,| and) [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3}){0,3}(?:,? (?:in|for) [A-Z][\w ]{1,40})?$/,
    attach: 'next',
    why: 'bylines',
  },
  {
    id: 'byline-desk',
    first: CAPITALS,
    // Cheap: the line ends in "r" or "rs" (writer, reporter, editor, correspondent) before the regex runs.
    pre: (t) => t.length <= 80 && (t.endsWith('r') || t.endsWith('rs')),
    kind: 'reporter-bio',
    maxLen: 80,
    re: /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,5}(?:Writer|Correspondent|Reporter|Editor)s?$/u,
    attach: 'next',
    why: 'a wire byline that names the desk, not the person: "Associated Press Writer", "Science Reporter"',
  },
  {
    id: 'bio',
    first: CAPITALS,
    pre: mayBeBio,
    kind: 'reporter-bio',
    maxLen: 1500,
    test: isBio,
    closes: true,
    attach: 'prev',
    why: 'reporter biography paragraphs under wire stories',
  },
];
