import { CUE_DATELINE, CUE_NONE, CUE_UPDATED, type TextAnalysis } from './analyse';
import { DANGLING } from './meta';
import { LC_GOOD, LC_NEAR } from './line-classes';
import { scoredStarts } from './story-starts';
import { widerGapStarts } from './paragraph-gaps';
import { metaStarts } from './meta-starts';
import { uncoveredDatelines } from './dateline-starts';

/**
 * Story boundaries. Strategy: over-split on every cue the dumps give, then merge back any segment
 * that has no body of its own (a lone headline, a caption block, a run of tweets, a footer).
 * Over-splitting then merging is more robust than trying to be right at each cue: a cue that fires
 * inside a headline block just produces a body-less segment that folds into its neighbour.
 *
 * Cues, each a row with the reason it exists:
 */
export const BOUNDARY_CUES = [
  {
    id: 'gap',
    why: 'three or more blank lines separate stories in concatenated dumps (seeds 000, 003); not where the text goes on mid-sentence (continuesAcrossGap)',
  },
  { id: 'headline-block', why: 'a headline repeated a few lines later opens a TT/aggregator headline block (000, 002, 003)' },
  {
    id: 'dateline',
    why:
      'a wire dateline "CITY, May 16 (Reuters) –" starts a story; its headline, if any, is the line above (001); ' +
      'a start just above it over no more than a headline block already covers it (dateline-starts.ts)',
  },
  { id: 'updated-on', why: 'an "Updated on: ... / CBS/AP" line follows a story headline (001), even with no blank line' },
  {
    id: 'scored-headline',
    why:
      'a headline-like line leading into prose whose score (gap, what ends above it, its case, a drop in lexical cohesion) ' +
      'says a new story begins (story-starts.ts)',
  },
  { id: 'after-closing', why: 'a headline-like line after a story footer (agency tag, credits, bio, ad footer) starts the next story' },
  {
    id: 'meta-after-story',
    why:
      'a byline, source or date line right after a finished sentence or a footer, over a lead on other topics, ' +
      'opens a story even without a headline (meta-starts.ts)',
  },
] as const;

/** Blank lines that separate two stories. */
export const GAP_BLANK_LINES = 3;
/** How far (in lines) a headline repeat is looked for. */
const REPEAT_WINDOW = 12;

export interface Segment {
  /** First and last line index (inclusive) holding content. */
  first: number;
  last: number;
  hasBody: boolean;
  attach: 'prev' | 'next';
  /** Set when the segment only exists because of a blank-line gap. */
  byGap: boolean;
}

/** The line where a story starting with a cue at `i` really begins: the headline above it, if any. */
function headlineAbove(a: TextAnalysis, i: number): number {
  let blanks = 0;
  let skippedMeta = 0;
  for (let j = i - 1; j >= 0; j--) {
    if (a.lines.blank(j)) {
      if (++blanks > 1) return i;
      continue;
    }
    // A name over a desk byline ("Jane Doe" / "Sports Writer") is the byline's first line, not the headline.
    if (a.noise[j] === null && a.rule[j + 1]?.id === 'byline-desk' && skippedMeta < 2) {
      skippedMeta++;
      continue;
    }
    if (a.noise[j] === null) return a.titleLike[j] ? j : i;
    // Bylines and source lines may sit between a headline and its dateline.
    if (a.rule[j]?.attach === 'next' && a.noise[j] !== 'social-post' && ++skippedMeta <= 2) continue;
    return i;
  }
  return i;
}

/** Closing rules that also match inside articles, so prose after them is not a new story by that alone. */
const PROSE_UNSURE_CLOSERS = new Set(['bio', 'agency-line', 'chrome-copyright']);

function isCapital(t: string): boolean {
  const c = t.charAt(0);
  return c !== c.toLowerCase() || c === '(' || c === '"' || c === '“';
}

