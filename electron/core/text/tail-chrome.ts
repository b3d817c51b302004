import type { NoiseKind } from '../types';
import { CUE_DATELINE, type TextAnalysis } from './analyse';
import { LC_BLANK, LC_GOOD, LC_NEAR } from './line-classes';

/**
 * The page after the article. In a whole-page dump the article is the story's largest island of
 * prose; after it a page prints other stories' headlines with a sentence each, comment threads,
 * sign-up prompts and footers, each a small island of prose between runs of short or noise lines.
 * A small island after the article, cut off from it by such a run, is not the article's text
 * (boilerpipe's "keep the largest block", applied only to small islands); before the article a
 * page prints teaser headlines with their blurbs and ads in the same way.
 */
export const TAIL_THRESHOLDS = {
  /** Short, link-like or noise lines in a row that part one island of prose from the next. */
  gapLines: 3,
  /** An island after the article with at most this share of the article's characters is page chrome. */
  islandShare: 0.35,
  /** Before the article only much smaller islands go (a standfirst or a lead caption may stand there). */
  headShare: 0.1,
} as const;

const T = TAIL_THRESHOLDS;

/** The line rule of a comment widget's header (noise-rules/chrome-rules.ts). */
const COMMENTS_RULE = 'chrome-comments';

interface Island {
  from: number;
  to: number;
  chars: number;
}

/**
 * Mark the small islands of prose around the story's largest one as noise (after it, and much
 * smaller ones before it), in `noise` (the story's per-line kinds, index 0 = line `first`); line
 * `keep`, the story's headline, stays. One pass over the story's lines.
 */
export function markTailIslands(a: TextAnalysis, first: number, last: number, noise: (NoiseKind | null)[], keep = -1): void {
  const islands: Island[] = [];
  let cur: Island | null = null;
  let weak = 0;
  for (let i = first; i <= last; i++) {
    const c = a.cls[i];
    if (c === LC_BLANK) continue;
    const prose = noise[i - first] === null && (c === LC_GOOD || c === LC_NEAR);
    if (!prose) {
      if (++weak >= T.gapLines) cur = null;
      continue;
    }
    weak = 0;
    if (!cur) {
      cur = { from: i, to: i, chars: 0 };
      islands.push(cur);
    }
    cur.to = i;
    cur.chars += a.lines.len(i);
  }
  if (islands.length < 2) return;
  let core = 0;
  for (let k = 1; k < islands.length; k++) if (islands[k].chars > islands[core].chars) core = k;
  const limit = islands[core].chars * T.islandShare;
  const headLimit = islands[core].chars * T.headShare;
  // After a comment widget's header below the article ("Comments (5)", "Leave a reply"), every
  // island is a reader's comment, however long.
  let comments = Number.MAX_SAFE_INTEGER;
  for (let i = islands[core].to + 1; i <= last; i++) {
    if (a.rule[i]?.id === COMMENTS_RULE) {
      comments = i;
      break;
    }
  }
  for (let k = 0; k < islands.length; k++) {
    if (k === core || (k < core && islands[k].chars > headLimit)) continue;
    const isl = islands[k];
    if (isl.chars > limit && isl.from < comments) continue;
    for (let i = isl.from; i <= isl.to; i++) {
      // A dateline line is the opening of a wire story's text (and story.ts marks its prefix itself).
      if (a.cls[i] === LC_BLANK || noise[i - first] !== null || a.cue[i] === CUE_DATELINE || i === keep) continue;
      noise[i - first] = a.titleLike[i] ? 'related-teaser' : 'site-chrome';
    }
  }
}
