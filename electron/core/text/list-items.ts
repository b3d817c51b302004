import type { TextAnalysis } from './analyse';
import { LC_BAD, LC_SHORT } from './line-classes';

/**
 * Item heads of a list inside one article: the games of a buyer's guide ("“Job Simulator” ($30)"),
 * the maps of a match report ("Map 5: Hanamura (Assault)"), the rows of a spec sheet ("Graphic:
 * VIA UniChrome"). Each looks like a headline over a paragraph, but a list sets its heads to one
 * template, and a neighbouring line of the same template says the line is an item, not the
 * headline of a new story: a story's headline has no sibling of its own shape a few lines away.
 */

/** Non-blank lines looked at on each side of a candidate for a sibling. */
export const LIST_SIBLING_LINES = 6;
/** Longest line that can be an item head (or its sibling). */
const ITEM_MAX_CHARS = 160;
/** Most words of a "Label:" before its colon. */
const LABEL_WORDS = 3;

const QUOTES = '"“‘\'«';
/** The template bits of a "Label:" opening and of a "Name - Role" one. */
const LABEL_BIT = 8;
const DASH_BIT = 32;

/**
 * A line's template, as bits: opens with a quote, ends with a parenthesis, opens with a number
 * ("3. "), opens with a label and a colon, that label holds a digit, opens with a short name and
 * a spaced dash ("Jane Doe - Chair, Harbour Board"). 0: no template.
 */
export function itemTemplate(t: string): number {
  if (t.length === 0 || t.length > ITEM_MAX_CHARS) return 0;
  let bits = 0;
  if (QUOTES.includes(t[0])) bits |= 1;
  if (t.endsWith(')')) bits |= 2;
  if (/^\d{1,2}[.)]\s/.test(t)) bits |= 4;
  const colon = t.indexOf(':');
  if (colon > 0 && colon < 30 && (t[colon + 1] === ' ' || colon + 1 === t.length)) {
    const label = t.slice(0, colon);
    if (label.trim().split(/\s+/).length <= LABEL_WORDS) {
      bits |= 8;
      if (/\d/.test(label)) bits |= 16;
    }
  }
  // "Name Surname - Role, Body": a dash after a short name (a panel, a cast list).
  const dash = t.indexOf(' - ');
  if (dash > 0 && dash < 30 && t.slice(0, dash).split(' ').length <= LABEL_WORDS) bits |= DASH_BIT;
  return bits;
}

/** Do two "Label: ..." lines share their label, digits and spacing aside ("Map 1" / "Map 2", "Director :" / "Director:")? */
function sameLabel(t: string, u: string): boolean {
  const key = (s: string): string =>
    s
      .slice(0, s.indexOf(':'))
      .replace(/[\d\s]+/g, '')
      .toLowerCase();
  return key(t) === key(u);
}

/** Is line i an item head: a short non-noise line of the same template (not its copy) within LIST_SIBLING_LINES lines? */
export function isListItemHead(a: TextAnalysis, i: number): boolean {
  const t = a.lines.t(i);
  const tpl = itemTemplate(t);
  if (tpl === 0) return false;
  for (const step of [-1, 1]) {
    for (let j = i + step, seen = 0; j >= 0 && j < a.lines.count && seen < LIST_SIBLING_LINES; j += step) {
      if (a.lines.blank(j)) continue;
      seen++;
      const u = a.lines.t(j);
      // A line the noise rules took (a caption, a credit) is a sibling only under the same label
      // ("Director: ...", "Map 2: ..."): it is an item the rules misread, but a headline's "Review:"
      // or "Analysis:" near a "Photo:" credit is no list. A line the chrome-run pass took for a
      // list entry is a sibling of a "Name - Role" line: that pass saw the list too.
      if (a.noise[j] !== null) {
        if (
          u !== t &&
          itemTemplate(u) === tpl &&
          ((tpl & DASH_BIT && a.context[j] === 'chrome-run') || (tpl & LABEL_BIT && sameLabel(t, u)))
        )
          return true;
        continue;
      }
      // A sibling is a head too: a short line, not a quoted paragraph that happens to open like one.
      if (a.cls[j] !== LC_SHORT && a.cls[j] !== LC_BAD) continue;
      if (u !== t && itemTemplate(u) === tpl) return true;
    }
  }
  return false;
}