/** Line indices where a new story may begin (unsorted, may contain duplicates). */
export function findCues(a: TextAnalysis): { starts: number[]; gapStarts: Uint8Array } {
  const { lines, noise, titleLike, cue, rule } = a;
  const n = lines.count;
  const starts: number[] = [];
  /** Datelines with no headline found above them: kept only where no start just above covers them. */
  const bareDatelines: number[] = [];
  /** 1 where a story may start because of a blank-line gap. */
  const gapStarts = new Uint8Array(n);
  // Title-like lines by text, for the headline-block cue.
  const byText = new Map<string, number[]>();
  // Each title-like line's list of copies and its place in it, so the main pass needs no lookup.
  const listOf: Array<number[] | undefined> = new Array(n);
  const posInList = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (!titleLike[i] || noise[i] !== null) continue;
    const t = lines.t(i);
    let list = byText.get(t);
    if (list) {
      posInList[i] = list.length;
      list.push(i);
    } else byText.set(t, (list = [i]));
    listOf[i] = list;
  }
  let blanks = 0;
  let afterClosing = false;
  let proseAfterClosing = false;
  /** A blank line since the last closing line: prose glued to a footer line is the footer's own fine print. */
  let blankSinceClosing = false;
  let seenContent = false;
  for (let i = 0; i < n; i++) {
    if (lines.blank(i)) {
      blanks++;
      blankSinceClosing = true;
      continue;
    }
    if (seenContent && blanks >= GAP_BLANK_LINES) {
      starts.push(i);
      gapStarts[i] = 1;
    }
    blanks = 0;
    seenContent = true;
    if (cue[i] === CUE_UPDATED) {
      // A timestamp opens a story only under its headline; alone it is furniture inside an article.
      const h = headlineAbove(a, i);
      if (h !== i) starts.push(h);
    } else if (cue[i] !== CUE_NONE) {
      const h = headlineAbove(a, i);
      if (h === i && cue[i] === CUE_DATELINE) bareDatelines.push(i);
      else starts.push(h);
    }
    if (noise[i] === null && titleLike[i]) {
      const list = listOf[i];
      if (list && list.length > 1) {
        const pos = posInList[i];
        const repeatsSoon = pos < list.length - 1 && list[pos + 1] - i <= REPEAT_WINDOW;
        const repeatOfEarlier = pos > 0 && i - list[pos - 1] <= REPEAT_WINDOW;
        if (repeatsSoon && !repeatOfEarlier) starts.push(i);
      }
      if (afterClosing) {
        // Only when a line follows: a headline-like last line is a signature, not a story.
        let next = i + 1;
        while (next < n && lines.blank(next)) next++;
        if (next < n) starts.push(i);
      }
    }
    // Prose right after a story footer opens the next story even without a headline ("(CNN) -" leads);
    // not after a list of other stories' teasers, whose snippets are prose too.
    else if (proseAfterClosing && blankSinceClosing && noise[i] === null && a.cls[i] === LC_GOOD && isCapital(lines.t(i))) starts.push(i);
    if (noise[i] === null) afterClosing = proseAfterClosing = false;
    else if (rule[i]?.closes) {
      afterClosing = true;
      blankSinceClosing = false;
      // A bio rule can fire on a body paragraph about a person: only an unmistakable footer vouches for prose below it.
      proseAfterClosing = !PROSE_UNSURE_CLOSERS.has(rule[i]!.id);
    } else if (noise[i] === 'related-teaser' || a.context[i] !== null) proseAfterClosing = false;
  }
  for (const h of scoredStarts(a)) starts.push(h);
  for (const b of metaStarts(a)) starts.push(b);
  for (const d of uncoveredDatelines(a, bareDatelines, starts)) starts.push(d);
  for (const g of widerGapStarts(a, starts)) starts.push(g);
  return { starts, gapStarts };
}

/**
 * Does the segment have a body: a non-noise line that is neither its headline nor a copy of
 * another line near it (caption and headline copies in a headline block)?
 */
