import type { TextAnalysis } from './analyse';
import { DANGLING } from './meta';
import { furnitureShaped, metaShaped } from './furniture-shape';
import { wordStats } from './stopwords';
import { headlineCaseShare, TITLE_CASE_SHARE } from './headline-case';

/**
 * A jusText-style classifier for the lines the line rules left alone. Each line gets a class
 * from shallow features, then context decides: prose is kept wherever it is, a short line between
 * prose lines is kept (subheads, one-line paragraphs, the last line of a hard-wrapped paragraph),
 * and a run of short or link-like lines with no prose in it is page chrome (menus, tickers,
 * teaser lists, footers). A short title-like line that leads into prose is a headline and is
 * never chrome.
 */

/** Line classes. GOOD: prose. NEAR: a sentence, too short to vouch for itself. SHORT: a label or title. BAD: a list, link or number line. */
export const LC_BLANK = 0;
export const LC_GOOD = 1;
export const LC_NEAR = 2;
export const LC_SHORT = 3;
export const LC_BAD = 4;
/** Already noise by a line or context rule. */
export const LC_NOISE = 5;

/** Tunable thresholds (tuned on the dev corpus's tune split). */
export const LINE_CLASS_THRESHOLDS = {
  /** Lines with fewer characters are SHORT unless they read as a sentence. */
  shortChars: 70,
  /** Stopword share of a prose line (jusText's stopwords_high, for our smaller list). */
  goodStopwords: 0.22,
  /** Below this share a line of 8+ words is a list of names, not prose. */
  listStopwords: 0.06,
  /** A short line that ends a sentence and has this many words (and a stopword) is NEAR. */
  sentenceWords: 4,
  /** A short line of this many words at this stopword share reads as prose (a wrapped line), not a label. */
  proseWords: 8,
  proseStopwords: 0.34,
  /** A list entry ("• Headline", "1. Headline") longer than this is a paragraph that starts with a dash. */
  listItemChars: 150,
  /** Runs of this many SHORT/BAD/noise lines or more, with no prose between, are chrome. */
  chromeRun: 3,
  /** Lines of meta (byline, time, caption) a headline may have before its first prose line. */
  headlineLead: 3,
  /** ...and more lines shaped like a byline, a timestamp or a caption (furniture-shape.ts metaShaped). */
  headlineMeta: 3,
  /** ...and lines of any kind, rule noise included. */
  headlineScan: 12,
  /** Characters of a long line sampled for the features. */
  sample: 90,
} as const;

const T = LINE_CLASS_THRESHOLDS;
const URLISH = /https?:\/\/|www\.|\.(?:com|org|net|co\.uk|ru)\b|@\w/;
const LIST_MARK = /^(?:[•·▪►»>*+–—-]\s|\d{1,2}[.)]\s)/;

/** Does text[.., end) end a sentence: . ! ? … possibly followed by closing quotes or brackets. */
function endsSentence(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && CLOSERS.includes(text[i])) i--;
  return i >= start && '.!?…'.includes(text[i]);
}
const CLOSERS = '"”’\'»)]';

/** Class of one trimmed line from its own features. */
export function classifyLine(t: string): number {
  return classifySpan(t, 0, t.length);
}

/**
 * Class of the trimmed line text[cs, ce). Long lines are judged on their first T.sample
 * characters, and only short lines are sliced: this runs on every line of a 20 MB dump.
 */
function classifySpan(text: string, cs: number, ce: number, next = -1, nextEnd = -1): number {
  const len = ce - cs;
  const sampleEnd = Math.min(ce, cs + T.sample);
  const { words: n, stopwords: stop, numeric: digits } = wordStats(text, cs, sampleEnd);
  if (n === 0) return LC_BAD;
  const density = stop / n;
  if (n < 25 && mayHaveUrl(text, cs, sampleEnd) && URLISH.test(text.slice(cs, sampleEnd))) return LC_BAD;
  if (digits / n > 0.5 && n >= 2) return LC_BAD;
  if (n >= 8 && density < T.listStopwords) return LC_BAD;
  const sentence = endsSentence(text, cs, ce);
  if (len < T.shortChars) {
    // A line of a hard-wrapped paragraph: as many words as a sentence and as many stopwords as prose.
    if (n >= T.proseWords && density >= T.proseStopwords) return LC_NEAR;
    if (n >= T.sentenceWords) {
      // The next line goes on in lower case: the first or a middle line of a hard-wrapped paragraph.
      if (stop > 0 && next >= 0 && startsLower(text, next, nextEnd)) return LC_NEAR;
      // Cut off mid-sentence ("...two hundred passengers and"): prose that goes on elsewhere.
      const sp = text.lastIndexOf(' ', ce - 1);
      if (sp >= cs && DANGLING.has(text.slice(sp + 1, ce).toLowerCase())) return LC_NEAR;
      if (sentence && stop > 0 && !startsListEntry(text, cs, ce)) return LC_NEAR;
    }
    return LC_SHORT;
  }
  if (!sentence && len < T.listItemChars && startsListEntry(text, cs, ce)) return LC_SHORT;
  return density >= T.goodStopwords ? LC_GOOD : LC_NEAR;
}

