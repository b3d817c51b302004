import type { TextAnalysis } from './analyse';
import { LC_BAD, LC_BLANK, LC_GOOD, LC_NEAR, LC_NOISE, LC_SHORT, leadsIntoProse } from './line-classes';
import { findDate } from './datelines';
import { DANGLING } from './meta';
import { TWO_SENTENCES } from './furniture-shape';
import { headlineCaseShare, TITLE_CASE_SHARE } from './headline-case';
import { isListItemHead } from './list-items';
import { HEAD_META_RULES } from './meta-starts';
import { cohesionAt, cohesionState, headlineEchoAt, nameNoveltyAt, type CohesionState } from './cohesion';

/**
 * Story starts as a scored decision. Every headline-like line that leads into prose is a
 * candidate; its score adds up cues for "a new story begins here" and against ("a subhead of the
 * same article"), and the line starts a story when the score reaches START_SCORE. A drop in
 * lexical cohesion between the text before and after (TextTiling's signal) is one cue, so a
 * subhead inside a run of cohesive paragraphs does not split the article.
 */
export const START_WEIGHTS = {
  bias: -1.64,
  /** Blank lines above the headline: one, two (three or more is the gap cue's call). */
  gapOne: 0.04,
  gapTwo: 0.02,
  /** The line above is noise or chrome (a story footer, a teaser list, a separator). */
  afterNoise: 0.02,
  /** The line above ends a sentence of prose (in-article subheads mostly follow one). */
  afterSentence: -1.67,
  /** Title Case or ALL CAPS headline. */
  headlineCase: 0.33,
  /** Ends with ? or ! (more often a pull quote or subhead than a headline). */
  question: -0.31,
  /** A blank line between the headline and its text. */
  blankAfter: -0.42,
  /** Longer than a SHORT line (a sentence-case headline, or a sentence that lost its full stop). */
  long: -0.48,
  /** Cosine similarity of content words before and after, and its bins. */
  cohesion: -1.79,
  cohesionBelow05: 1.95,
  cohesionBelow10: 1.61,
  cohesionAbove25: -1.52,
  /** Too little text before to compare (the candidate sits near the top of a story). */
  cohesionUnknown: 0.83,
  /** Share of the names after the candidate that the story so far never used (cohesion.ts nameNoveltyAt). */
  nameNovelty: 1.52,
  nameNoveltyUnknown: 0.83,
  /** Share of the headline's content words its lead repeats, and share the story so far already used (cohesion.ts headlineEchoAt). */
  echo: 2.5,
  stale: -3,
  /** Added with the echo terms (they are read only where cohesion is known). */
  echoBias: -0.56,
  /** A byline, source or date line right under it (a blank line between at most): a story's head, not a subhead. */
  metaBelow: 0.9,
} as const;

/**
 * Score at which a candidate starts a story. The weights are logistic fits on the tune split of
 * the development corpus (candidates inside an article body against true story starts), refitted
 * when name novelty joined cohesion: the mean of one fit that measures cohesion from the true
 * story start and one that measures it from the start this decision itself found, as it runs;
 * 0 is the fits' even-odds point. The headline-echo terms (echo, stale, echoBias) came later,
 * chosen by a grid search on the tune split with the others held: they add about +1 to a true headline and take
 * about as much from a subhead that reuses its article's words. They are read only where
 * cohesion is known: with too little story above (page chrome, a teaser list) a line's words
 * have nothing to be compared with, and scoring them there split whole-page dumps at chrome.
 */
export const START_SCORE = 0;
export { headlineCaseShare };
const COHESION_UP =
  Math.max(START_WEIGHTS.cohesionBelow05 + START_WEIGHTS.cohesionBelow10, START_WEIGHTS.cohesionUnknown) +
  Math.max(START_WEIGHTS.nameNovelty, START_WEIGHTS.nameNoveltyUnknown) +
  Math.max(START_WEIGHTS.echo, 0) +
  Math.max(0, START_WEIGHTS.echoBias);
const COHESION_DOWN =
  -START_WEIGHTS.cohesion -
  START_WEIGHTS.cohesionAbove25 -
  Math.min(0, START_WEIGHTS.stale) -
  Math.min(0, START_WEIGHTS.echo) -
  Math.min(0, START_WEIGHTS.echoBias);