function segmentHasBody(a: TextAnalysis, first: number, last: number): boolean {
  // Chrome that escaped the line rules (a menu, a ticker, "Back to top") has no prose line: it is no story.
  // Prose: a GOOD line, a long NEAR line, or a few NEAR lines together (a hard-wrapped paragraph).
  let prose = false;
  let nearChars = 0;
  let proseChars = 0;
  let allChars = 0;
  for (let i = first; i <= last; i++) {
    const len = a.lines.len(i);
    allChars += len;
    if (a.cls[i] === LC_GOOD) {
      prose = true;
      proseChars += len;
    } else if (a.cls[i] === LC_NEAR && a.noise[i] === null) {
      nearChars += len;
      proseChars += len;
      if (len >= PROSE_LINE_CHARS || nearChars >= PROSE_CHARS) prose = true;
    }
  }
  // A page header or footer with a stray sentence in it is still chrome: too little prose for its size.
  if (!prose || (proseChars < THIN_PROSE_CHARS && proseChars < allChars * THIN_PROSE_SHARE)) return false;
  const { lines } = a;
  let title = -1;
  for (let i = first; i <= last; i++) {
    if (lines.blank(i) || a.noise[i] !== null) continue;
    if (title < 0) {
      title = i;
      if (!a.titleLike[i]) return true;
      continue;
    }
    if (sameLine(a, i, title)) continue;
    if (i - first <= REPEAT_SCAN && lines.len(i) <= 1500 && copiesOf(a, i, first, Math.min(last, first + REPEAT_SCAN)) > 1) continue;
    return true;
  }
  return false;
}

/** Do lines i and j read the same (compared in place, lengths first)? */
function sameLine(a: TextAnalysis, i: number, j: number): boolean {
  const len = a.lines.len(i);
  if (a.lines.len(j) !== len) return false;
  const ci = a.lines.cs[i];
  const cj = a.lines.cs[j];
  for (let k = 0; k < len; k++) if (a.text.charCodeAt(ci + k) !== a.text.charCodeAt(cj + k)) return false;
  return true;
}

/** Non-blank, non-noise lines in [from, to] that read as line i (itself included). */
function copiesOf(a: TextAnalysis, i: number, from: number, to: number): number {
  let n = 0;
  for (let j = from; j <= to; j++) if (!a.lines.blank(j) && a.noise[j] === null && sameLine(a, i, j)) n++;
  return n;
}

/** A NEAR line this long counts as prose for a segment's body. */
const PROSE_LINE_CHARS = 60;
/** ...and so many characters of shorter NEAR lines. */
const PROSE_CHARS = 150;
/** A segment with less prose than this, and less than this share of its text, is chrome. */
const THIN_PROSE_CHARS = 400;
const THIN_PROSE_SHARE = 0.2;

/** Lines at the top of a segment scanned for headline/caption copies. */
const REPEAT_SCAN = 40;

