import type { LineRule } from './line-rule';
import { CAPTION_VIA_PRE_RE } from './patterns';

/** Captions: part of the line-rule table (see ../noise-rules.ts), in table order. */
export const CAPTION_RULES: LineRule[] = [
  // ---- captions (seeds 000/003 TT headline blocks, 001 Reuters carousel) ----
  {
    id: 'caption-carousel',
    first: 'I[',
    kind: 'caption',
    maxLen: 1500,
    re: /^(?:Item \d+ of \d+\s|\[\d+\/\d+\]\s*)/,
    why: 'Reuters photo carousel: "Item 1 of 7 ..." and "[1/7]..."',
  },
  {
    id: 'caption-licensing',
    pre: (t) => t.endsWith('tab') || t.endsWith('Rights'),
    kind: 'caption',
    maxLen: 1500,
    re: /Purchase Licensing Rights(?:, opens new tab)?$/,
    why: 'Reuters caption suffix',
  },
  {
    id: 'caption-file',
    first: 'FPI',
    kind: 'caption',
    maxLen: 800,
    re: /^(?:FILE(?: PHOTO)?\s*[-–—:]|File photo\s*[-–—:]|Photo\s*:|Image\s*:|Picture\s*:|Pictured\s*:)/,
    why: '"FILE - ..." photo captions',
  },
  {
    id: 'caption-credit',
    pre: (t) => t.endsWith(')') || t.endsWith(').'),
    kind: 'caption',
    maxLen: 800,
    re: /\((?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Getty|TASS|Xinhua|Sputnik|AP Photo[^()]{0,80}|Photo[^()]{0,80}|[A-Z][A-Za-z.-]+(?:\/[^()]{1,80})+)\)\.?$/,
    why: 'a line ending in a photo credit "(Reuters)" / "(AP Photo/Name, File)"',
  },
  {
    id: 'caption-label',
    first: 'IPCS',
    kind: 'caption',
    maxLen: 300,
    re: /^(?:Image (?:copyright|caption|source)|Picture (?:copyright|credit)|Photo(?:graph)? (?:copyright|credit)|Credit)\b\s*:?\s*\S/,
    why: 'caption and credit labels: "Image copyright Name", "Credit: Name"',
  },
  {
    id: 'caption-credit-tail',
    pre: (t) => t.includes('Credit:') || t.includes('Image:') || t.includes('Picture:'),
    kind: 'caption',
    maxLen: 400,
    // After a sentence only for "Image:"/"Picture:": "... in the picture: Anna" ends a body sentence too.
    re: /(?:\bCredit|[.!?]["”’)]?\s+(?:Image|Picture)):\s*\p{Lu}[^.]{1,60}$/u,
    why: 'a caption ending in its credit: "... Credit: Agency", "... on Monday. Image: Agency"',
  },
  {
    id: 'caption-via',
    pre: (t) => CAPTION_VIA_PRE_RE.test(t),
    kind: 'caption',
    maxLen: 800,
    re: /(?:\bvia REUTERS|\bREUTERS\/[A-Z][\w .'’-]{1,40}|Getty Images|\bPhotograph: .{1,80}|\(Photo by [^)]{1,80}\)|Photo: [A-Z][^.]{1,60})\.?$/,
    why: 'wire photo credits at the end of a caption line',
  },
];