/** Cheap precheck before URLISH: a "/", "@" or "." followed by a letter somewhere in the span. */
function mayHaveUrl(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 64) return true;
    if (c === 46 && i + 1 < to) {
      const d = text.charCodeAt(i + 1) | 0x20;
      if (d >= 97 && d <= 122) return true;
    }
  }
  return false;
}

/** LIST_MARK on the first few characters, sliced only when the first character can start one. */
function startsListEntry(text: string, cs: number, ce: number): boolean {
  const c = text.charCodeAt(cs);
  if (!((c >= 48 && c <= 57) || LIST_FIRST.includes(text[cs]))) return false;
  return LIST_MARK.test(text.slice(cs, Math.min(ce, cs + 4)));
}
const LIST_FIRST = '•·▪►»>*+–—-';

/** Per-line class for the whole text (blank lines LC_BLANK, rule noise LC_NOISE). */
export function classifyLines(a: TextAnalysis): Uint8Array {
  const n = a.lines.count;
  const cls = new Uint8Array(n);
  const { cs, ce } = a.lines;
  for (let i = 0; i < n; i++) {
    if (a.lines.blank(i)) cls[i] = LC_BLANK;
    else if (a.noise[i] !== null) cls[i] = LC_NOISE;
    else {
      let c = i + 1 < n ? classifySpan(a.text, cs[i], ce[i], cs[i + 1], ce[i + 1]) : classifySpan(a.text, cs[i], ce[i]);
      // A Title Case headline of eight words or more may have no stopword at all; it is not a list of names.
      if (c === LC_BAD && a.titleLike[i] && headlineNotList(a.text, cs[i], ce[i])) c = LC_SHORT;
      // The tail of a hard-wrapped or run-on paragraph ("Earth.") is prose, not a label.
      if (c === LC_SHORT && i > 0 && (cls[i - 1] === LC_GOOD || cls[i - 1] === LC_NEAR) && endsSentence(a.text, cs[i], ce[i])) c = LC_NEAR;
      cls[i] = c;
    }
  }
  return cls;
}

/**
 * Is the title-like line text[cs, ce), which the stopword test took for a list ("Cast: Ann Lund,
 * Per Holm, Eva Berg"), a headline ("Harbour Pilots, Ferry Crews Still Waiting for Pay Deal")?
 * Yes when it is no longer than a SHORT line, holds at most one comma and no list separator
 * ("|", "·", "•", "/", ":"), and is BAD for no other reason (a link or handle, mostly numbers).
 */
function headlineNotList(text: string, cs: number, ce: number): boolean {
  if (ce - cs >= T.shortChars) return false;
  let commas = 0;
  for (let k = cs; k < ce; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 && ++commas > 1) return false;
    if (c === 124 || c === 0xb7 || c === 0x2022 || c === 47 || c === 58) return false;
  }
  const { words, stopwords, numeric } = wordStats(text, cs, ce);
  return words >= 8 && stopwords / words < T.listStopwords && numeric * 2 < words && !URLISH.test(text.slice(cs, ce));
}