function segmentAttach(a: TextAnalysis, first: number, last: number): 'prev' | 'next' {
  for (let i = first; i <= last; i++) {
    if (a.lines.blank(i)) continue;
    if (a.noise[i] === null) return 'next';
    if (a.context[i] === 'related-block' || a.context[i] === 'promo') return 'prev';
    return a.rule[i]?.attach ?? 'next';
  }
  return 'next';
}

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END_RE = /[.!?…]["”’'»)\]]*$/;

/**
 * Is a blank-line gap between line `prev` (the last line of a story) and line `next` (the first
 * line of a segment with a body) a gap inside one article rather than between two? Scrapers
 * leave such gaps where an image or ad slot was. Yes when the text after the gap goes on
 * mid-sentence in lower case, or when the paragraph before it stops mid-sentence ("...said that",
 * "...as follows:") and a body paragraph (not a headline, not a dateline) follows. A story that
 * ends with a full stop and a new one that opens with a capital stay apart: that is what
 * concatenated dumps look like.
 */
function continuesAcrossGap(a: TextAnalysis, prev: number, next: number): boolean {
  if (a.noise[next] !== null) return false;
  const firstChar = a.lines.t(next).charAt(0);
  if (firstChar !== firstChar.toUpperCase()) return true;
  if (a.titleLike[next] || a.cue[next] !== CUE_NONE) return false;
  if (a.noise[prev] !== null || a.cue[prev] !== CUE_NONE) return false;
  const t = a.lines.t(prev);
  if (SENTENCE_END_RE.test(t)) return false;
  // A short line without a full stop may be a subhead; one that ends in "that", "with", "the"... is not.
  return !a.titleLike[prev] || DANGLING.has(t.slice(t.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * Story line ranges [first, last] (inclusive, both non-blank) for the analysed text.
 * Body-less segments merge into the neighbour their noise belongs to; a dump with no body at all
 * (only tweets, only chrome) becomes one story whose body is all noise, so the file still shows up
 * in the library with something to read instead of silently yielding nothing.
 */
export function findStoryRanges(a: TextAnalysis): Array<[number, number]> {
  const n = a.lines.count;
  const { starts, gapStarts } = findCues(a);
  // A typed array sorts numerically in native code; duplicates are skipped below (c <= from).
  const cuts = Int32Array.from(starts).sort();
  const segments: Segment[] = [];
  const push = (from: number, to: number): void => {
    let first = from;
    while (first < to && a.lines.blank(first)) first++;
    let last = to - 1;
    while (last >= first && a.lines.blank(last)) last--;
    if (first > last || a.lines.blank(first)) return;
    segments.push({
      first,
      last,
      hasBody: segmentHasBody(a, first, last),
      attach: segmentAttach(a, first, last),
      byGap: gapStarts[from] === 1,
    });
  };
  let from = 0;
  for (const c of cuts) {
    if (c <= from) continue;
    push(from, c);
    from = c;
  }
  push(from, n);

  const out: Array<[number, number]> = [];
  let lead: [number, number] | null = null;
  let prevBody = false;
  for (const s of segments) {
    if (s.hasBody) {
      const continues = s.byGap && !lead && out.length > 0 && prevBody && continuesAcrossGap(a, out[out.length - 1][1], s.first);
      if (continues) out[out.length - 1][1] = s.last;
      else {
        out.push([lead ? lead[0] : s.first, s.last]);
        lead = null;
      }
      prevBody = true;
      continue;
    }
    if (s.attach === 'prev' && out.length > 0 && !lead) {
      out[out.length - 1][1] = s.last;
      prevBody = false;
    } else if (lead) lead[1] = s.last;
    else lead = [s.first, s.last];
  }
  if (lead) {
    if (out.length > 0) out[out.length - 1][1] = lead[1];
    else out.push(lead);
  }
  return mergeThinStories(a, out);
}

/** A story with less prose than this, and less than THIN_STORY_SHARE of its text, is a block of chrome. */
const THIN_STORY_CHARS = 600;
const THIN_STORY_SHARE = 0.25;

/** Characters of prose (GOOD and NEAR lines that are not noise) and of all lines in [first, last]. */
function proseShare(a: TextAnalysis, first: number, last: number): [number, number] {
  let prose = 0;
  let all = 0;
  for (let i = first; i <= last; i++) {
    const len = a.lines.len(i);
    all += len;
    if (a.noise[i] === null && (a.cls[i] === LC_GOOD || a.cls[i] === LC_NEAR)) prose += len;
  }
  return [prose, all];
}

/**
 * A story made of chrome with a few sentences in it (a footer with its teaser blurbs, a page
 * header with a cookie notice) is no story of its own: it joins the story before it (the first
 * story of a file joins the one after). Segments were judged one by one; this judges the whole
 * story they made up.
 */
function mergeThinStories(a: TextAnalysis, stories: Array<[number, number]>): Array<[number, number]> {
  if (stories.length < 2) return stories;
  const out: Array<[number, number]> = [];
  let carry = -1;
  for (const [first, last] of stories) {
    const [prose, all] = proseShare(a, first, last);
    const thin = prose < THIN_STORY_CHARS && prose < all * THIN_STORY_SHARE;
    if (!thin) {
      out.push([carry >= 0 ? carry : first, last]);
      carry = -1;
    } else if (out.length > 0 && carry < 0) out[out.length - 1][1] = last;
    else if (carry < 0) carry = first;
  }
  if (carry >= 0) {
    if (out.length > 0) out[out.length - 1][1] = stories[stories.length - 1][1];
    else return stories;
  }
  return out;
}
