import { findDate } from './datelines';

/**
 * The shape of a line of page furniture that can sit in a story's head and look title-like: a
 * section label ("Sport"), a breadcrumb ("Home › Africa"), a kicker ("Politics | Analysis"), a
 * byline with its desk ("Name | Senior Correspondent", "By ..."), a caption of two sentences
 * ("People look on. Image: Studio"), a timestamp. None of them is a headline.
 */

/** Fewest words of a headline; shorter lines are labels. */
const MIN_WORDS = 3;
/** A side of a "A | B" line with at most this many words is a label (a kicker, a breadcrumb step, a desk). */
const LABEL_SIDE_WORDS = 3;
/** A line this short that holds a date is a timestamp. */
const DATE_LINE_MAX = 40;
/** A longer line with a date is a timestamp when it is mostly the date (dateHeavy). */
const LONG_DATE_LINE_MAX = 50;
/** Words without a digit a long timestamp has at most (its label, the weekday, the month, "at"). */
const LONG_DATE_PLAIN_WORDS = 4;

/** Separators of breadcrumbs, kickers and bylines with a desk. */
const SEPARATOR = /\s(?:[|›»•·/]|>)\s/;
/** Three or more parts set apart by runs of two or more spaces. */
const BUTTON_BAR = /\S {2,}\S.* {2,}\S/;
/** A spaced en or em dash between two parts of a line. */
const DASH_SEPARATOR = /\s[–—]\s/;
/**
 * Two sentences on one line ("People look on. Image: Studio"): a caption or a paragraph, not a
 * headline. The full stop of an abbreviation or an initial ("Dr. Phil", "U.S. Army", "Mrs. Ames")
 * ends no sentence; nor does a question or exclamation mark, which headlines use to ask and
 * answer in one line ("Not Gone? Sightings Give Hope", "Happy Anniversary! Rocket Flies Again"),
 * nor an ellipsis ("Awkward... The Keeper Was Locked Out").
 */
export const TWO_SENTENCES = /(?<!\b\p{Lu}\p{Ll}{0,2}|\.)\.["”’)]?\s+["“(]?\p{Lu}/u;

function words(t: string): number {
  return t.split(/\s+/).filter(Boolean).length;
}

/** Does line text t have the shape of page furniture rather than of a headline? */
export function furnitureShaped(t: string): boolean {
  if (words(t) < MIN_WORDS) return true;
  // "Accept all   Reject all   Customise": buttons or links laid out with runs of spaces, not a headline.
  if (BUTTON_BAR.test(t)) return true;
  if (metaShaped(t)) return true;
  const sep = SEPARATOR.exec(t);
  if (sep) {
    // "Headline | Site" keeps a long first side; "Politics | Analysis", "Home › Africa", "Name | Desk" do not.
    const left = t.slice(0, sep.index);
    const right = t.slice(sep.index + sep[0].length);
    if (SEPARATOR.test(right)) return true;
    if (words(left) <= LABEL_SIDE_WORDS && !shortHeadlineOverMasthead(left, right)) return true;
  }
  // "Site Name — Edition: US", "NEWSWIRE — NEWS SUMMARY": a masthead over its section, two labels joined by a dash.
  const dash = DASH_SEPARATOR.exec(t);
  if (dash && words(t.slice(0, dash.index)) <= LABEL_SIDE_WORDS && words(t.slice(dash.index + dash[0].length)) <= LABEL_SIDE_WORDS - 1)
    return true;
  return false;
}

/** A line that says who, when or what the picture shows (a byline, a timestamp, a counter, a caption), not what the story is. */
export function metaShaped(t: string): boolean {
  if (TWO_SENTENCES.test(t)) return true;
  // A counter or a read time: "Share 395", "5 min read", "12 comments".
  if (words(t) <= LABEL_SIDE_WORDS && /\d/.test(t)) return true;
  if (/^By\s/.test(t)) return true;
  if (t.length <= DATE_LINE_MAX) return findDate(t) !== null;
  return t.length <= LONG_DATE_LINE_MAX && dateHeavy(t) && findDate(t) !== null;
}

/**
 * "First published Wednesday 14 November 2012", "Updated Saturday 30 September 2017 at 09:12":
 * a timestamp with its label runs past DATE_LINE_MAX, but most of it is the date: two or more
 * of its words carry digits (the day, the year, the time) and few do not.
 */
function dateHeavy(t: string): boolean {
  let digits = 0;
  let plain = 0;
  for (const w of t.split(/\s+/)) if (w) /\d/.test(w) ? digits++ : plain++;
  return digits >= 2 && plain <= LONG_DATE_PLAIN_WORDS;
}

/**
 * "Wrong-way lorry stopped | The Harbour Ledger": a short headline over its site's name. Labels
 * are title-cased ("Politics | Analysis", "Name | Senior Correspondent"); a headline of a few
 * words in sentence case has a word in lower case, and the masthead after it is a name of a few
 * capitalised words.
 */
function shortHeadlineOverMasthead(left: string, right: string): boolean {
  return words(left) >= MIN_WORDS && /\s\p{Ll}/u.test(left) && MASTHEAD_SIDE.test(right);
}

/** A site name: one to four capitalised words, "The" allowed first. */
const MASTHEAD_SIDE = /^(?:The\s+)?\p{Lu}[\p{L}\d.&'’]*(?:\s+\p{Lu}[\p{L}\d.&'’]*){0,3}$/u;
