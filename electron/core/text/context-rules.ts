import type { TextAnalysis } from './analyse';
import { markPullQuotes } from './pull-quotes';
import { isAgeLine, teaserAgeLists } from './teaser-age-lists';
import { AGENCY_LINE_RE, BULLET_SOURCE_RE, RELATED_HEADER_RE, SOURCE_TIME_RE, TIME_AGO_RE } from './noise-rules';

/**
 * Rules that need a few neighbouring lines. Each is one linear pass over the file; they run in
 * table order after the line rules, so later passes see earlier decisions.
 */
interface ContextRule {
  id: string;
  why: string;
  apply: (a: TextAnalysis) => void;
}

const BLOCK_GAP = 3;

function prevNonBlank(a: TextAnalysis, i: number, limit = 3): number {
  for (let j = i - 1, seen = 0; j >= 0 && seen <= limit; j--) {
    if (!a.lines.blank(j)) return j;
    seen++;
  }
  return -1;
}

/**
 * Tweet timelines interleave tweet texts that carry no link ("Note two paper clips: ...") with
 * link and attribution lines. A short line sandwiched between social posts (at most two such lines,
 * each tweet-sized) belongs to the run.
 */
function tweetRuns(a: TextAnalysis): void {
  const n = a.lines.count;
  let lastSocial = -1;
  for (let i = 0; i < n; i++) {
    if (a.lines.blank(i)) continue;
    if (a.noise[i] !== 'social-post') continue;
    if (lastSocial >= 0 && i - lastSocial > 1) {
      let ok = true;
      let count = 0;
      for (let j = lastSocial + 1; j < i; j++) {
        const t = a.lines.t(j);
        if (t === '') continue;
        count++;
        if (count > 2 || t.length > 320 || a.cue[j] !== 0) {
          ok = false;
          break;
        }
        const k = a.noise[j];
        if (k !== null && k !== 'site-chrome' && k !== 'share') {
          ok = false;
          break;
        }
      }
      if (ok) {
        for (let j = lastSocial + 1; j < i; j++) {
          if (a.lines.blank(j)) continue;
          a.noise[j] = 'social-post';
          a.context[j] = 'tweet-run';
          a.titleLike[j] = 0;
        }
      }
    }
    lastSocial = i;
  }
  // A lone dash far from any tweet is a plain separator: site chrome, not a social post.
  for (let i = 0; i < n; i++) {
    if (a.rule[i]?.id !== 'lone-dash' || a.context[i] === 'tweet-run') continue;
    let near = false;
    for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3) && !near; j++) {
      if (j !== i && a.noise[j] === 'social-post') near = true;
    }
    if (!near) {
      a.noise[i] = 'site-chrome';
      a.context[i] = 'separator';
    }
  }
}

/**
 * A podcast episode blurb sits right above its "Learn more about your ad choices" footer, with no
 * blank line between (the feed appends the footer to the blurb). That one line is an ad; a second
 * line above it only when the previous story's footer (credits, bio) closes off the story first.
 */
function podcastPromos(a: TextAnalysis): void {
  const n = a.lines.count;
  for (let i = 0; i < n; i++) {
    if (a.rule[i]?.id !== 'ad-choices') continue;
    const promo: number[] = [];
    let j = i - 1;
    while (j >= 0 && promo.length < 2) {
      if (a.lines.blank(j) || a.noise[j] !== null || a.cue[j] !== 0) break;
      promo.push(j);
      j--;
    }
    if (promo.length === 0) continue;
    // The line right above the footer is the episode blurb (podcast feeds append the footer to it).
    // A second line only joins when a story footer (credits, bio) sits above it.
    const before = j >= 0 && !a.lines.blank(j) ? a.rule[j] : null;
    if (promo.length === 2 && !before?.closes) promo.length = 1;
    for (const p of promo) {
      a.noise[p] = 'ad';
      a.context[p] = 'promo';
      a.titleLike[p] = 0;
    }
  }
}

/**
 * "Related Articles" opens a block of teasers: repeated teaser headlines, a source, "time2 hours
 * ago", "• Russia Today", then the teaser paragraph. The block runs while teaser signals keep
 * coming; a prose paragraph far from any signal, a gap of three blank lines, a dateline or a new
 * page's "logo" ends it. Site chrome inside the block keeps its own kind.
 */