/** Does text[cs, ce) start with a lower-case letter (a line that goes on with the sentence above)? */
function startsLower(text: string, cs: number, ce: number): boolean {
  if (cs >= ce) return false;
  const code = text.charCodeAt(cs);
  if (code < 128) return code >= 97 && code <= 122;
  const ch = text[cs];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const isProse = (c: number): boolean => c === LC_GOOD;

/** A line of at most BUTTON_WORDS words: a button or a label rather than a headline over a longer headline. */
function fewWords(a: TextAnalysis, i: number): boolean {
  const cs = a.lines.cs[i];
  const ce = a.lines.ce[i];
  let spaces = 0;
  for (let k = cs; k < ce; k++) if (a.text.charCodeAt(k) === 32 && ++spaces >= BUTTON_WORDS) return false;
  return true;
}
const BUTTON_WORDS = 3;

/**
 * Does line i lead into prose: title-like, and the next content lines (past at most a few meta,
 * noise or SHORT lines) reach a GOOD line? Then it is a headline (or a subhead), not chrome.
 * `deep`: a line of a few words loses to a longer headline between it and the prose.
 */
export function leadsIntoProse(a: TextAnalysis, cls: Uint8Array, i: number, deep = true): boolean {
  if (!a.titleLike[i]) return false;
  let lead = 0;
  let meta = 0;
  let seen = 0;
  let decks = 0;
  for (let j = i + 1; j < cls.length; j++) {
    const c = cls[j];
    if (c === LC_BLANK) continue;
    if (isProse(c) || c === LC_NEAR) {
      // The first long line is itself a headline leading into the prose: that one is the headline,
      // and this line is a button or a label above it ("Email this article").
      // Not when that line is the first of a hard-wrapped lead (the line after it goes on in lower case).
      if (deep && a.titleLike[j] && fewWords(a, i) && !fewWords(a, j) && !wrapsOn(a, j) && leadsIntoProse(a, cls, j, false)) return false;
      // A short first sentence (a standfirst, "They don't make them like they used to.") counts when prose follows it.
      return isProse(c) || a.lines.len(j) >= 40 || nextIsProse(a, cls, j);
    }
    // The page's title and its on-page headline, one under the other, are one headline.
    if (isCopyOf(a, j, i)) continue;
    // Rule noise (bylines, share bars, captions) may sit under a headline; a few unknown lines may too,
    // and a few more that are shaped like a byline, a timestamp or a caption.
    if (++seen > T.headlineScan) return false;
    if (c !== LC_NOISE && ++lead > T.headlineLead) {
      if (++meta > T.headlineMeta || !metaShaped(a.lines.t(j))) return false;
      lead--;
    }
    // Another title-like line before the prose: that one is the headline (or this is a menu).
    // A title-like line right under a byline is the writer's agency or desk, not another headline;
    // nor is a line shaped like furniture (a desk byline, a share bar, a caption).
    if (
      c === LC_SHORT &&
      a.titleLike[j] &&
      !spanHasDigit(a.text, a.lines.cs[j], a.lines.ce[j]) &&
      !spanIsLabel(a.text, a.lines.cs[j], a.lines.ce[j]) &&
      !underByline(a, j) &&
      !furnitureShaped(a.lines.t(j)) &&
      !opensWrappedRun(a, j) &&
      !isDeck(a, cls, i, j, ++decks)
    )
      return false;
  }
  return false;
}

/**
 * Is title-like line j, the `nth` such line under headline i, a deck (a standfirst set under the
 * headline: "Prices tumbled after the regulator's primer")? A Title Case headline over one or two
 * sentence-case lines of DECK_WORDS words or more: a second headline, or the next entry of a menu
 * or teaser list, is set in the same case as the first.
 */
function isDeck(a: TextAnalysis, cls: Uint8Array, i: number, j: number, nth: number): boolean {
  // Decks sit right under the headline, one per line; a headline's own first line has no short line over it (nor one the chrome-run pass took).
  if (
    nth > DECKS ||
    j - i !== nth ||
    (i > 0 && !a.lines.blank(i - 1) && (cls[i - 1] === LC_SHORT || a.context[i - 1] === 'chrome-run')) ||
    wordsIn(a.lines.t(i)) < HEADLINE_WORDS
  )
    return false;
  const t = a.lines.t(j);
  if (wordsIn(t) < DECK_WORDS || headlineCaseShare(t) >= TITLE_CASE_SHARE) return false;
  // A sentence-case headline sets its deck in the same case: only one deck, over a paragraph of
  // prose, under a headline that opens its block (the entries of a teaser list follow one another).
  if (headlineCaseShare(a.lines.t(i)) < TITLE_CASE_SHARE && (nth !== 1 || i === 0 || !a.lines.blank(i - 1) || !nextIsGood(a, cls, j)))
    return false;
  // A line printed twice is a headline block's headline, under a label or a masthead.
  let k = j + 1;
  while (k < a.lines.count && a.lines.blank(k)) k++;
  return k >= a.lines.count || !isCopyOf(a, k, j);
}

/** Is the next line after j, a blank line between at most, a GOOD line of prose? */
function nextIsGood(a: TextAnalysis, cls: Uint8Array, j: number): boolean {
  let k = j + 1;
  if (k < cls.length && cls[k] === LC_BLANK) k++;
  return k < cls.length && cls[k] === LC_GOOD && a.noise[k] === null;
}

function wordsIn(t: string): number {
  let words = 1;
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) === 32 && t.charCodeAt(k + 1) !== 32) words++;
  return words;
}
/** Most deck lines under one headline, fewest words in one, and in the headline over them (not a label). */
const DECKS = 2;
const DECK_WORDS = 5;
const HEADLINE_WORDS = 4;