const SENTENCE_END = /[.!?…]["”’'»)\]]*$/;

/** Score of line h as a story start; `storyFrom` is the first line of the story it would end. */
export function startScore(a: TextAnalysis, h: number, storyFrom: number, st: CohesionState = cohesionState(a)): number {
  const W = START_WEIGHTS;
  let p = h - 1;
  let blanks = 0;
  while (p >= 0 && a.cls[p] === LC_BLANK) {
    p--;
    blanks++;
  }
  if (p < 0) return 0;
  // Three blank lines are the gap cue's to decide (boundaries.ts, with its mid-sentence check).
  if (blanks >= 3) return START_SCORE - 1;
  let s = W.bias + (blanks === 1 ? W.gapOne : blanks === 2 ? W.gapTwo : 0);
  if (a.cls[p] === LC_NOISE) s += W.afterNoise;
  else if (SENTENCE_END.test(a.lines.t(p))) s += W.afterSentence;
  const t = a.lines.t(h);
  if (headlineCaseShare(t) >= TITLE_CASE_SHARE) s += W.headlineCase;
  if (/[?!]$/.test(t)) s += W.question;
  if (a.cls[h] !== LC_SHORT) s += W.long;
  if (h + 1 < a.lines.count && a.cls[h + 1] === LC_BLANK) s += W.blankAfter;
  if (metaBelow(a, h)) s += W.metaBelow;
  // Cohesion moves the score by at most COHESION_UP up or COHESION_DOWN down: skip it when that cannot change the decision.
  if (s + COHESION_UP < START_SCORE) return s + COHESION_UP;
  if (s - COHESION_DOWN >= START_SCORE) return s;
  const names = nameNoveltyAt(a, h, storyFrom, st);
  s += names < 0 ? W.nameNoveltyUnknown : W.nameNovelty * names;
  const c = cohesionAt(a, h, storyFrom, st);
  if (c < 0) return s + W.cohesionUnknown;
  const e = headlineEchoAt(a, h, storyFrom, st);
  s += W.echoBias + W.echo * Math.max(0, e.echo) + W.stale * Math.max(0, e.stale);
  s += W.cohesion * c;
  if (c < 0.05) s += W.cohesionBelow05;
  if (c < 0.1) s += W.cohesionBelow10;
  if (c > 0.25) s += W.cohesionAbove25;
  return s;
}

/**
 * Is the line under h (a blank line between at most) a byline, source or date line, or a name
 * over a desk byline ("Jane Doe" / "Contributor")? Articles print these under their headline;
 * a subhead inside an article goes straight on with the text.
 */
function metaBelow(a: TextAnalysis, h: number): boolean {
  let j = h + 1;
  if (j < a.lines.count && a.cls[j] === LC_BLANK) j++;
  if (j >= a.lines.count) return false;
  if (a.noise[j] !== null && HEAD_META_RULES.has(a.rule[j]?.id ?? '')) return true;
  return j + 1 < a.lines.count && a.rule[j + 1]?.id === 'byline-desk';
}

/** A line this short that holds a date is a timestamp. */
const DATE_LINE_MAX = 40;
/** Fewest words a headline candidate has. */
const HEADLINE_MIN_WORDS = 3;

function wordCount(t: string): number {
  let n = 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 32 && t.charCodeAt(i + 1) !== 32) n++;
  return n;
}

/** Longest headline that is not a SHORT line (it reads as prose by length). */
const LONG_HEADLINE_MAX = 130;
/** Longest headline, in characters, a candidate may be. */
const HEADLINE_MAX = 160;

/**
 * Is line i shaped like a headline that leads into prose: a SHORT title-like line (or a question
 * or exclamation that reads as a sentence), not a line of a hard-wrapped paragraph, and the
 * prose it leads into is not another headline's?
 */
export function isHeadlineCandidate(a: TextAnalysis, i: number): boolean {
  if (!a.titleLike[i] || a.noise[i] !== null) return false;
  const c = a.cls[i];
  const len = a.lines.len(i);
  if (len > HEADLINE_MAX) return false;
  // One- and two-word lines are labels ("News", "Video", "Motherwell"), not headlines of a new story.
  if (wordCount(a.lines.t(i)) < HEADLINE_MIN_WORDS) return false;
  if (c === LC_BAD) return false;
  const t = a.lines.t(i);
  if (c !== LC_SHORT) {
    // A long headline reads like a sentence without its full stop.
    if (len > LONG_HEADLINE_MAX) return false;
    // Two sentences ("... November 3, 2025. (Nordwire)") make a caption or a paragraph, not a headline.
    if (TWO_SENTENCES.test(t)) return false;
  }
  // The line of a hard-wrapped paragraph looks like a headline too, but it stops on a function
  // word or the text after it goes on mid-sentence; a headline's text starts a sentence.
  // A Title Case headline capitalises its function words too ("What Every Movie Is Really About"):
  // a capitalised last word of such a line ends a title, not a line cut mid-sentence.
  const lastWord = t.slice(t.lastIndexOf(' ') + 1);
  if (DANGLING.has(lastWord.toLowerCase()) && !(lastWord !== lastWord.toLowerCase() && headlineCaseShare(t) >= TITLE_CASE_SHARE))
    return false;
  if (
    insideWrappedParagraph(a, i) ||
    continuesSentenceAbove(a, i) ||
    opensUnclosedQuote(t) ||
    quotedSentence(t) ||
    introducedAbove(a, i) ||
    underHighlights(a, i) ||
    insideTitleRun(a, i)
  )
    return false;
  let j = i + 1;
  while (j < a.lines.count && a.cls[j] === LC_BLANK) j++;
  if (j >= a.lines.count) return false;
  const next = a.text.charAt(a.lines.cs[j]);
  if (next === next.toLowerCase() && next !== next.toUpperCase()) return false;
  // A headline's body follows within a blank line or two; after a story gap it is someone else's.
  let blanks = 0;
  for (let j = i + 1; j < a.lines.count && a.cls[j] === LC_BLANK; j++) if (++blanks >= 3) return false;
  if (!leadsIntoProse(a, a.cls, i) && !overLabel(a, i)) return false;
  // A date line ("Wednesday, 22 March, 2017") is a timestamp, not a headline.
  return !(len <= DATE_LINE_MAX && findDate(t) !== null);
}