function relatedBlocks(a: TextAnalysis): void {
  const n = a.lines.count;
  for (let i = 0; i < n; i++) {
    const len = a.lines.len(i);
    if (len === 0 || len > 60 || a.noise[i] !== null || !RELATED_HEADER_RE.test(a.lines.t(i))) continue;
    a.noise[i] = 'related-teaser';
    a.context[i] = 'related-block';
    a.titleLike[i] = 0;
    const seen = new Set<string>();
    // Lines since the last teaser signal; a prose paragraph is only a teaser right after one.
    let sinceStrong = 100;
    let blanks = 0;
    let j = i + 1;
    for (; j < n; j++) {
      const u = a.lines.t(j);
      if (u === '') {
        if (++blanks >= BLOCK_GAP) break;
        continue;
      }
      blanks = 0;
      if (a.cue[j] !== 0 || a.rule[j]?.id === 'chrome-logo') break;
      const k = a.noise[j];
      if (k === 'site-chrome' && a.rule[j]?.id !== 'chrome-time-ago') continue;
      if (a.titleLike[j] && opensArticle(a, j)) break;
      const strong =
        TIME_AGO_RE.test(u) ||
        (u.length <= 80 && (BULLET_SOURCE_RE.test(u) || SOURCE_TIME_RE.test(u) || AGENCY_LINE_RE.test(u))) ||
        (u.length <= 200 && seen.has(u));
      if (strong) sinceStrong = 0;
      else if (a.titleLike[j] || k === 'related-teaser') sinceStrong++;
      else if (sinceStrong <= 3) sinceStrong++;
      else break;
      if (u.length <= 200) seen.add(u);
      a.noise[j] = 'related-teaser';
      a.context[j] = 'related-block';
      a.titleLike[j] = 0;
    }
    i = j - 1;
  }
}

/** Lines of prose that make a headline's body rather than a teaser's one-sentence blurb. */
const ARTICLE_LINES = 2;
const PROSE_CHARS = 80;

/** Short lines without a full stop (a timestamp, a dateline, an agency) a headline may carry above its first prose line. */
const META_LINES = 2;

/**
 * Is title-like line i followed by ARTICLE_LINES prose lines (a headline opening an article, not a
 * teaser)? A few short meta lines may come first; once the prose has begun, a short line means a
 * teaser's one-sentence blurb followed by the next teaser.
 */