/** Does the line after j (no blank line between) go on with j's sentence in lower case? */
function wrapsOn(a: TextAnalysis, j: number): boolean {
  return j + 1 < a.lines.count && !a.lines.blank(j + 1) && startsLower(a.text, a.lines.cs[j + 1], a.lines.ce[j + 1]);
}

/**
 * Is line j the first line of a hard-wrapped paragraph of three lines or more: the two lines
 * under it follow without a blank line, at about its width? Wire copy wraps its lead short, so
 * the lead's first line ("Queensland Treasurer and Acting Emergency Services Minister Andrew")
 * can look like a second headline under the real one.
 */
function opensWrappedRun(a: TextAnalysis, j: number): boolean {
  if (j + 2 >= a.lines.count || a.lines.blank(j + 1) || a.lines.blank(j + 2)) return false;
  const len = a.lines.len(j);
  if (len < WRAP_RUN_CHARS) return false;
  for (let k = j + 1; k <= j + 2; k++) {
    if (a.noise[k] !== null || Math.abs(a.lines.len(k) - len) > len * WRAP_RUN_SPREAD) return false;
  }
  return true;
}
/** Shortest first line of a wrapped run, and how much its lines' widths may differ (share of it). */
const WRAP_RUN_CHARS = 50;
const WRAP_RUN_SPREAD = 0.2;

/**
 * Is the next non-blank line after j prose: a GOOD line, or a NEAR line of a hard-wrapped
 * paragraph (the line after it goes on in lower case), as wire copy wraps its prose short?
 */
function nextIsProse(a: TextAnalysis, cls: Uint8Array, j: number): boolean {
  let k = j + 1;
  while (k < cls.length && cls[k] === LC_BLANK) k++;
  if (k >= cls.length) return false;
  if (isProse(cls[k])) return true;
  return cls[k] === LC_NEAR && wrapsOn(a, k);
}

/** Is the line right above line j (no blank line between) a byline ("By ...", "Story by ...")? */
function underByline(a: TextAnalysis, j: number): boolean {
  return j > 0 && a.noise[j - 1] === 'reporter-bio' && a.rule[j - 1]?.attach === 'next';
}

/**
 * Mark chrome runs as noise on the analysis. A line of a run is 'related-teaser' when it looks
 * like a list entry or a headline of another story, else 'site-chrome'.
 */
