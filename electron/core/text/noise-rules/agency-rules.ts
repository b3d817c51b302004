import type { LineRule } from './line-rule';
import { ci, endsWithAgo, AGENCY_FIRST, AGENCY_LINE_RE, SOURCE_TIME_RE, UPDATED_RE } from './patterns';

/** Agency tags and metadata lines: part of the line-rule table (see ../noise-rules.ts), in table order. */
export const AGENCY_RULES: LineRule[] = [
  // ---- agency tags and metadata lines ----
  {
    id: 'agency-line',
    first: AGENCY_FIRST,
    kind: 'agency-tag',
    maxLen: 60,
    re: AGENCY_LINE_RE,
    closes: true,
    attach: 'prev',
    why: 'a bare agency name: "TT" in headline blocks, a trailing "Agencies"',
  },
  {
    id: 'source-time',
    pre: endsWithAgo,
    kind: 'agency-tag',
    maxLen: 80,
    re: SOURCE_TIME_RE,
    attach: 'next',
    why: '"Russia Today16 hours ago": source plus relative time under a headline',
  },
  {
    id: 'updated-on',
    first: ci('lupmdод'),
    kind: 'agency-tag',
    maxLen: 160,
    re: UPDATED_RE,
    attach: 'next',
    why: '"Updated on: May 16, 2024 / 7:51 AM EDT / CBS/AP" byline-timestamp line',
  },
];