function opensArticle(a: TextAnalysis, i: number): boolean {
  let prose = 0;
  let meta = 0;
  let standfirst = false;
  for (let j = i + 1, seen = 0; j < a.lines.count && seen < 6; j++) {
    if (a.lines.blank(j)) continue;
    seen++;
    if (a.noise[j] !== null) continue;
    if ((a.lines.len(j) < PROSE_CHARS || !/[.!?…]["”’'»)\]]*$/.test(a.lines.t(j))) && !wrapsOn(a, j)) {
      // One short sentence may open the article (a standfirst); a teaser's blurb has no prose after it.
      const sentence = /[.!?…]$/.test(a.lines.t(j));
      if (sentence && prose === 0 && !standfirst) {
        standfirst = true;
        continue;
      }
      if (prose > 0 || ++meta > META_LINES || sentence) return false;
      continue;
    }
    if (++prose >= ARTICLE_LINES) return true;
  }
  return false;
}

/**
 * Is line j a line of a hard-wrapped paragraph: WRAPPED_CHARS long or more, and the next line
 * goes on with the sentence in lower case? Wire copy wraps its prose short of PROSE_CHARS.
 */
function wrapsOn(a: TextAnalysis, j: number): boolean {
  if (a.lines.len(j) < WRAPPED_CHARS || j + 1 >= a.lines.count || a.lines.blank(j + 1) || a.noise[j + 1] !== null) return false;
  const c = a.lines.t(j + 1).charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
const WRAPPED_CHARS = 50;

/**
 * A site's name printed above its navigation bar ("KORSA COURIER" / "Home | Politics | ...") is
 * chrome, not a headline. Only at the top of the file or after a story gap, only when short, and
 * only when a navigation line follows.
 */
function mastheads(a: TextAnalysis): void {
  const n = a.lines.count;
  let blanks = BLOCK_GAP;
  for (let i = 0; i < n; i++) {
    if (a.lines.blank(i)) {
      blanks++;
      continue;
    }
    const atTop = blanks >= BLOCK_GAP;
    blanks = 0;
    if (!atTop || a.noise[i] !== null || !a.titleLike[i] || a.lines.len(i) > 40 || a.lines.t(i).split(' ').length > 5) continue;
    let j = i + 1;
    while (j < n && j <= i + 2 && a.lines.blank(j)) j++;
    const next = j < n ? a.rule[j]?.id : undefined;
    if (next === 'chrome-nav' || next === 'chrome-logo') {
      a.noise[i] = 'site-chrome';
      a.context[i] = 'masthead';
      a.titleLike[i] = 0;
    }
  }
}

/** Longest teaser headline; the snippet under it is cut off with "..." or "…". */
const TEASER_HEAD_CHARS = 120;
/** Non-blank lines from one headline-and-snippet pair to the next inside one teaser list. */
const TEASER_STEP = 4;
/** Pairs that make a teaser list (one alone may be a story that ends on a trailing-off quote). */
const TEASER_PAIRS = 2;

/** Ends in a truncation mark right after a word or a comma ("has...", "2009,..."): a cut-off blurb. */
function endsCutOff(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  if (last === 0x2026) return t.length > 1 && t[t.length - 2] !== ' ';
  return last === 46 && t.length > 4 && t.endsWith('...') && t[t.length - 4] !== ' ';
}

/**
 * Lists of other stories print each as a headline over the first words of its text, cut off
 * with "...": two or more such pairs close together are teasers, however long the blurbs are.
 */
function teaserSnippets(a: TextAnalysis): void {
  const n = a.lines.count;
  const run: number[] = [];
  const flush = (): void => {
    if (run.length >= TEASER_PAIRS * 2)
      for (const j of run) {
        a.noise[j] = 'related-teaser';
        a.context[j] = 'teaser-snippets';
        a.titleLike[j] = 0;
      }
    run.length = 0;
  };
  for (let i = 0; i < n; i++) {
    if (a.lines.blank(i) || a.noise[i] !== null || !endsCutOff(a.lines.t(i))) continue;
    const h = prevNonBlank(a, i, 1);
    if (h < 0 || (a.noise[h] !== null && a.noise[h] !== 'related-teaser') || a.lines.len(h) > TEASER_HEAD_CHARS) continue;
    if (/[.!?]["”’)]?$/.test(a.lines.t(h))) continue;
    if (run.length > 0 && h - run[run.length - 1] > TEASER_STEP) flush();
    run.push(h, i);
  }
  flush();
}

/** Longest one-paragraph blurb under a teaser headline. */
const TEASER_BLURB_CHARS = 400;

/**
 * Lines of the teaser unit at line h (0 if none): a title-like headline, then one line of prose
 * (no blank line between), or its age, or its section-and-time line and then the prose line.
 */
function teaserUnitAt(a: TextAnalysis, h: number): number {
  const b = h + 1;
  if (b >= a.lines.count || a.noise[h] !== null || !a.titleLike[h] || a.lines.len(h) > TEASER_HEAD_CHARS) return 0;
  // A teaser list may print each headline over its age ("8 hours ago") instead of a sentence.
  if (a.rule[b]?.id === 'chrome-time-ago') return 2;
  const s = b + 1 < a.lines.count && isAgeLine(a, b) ? b + 1 : b;
  if (a.lines.blank(s) || a.noise[s] !== null || a.titleLike[s] || a.lines.len(s) > TEASER_BLURB_CHARS) return 0;
  return /[.!?…]["”’'»)\]]*$/.test(a.lines.t(s)) ? s - h + 1 : 0;
}

/** Is line i already a teaser of a list another rule found? */
const isTeaser = (a: TextAnalysis, i: number): boolean =>
  i >= 0 && i < a.lines.count && (a.context[i] === 'teaser-snippets' || a.context[i] === 'related-block');

/**
 * A list of other stories can also print each as its headline straight over its first sentence,
 * the next headline on the very next line. An article goes on after its first paragraph, so
 * TEASER_PAIRS or more such pairs back to back (no blank line, nothing between) are teasers; the
 * last pair of a list ends at a blank line or noise, never at more prose.
 */
function teaserPairs(a: TextAnalysis): void {
  const n = a.lines.count;
  for (let i = 0; i + 1 < n; i++) {
    if (teaserUnitAt(a, i) === 0) continue;
    let j = i;
    let pairs = 0;
    for (let u = teaserUnitAt(a, j); u > 0; u = teaserUnitAt(a, j)) {
      j += u;
      pairs++;
    }
    // The line after the last blurb must not go on with prose of the same story.
    const ends = j >= n || a.lines.blank(j) || a.noise[j] !== null || a.titleLike[j];
    // Right next to teasers another rule found, one pair is part of the same list.
    const joins = isTeaser(a, j) || isTeaser(a, i - 1);
    if ((pairs >= TEASER_PAIRS || joins) && ends) {
      for (let k = i; k < j; k++) {
        if (a.noise[k] !== null) continue;
        a.noise[k] = 'related-teaser';
        a.context[k] = 'teaser-snippets';
        a.titleLike[k] = 0;
      }
    }
    i = j - 1;
  }
}

const CONTEXT_RULES: ContextRule[] = [
  { id: 'masthead', why: 'a site name above its navigation bar', apply: mastheads },
  { id: 'tweet-run', why: 'tweet texts without links inside a tweet timeline', apply: tweetRuns },
  { id: 'promo', why: 'podcast blurb between a story footer and an ad-choices line', apply: podcastPromos },
  { id: 'related-block', why: 'teaser blocks after "Related Articles"', apply: relatedBlocks },
  { id: 'teaser-snippets', why: 'headlines over cut-off first sentences of other stories', apply: teaserSnippets },
  { id: 'teaser-pairs', why: 'headlines each straight over one sentence of another story, back to back', apply: teaserPairs },
  { id: 'teaser-age-list', why: 'headlines each over its time and its first paragraph, spaced, three or more', apply: teaserAgeLists },
  { id: 'pull-quote', why: 'a sentence of the article printed again on its own line next to its paragraph', apply: markPullQuotes },
];

export function applyContextRules(a: TextAnalysis): void {
  for (const r of CONTEXT_RULES) r.apply(a);
}

export { prevNonBlank };
