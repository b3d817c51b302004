import type { NoiseKind } from '../types';
import { CUE_DATELINE, type TextAnalysis } from './analyse';
import { furnitureShaped } from './furniture-shape';
import { LC_GOOD, LC_NEAR } from './line-classes';
import { isTitleLike } from './lines';
import { withoutSiteSuffix } from './meta';
import { contentKeysInto } from './stopwords';

/**
 * A headline swallowed by a run of page chrome. A page's menu, its date strip, its byline and its
 * share bar often sit on both sides of the headline, and the chrome-run pass (line-classes.ts)
 * marks the whole stretch, headline included, as chrome. The head then offers only what is left:
 * a tagline ("News you can trust, every day"), a masthead, a consent bar, or the deck printed
 * under the headline. The headline is still recognisable by its words: it is written from the
 * lead ("Storm kills 40 in coastal county" / "The storm killed at least 40 people in a coastal
 * county..."), which a tagline or a menu line is not. So a chrome-run line of the head that has
 * a headline's shape and most of its words in the lead takes the title when the line picked so
 * far shares no word with the lead, or when it sits right above that line (a deck under its
 * headline: both echo the lead, the headline comes first).
 */

/** Non-blank lines from the story's first line scanned for the lead. */
const SCAN_LINES = 30;
/** Non-blank lines above the lead that can hold the headline. */
const HEAD_LINES = 12;
/** Characters of the lead read. */
const LEAD_CHARS = 500;
/**
 * A candidate needs this share of its words, and at least MIN_HITS of them, in the lead; to
 * overturn a line that echoes the lead too (a deck under its headline), DECK_SHARE.
 */
const ECHO_SHARE = 1 / 3;
const DECK_SHARE = 1 / 2;
const MIN_HITS = 2;
/** Keys kept of one line. */
const LINE_KEYS = 64;

/**
 * The line whose text is the story's title: `chosen`, or a chrome-run line of the head that
 * reads as the headline (see above). `noise` is the story's per-line noise from line `first` on.
 */
export function headlineFromChromeRun(a: TextAnalysis, chosen: number, first: number, last: number, noise: (NoiseKind | null)[]): number {
  const { lines } = a;
  let lead = -1;
  for (let i = first, seen = 0; i <= last && seen < SCAN_LINES; i++) {
    if (lines.blank(i)) continue;
    seen++;
    if (noise[i - first] === null && (a.cls[i] === LC_GOOD || a.cls[i] === LC_NEAR) && !a.titleLike[i]) {
      lead = i;
      break;
    }
  }
  if (lead < 0) return chosen;
  // The head lines above the lead, nearest first.
  const head: number[] = [];
  for (let i = lead - 1; i >= first && head.length < HEAD_LINES; i--) if (!lines.blank(i)) head.push(i);
  if (!head.some((i) => isCandidate(a, i, noise[i - first]))) return chosen;

  const leadKeys = new Set<number>();
  const buf = new Int32Array(LINE_KEYS * 4);
  for (let i = lead, chars = 0; i <= last && chars < LEAD_CHARS; i++) {
    if (lines.blank(i) || noise[i - first] !== null) continue;
    const cs = lines.cs[i];
    const to = Math.min(lines.ce[i], cs + LEAD_CHARS - chars);
    chars += to - cs;
    const n = contentKeysInto(a.text, cs, to, buf);
    for (let k = 0; k < n; k++) leadKeys.add(buf[k]);
  }
  const echo = (i: number): [number, number] => {
    const n = contentKeysInto(a.text, lines.cs[i], lines.ce[i], buf, undefined, 0, LINE_KEYS);
    let hit = 0;
    for (let k = 0; k < n; k++) if (leadKeys.has(buf[k])) hit++;
    return [hit, n];
  };
  // A chosen line that is no headline (the lead's dateline line, wrapped) is overturned like chrome.
  const chosenEchoes = chosen < lead && a.titleLike[chosen] === 1 && a.cue[chosen] !== CUE_DATELINE && echo(chosen)[0] > 0;
  // The nearest candidate above the chosen line with only noise between them: a deck's headline.
  let above = -1;
  if (chosenEchoes) {
    const at = head.indexOf(chosen);
    for (let k = at + 1; at >= 0 && k < head.length; k++) {
      const i = head[k];
      if (noise[i - first] === null) break;
      if (isCandidate(a, i, noise[i - first])) {
        above = i;
        break;
      }
    }
    if (above < 0) return chosen;
  }
  let best = chosen;
  let bestShare = 0;
  for (const i of chosenEchoes ? [above] : head) {
    if (!isCandidate(a, i, noise[i - first])) continue;
    const [hit, n] = echo(i);
    if (hit < MIN_HITS || hit < n * (chosenEchoes ? DECK_SHARE : ECHO_SHARE)) continue;
    if (hit / n > bestShare) {
      best = i;
      bestShare = hit / n;
    }
  }
  return best;
}

/** A line the chrome-run pass marked that has a headline's shape. */
function isCandidate(a: TextAnalysis, i: number, kind: NoiseKind | null): boolean {
  if (a.context[i] !== 'chrome-run' || (kind !== 'related-teaser' && kind !== 'site-chrome')) return false;
  const t = withoutSiteSuffix(a.lines.t(i));
  return isTitleLike(t) && !furnitureShaped(t) && mostlyWords(t);
}

/** Least share of a headline's characters that are letters, digits, spaces or a headline's punctuation. */
const WORD_CHAR_SHARE = 0.9;

/** A headline is words: not a template's "{{article.date}} # {{views}}" or a row of symbols. */
function mostlyWords(t: string): boolean {
  let word = 0;
  for (const ch of t) if (/[\p{L}\p{N}\s\p{Pi}\p{Pf}'",.:;!?$%&()/\-–—]/u.test(ch)) word++;
  return word >= t.length * WORD_CHAR_SHARE;
}