/** Words a label under a headline has at most ("At a Glance", "A franchise first"). */
const LABEL_MAX_WORDS = 4;
/** Words a headline over such a label has at least. */
const OVER_LABEL_MIN_WORDS = 5;

/**
 * Is line i a headline over a label or a subhead ("Mentions of X Removed from Y" / "At a
 * Glance" / prose)? leadsIntoProse takes the short line under it for the headline; when that
 * line is a few words under a longer headline, the longer one is the story's headline.
 */
function overLabel(a: TextAnalysis, i: number): boolean {
  let j = i + 1;
  while (j < a.lines.count && a.cls[j] === LC_BLANK && j - i <= 3) j++;
  if (j >= a.lines.count || a.cls[j] !== LC_SHORT || !a.titleLike[j] || a.noise[j] !== null) return false;
  const w = wordCount(a.lines.t(j));
  if (w > LABEL_MAX_WORDS || wordCount(a.lines.t(i)) < Math.max(OVER_LABEL_MIN_WORDS, w + 2)) return false;
  return leadsIntoProse(a, a.cls, j);
}

/**
 * Does line i go on with the sentence of the prose line right above it (no blank line between),
 * which stops on a function word ("...an Australian icon after")? A wrapped line of any width.
 */
function continuesSentenceAbove(a: TextAnalysis, i: number): boolean {
  if (i === 0 || a.lines.blank(i - 1) || a.noise[i - 1] !== null || (a.cls[i - 1] !== LC_GOOD && a.cls[i - 1] !== LC_NEAR)) return false;
  const t = a.lines.t(i - 1);
  return DANGLING.has(t.slice(t.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * Does the line open a double quote it never closes ("I'm just like, what is it telling me?)? A
 * quotation that runs over several paragraphs opens each of them and closes only the last; a
 * headline that quotes someone closes the quote.
 */
function opensUnclosedQuote(t: string): boolean {
  const c = t.charAt(0);
  if (c === '“') return !t.includes('”', 1);
  return c === '"' && !t.includes('"', 1);
}

/**
 * Is the line one quoted sentence ('"I will do all I can to win the cup."')? That is a pull
 * quote or a paragraph of quotation: a headline that quotes someone drops the full stop
 * ('“Harbour deal is done”').
 */
function quotedSentence(t: string): boolean {
  const c = t.charAt(0);
  if (c !== '"' && c !== '“') return false;
  const end = t.charAt(t.length - 1);
  return (end === '"' || end === '”') && t.charAt(t.length - 2) === '.';
}

/**
 * Is line i in the middle of a run of headline-like lines, one right under the other (a list of
 * other stories' headlines)? A headline may have a label over it or a deck under it, but not a
 * line of several words shaped like itself on both sides. (At the foot of such a run stands the
 * article's own headline under a menu of a page dump as often as the last teaser of a list.)
 */
function insideTitleRun(a: TextAnalysis, i: number): boolean {
  const n = a.lines.count;
  if (i === 0 || i + 1 >= n) return false;
  const titled = (j: number): boolean =>
    !a.lines.blank(j) && a.titleLike[j] === 1 && a.lines.len(j) <= LONG_HEADLINE_MAX && wordCount(a.lines.t(j)) >= HEADLINE_MIN_WORDS;
  return titled(i - 1) && titled(i + 1);
}

/** Bullet lines a "Story highlights" block holds, at most. */
const HIGHLIGHTS_LINES = 4;

/**
 * Is line i a bullet of a "Story highlights" block: only headline-like lines between it and the
 * block's header above? The bullets sum up the article below them; they head no story of their own.
 */
function underHighlights(a: TextAnalysis, i: number): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen <= HIGHLIGHTS_LINES; j--) {
    if (a.lines.blank(j)) continue;
    if (a.rule[j]?.id === 'highlights') return true;
    if (a.noise[j] !== null || !a.titleLike[j]) return false;
    seen++;
  }
  return false;
}

/**
 * Does the prose line above (a blank line between at most) end in a colon ("More games news:",
 * "He listed three reasons:")? What follows is what that line introduces: a list, a quotation.
 */
function introducedAbove(a: TextAnalysis, i: number): boolean {
  let p = i - 1;
  if (p >= 0 && a.lines.blank(p)) p--;
  if (p < 0 || a.lines.blank(p) || a.noise[p] !== null) return false;
  return a.lines.t(p).endsWith(':');
}

/** Shortest line of a hard-wrapped paragraph that the wrap test looks at. */
const WRAP_MIN_CHARS = 50;
/** Lines of one wrapped paragraph differ in length by at most this share of the longer one. */
const WRAP_SPREAD = 0.15;

/**
 * Is line i a line of a hard-wrapped paragraph: the first (opensWrappedParagraph), or a middle one,
 * where the line right above it (no blank line between) runs to about the same width without
 * ending a sentence, and text goes on below?
 * Wire copy wraps at a fixed width, so a line that starts with a name ("Prime Minister ...")
 * looks like a headline; a headline is shorter than the lines around it or follows a sentence.
 */
function insideWrappedParagraph(a: TextAnalysis, i: number): boolean {
  if (opensWrappedParagraph(a, i)) return true;
  if (i === 0 || i + 1 >= a.lines.count || a.lines.blank(i - 1) || a.lines.blank(i + 1) || a.noise[i - 1] !== null) return false;
  const above = a.lines.len(i - 1);
  const len = a.lines.len(i);
  if (above < WRAP_MIN_CHARS || len < WRAP_MIN_CHARS || Math.abs(above - len) > Math.max(above, len) * WRAP_SPREAD) return false;
  return !SENTENCE_END.test(a.lines.t(i - 1));
}

/**
 * Is line i the first line of a hard-wrapped paragraph: at least WRAP_MIN_CHARS long, the line
 * right below it (no blank line between) runs to about the same width, and that one goes on too
 * (it stops mid-sentence, or a line no wider follows)? A headline over a wrapped lead is shorter
 * than the wrap width, or has a blank line under it.
 */
function opensWrappedParagraph(a: TextAnalysis, i: number): boolean {
  const n = a.lines.count;
  if (i + 2 >= n || a.lines.blank(i + 1) || a.lines.blank(i + 2) || a.noise[i + 1] !== null) return false;
  const len = a.lines.len(i);
  const below = a.lines.len(i + 1);
  if (len < WRAP_MIN_CHARS || below < WRAP_MIN_CHARS || Math.abs(below - len) > Math.max(below, len) * WRAP_SPREAD) return false;
  return !SENTENCE_END.test(a.lines.t(i + 1)) || a.lines.len(i + 2) <= below * (1 + WRAP_SPREAD);
}

/** Lines where the scored decision starts a story (sorted). */
export function scoredStarts(a: TextAnalysis): number[] {
  const out: number[] = [];
  const n = a.lines.count;
  let storyFrom = 0;
  let seenProse = false;
  const st = cohesionState(a);
  let blanks = 0;
  for (let i = 0; i < n; i++) {
    const c = a.cls[i];
    if (c === LC_BLANK) {
      blanks++;
      continue;
    }
    // A story gap starts a story (the gap cue): cohesion compares with what follows it.
    if (blanks >= 3) storyFrom = i;
    blanks = 0;
    if (c === LC_NOISE) continue;
    if (seenProse && isHeadlineCandidate(a, i) && startsHere(a, i, startScore(a, i, storyFrom, st))) {
      out.push(i);
      storyFrom = i;
    }
    if (c === LC_GOOD || c === LC_NEAR) seenProse = true;
  }
  return out;
}

/**
 * Score from which a candidate starts a story even when it looks like a list item head
 * (list-items.ts): a line of a template shared with a short line near it ("How Kong: ..." over
 * "Note: May contain spoilers."). A list's items sit inside one article, where cohesion and the
 * line's stale words keep the score low; a score this high is a new story's headline
 * (tune split and extra seeds: 3.5; 2 split more list items, 3 split a saved page or two).
 */
const LIST_ITEM_OVERRIDE = 3.5;

/** Does candidate i, with this score, start a story? */
function startsHere(a: TextAnalysis, i: number, score: number): boolean {
  if (score < START_SCORE) return false;
  return score >= LIST_ITEM_OVERRIDE || !isListItemHead(a, i);
}