export function markChromeRuns(a: TextAnalysis): Uint8Array {
  const cls = classifyLines(a);
  const n = cls.length;
  // No prose at all (a list, a word salad, one odd line): nothing to tell chrome from, keep it all.
  if (!cls.some((c) => c === LC_GOOD || c === LC_NEAR)) return cls;
  const repeated = repeatedShortLines(a, cls);
  let i = 0;
  let seenProse = false;
  while (i < n) {
    const c = cls[i];
    if (c === LC_BLANK) {
      i++;
      continue;
    }
    if (c === LC_GOOD || c === LC_NEAR) {
      seenProse = true;
      i++;
      continue;
    }
    // A run of SHORT/BAD/noise lines (blank lines inside allowed).
    const from = i;
    let weak = 0;
    let last = i;
    for (; i < n; i++) {
      const d = cls[i];
      if (d === LC_BLANK) continue;
      if (d === LC_GOOD || d === LC_NEAR) break;
      weak++;
      last = i;
    }
    const atEdge = !seenProse || i >= n;
    // A line or two between prose (a subhead, a source link, a one-line paragraph) belongs to the article.
    if (weak < T.chromeRun && !atEdge) continue;
    let headline = false;
    let headlineAt = -1;
    for (let j = from; j <= last; j++) {
      const d = cls[j];
      if (d !== LC_SHORT && d !== LC_BAD) continue;
      // The deck under a headline is the article's standfirst, not chrome.
      if (headlineAt >= 0 && d === LC_SHORT && a.titleLike[j] && isDeck(a, cls, headlineAt, j, j - headlineAt)) continue;
      // Under a headline, a one- or two-word line ("News", "Video") is a label, not a second headline;
      // a line shaped like a desk byline, a share bar or a caption never is one.
      if (
        d === LC_SHORT &&
        !(headline && spanIsLabel(a.text, a.lines.cs[j], a.lines.ce[j])) &&
        leadsIntoProse(a, cls, j) &&
        !metaShaped(a.lines.t(j))
      ) {
        headline = true;
        headlineAt = j;
        continue;
      }
      // A headline or caption printed twice is a headline block: headline-blocks.ts names its copies.
      if (repeated.has(a.lines.t(j))) continue;
      mark(a, j, cls);
    }
  }
  return cls;
}

/**
 * Is line j the same headline as line i: the same text, or line i's text with a site name
 * appended ("Headline | Site", "Headline - Site", "Headline — Site")?
 */
function isCopyOf(a: TextAnalysis, j: number, i: number): boolean {
  const lj = a.lines.len(j);
  const li = a.lines.len(i);
  // Lengths and first characters first: this runs for every line a headline scan passes.
  if (lj > li || lj === 0 || a.text.charCodeAt(a.lines.cs[j]) !== a.text.charCodeAt(a.lines.cs[i])) return false;
  const tj = a.lines.t(j);
  const ti = a.lines.t(i);
  if (!ti.startsWith(tj)) return false;
  return lj === li || SITE_SUFFIX.test(ti.slice(lj));
}
const SITE_SUFFIX = /^\s+[|:\-–—]{1,2}\s+\S/;

/** One or two words: a section label or a button, never a headline under another headline. */
function spanIsLabel(text: string, cs: number, ce: number): boolean {
  const sp = text.indexOf(' ', cs);
  return sp < 0 || sp >= ce || text.indexOf(' ', sp + 1) < 0 || text.indexOf(' ', sp + 1) >= ce;
}

function spanHasDigit(text: string, cs: number, ce: number): boolean {
  for (let i = cs; i < ce; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * SHORT title-like lines printed twice within a few lines of each other (a headline block's copy).
 * A line printed three times or more is a label of a menu or a list ("World", "News"), not a headline.
 */
function repeatedShortLines(a: TextAnalysis, cls: Uint8Array): Set<string> {
  // Per text, one entry: where it was last printed and how often (capped past HEADLINE_COPIES), packed.
  const printed = new Map<string, number>();
  const near = new Set<string>();
  for (let i = 0; i < cls.length; i++) {
    if (cls[i] !== LC_SHORT || !a.titleLike[i]) continue;
    const t = a.lines.t(i);
    const prev = printed.get(t);
    if (prev !== undefined && i - Math.floor(prev / COPY_SLOTS) <= 12) near.add(t);
    printed.set(t, i * COPY_SLOTS + Math.min(HEADLINE_COPIES + 1, prev === undefined ? 1 : (prev % COPY_SLOTS) + 1));
  }
  const out = new Set<string>();
  for (const t of near) if ((printed.get(t) ?? 0) % COPY_SLOTS <= HEADLINE_COPIES) out.add(t);
  return out;
}
/** Room for a copy count up to HEADLINE_COPIES + 1 in a packed `printed` entry. */
const COPY_SLOTS = 4;
/** Most times a page prints one headline (its title and its on-page headline). */
const HEADLINE_COPIES = 2;

function mark(a: TextAnalysis, i: number, cls: Uint8Array): void {
  const t = a.lines.t(i);
  a.noise[i] = LIST_MARK.test(t) || (a.titleLike[i] && t.split(' ').length >= 4) ? 'related-teaser' : 'site-chrome';
  a.context[i] = 'chrome-run';
  a.titleLike[i] = 0;
  cls[i] = LC_NOISE;
}
