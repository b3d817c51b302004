import type { NoiseKind, NoiseSpan, SegmentedStory } from '../types';
import { CUE_DATELINE, CUE_UPDATED, type TextAnalysis } from './analyse';
import { findDate, matchDateline, matchUpdatedLine, toIso, type PartialDate } from './datelines';
import { EXPORT_CONTEXT } from './exports';
import { bylineOf, mayNameWriters } from './bylines';
import { analyseHeadlineBlock } from './headline-blocks';
import { chooseHeadline } from './headline-choice';
import { headlineByEcho } from './headline-echo';
import { headlineFromChromeRun } from './headline-rescue';
import { LC_GOOD, leadsIntoProse } from './line-classes';
import { detectLanguageIn } from './language';
import { countWords } from './lines';
import { deriveTitle, normaliseSource, withoutSiteSuffix } from './meta';
import { SOURCE_TIME_RE } from './noise-rules';
import { markTailIslands } from './tail-chrome';

/** Characters of clean body used for the language guess. */
const LANGUAGE_SAMPLE = 1500;

/**
 * Merge per-line noise into spans: consecutive lines of one kind (blank lines between allowed)
 * become one span from the first line's first visible character to the last line's last one.
 */
function lineNoiseToSpans(a: TextAnalysis, first: number, noise: (NoiseKind | null)[]): NoiseSpan[] {
  const spans: NoiseSpan[] = [];
  let cur: NoiseSpan | null = null;
  for (let k = 0; k < noise.length; k++) {
    const li = first + k;
    if (a.lines.blank(li)) continue;
    const kind = noise[k];
    if (kind === null) {
      cur = null;
      continue;
    }
    if (cur && cur.kind === kind) cur.end = a.lines.ce[li];
    else {
      cur = { kind, start: a.lines.cs[li], end: a.lines.ce[li] };
      spans.push(cur);
    }
  }
  return spans;
}

/** The parts of [start, end) not covered by the sorted, non-overlapping `spans`. */
export function cleanRanges(start: number, end: number, spans: readonly NoiseSpan[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = start;
  for (const s of spans) {
    if (s.end <= pos) continue;
    if (s.start >= end) break;
    if (s.start > pos) out.push([pos, Math.min(s.start, end)]);
    pos = Math.max(pos, s.end);
  }
  if (pos < end) out.push([pos, end]);
  return out;
}

/** Words of the clean body and its language, from the story range minus noise. */
export function bodyStats(text: string, start: number, end: number, spans: readonly NoiseSpan[]): { words: number; language: string } {
  const ranges = cleanRanges(start, end, spans);
  let words = 0;
  for (const [s, e] of ranges) words += countWords(text, s, e);
  // The language sample: the first LANGUAGE_SAMPLE characters of clean body, one line break
  // counted between parts; an all-noise story (a tweet dump) is still worth a language.
  const sample: Array<[number, number]> = [];
  if (words === 0) sample.push([start, Math.min(end, start + LANGUAGE_SAMPLE)]);
  else {
    let taken = 0;
    for (const [s, e] of ranges) {
      if (taken >= LANGUAGE_SAMPLE) break;
      const to = Math.min(e, s + LANGUAGE_SAMPLE - taken);
      sample.push([s, to]);
      taken += to - s + 1;
    }
  }
  return { words, language: detectLanguageIn(text, sample) };
}

/** Date ranks from here on (captions, posts) date a picture or a post, not the story itself. */
const GUESSED_DATE_RANK = 2;

interface DateCandidate {
  date: PartialDate;
  rank: number;
}

/** Fill in a missing year: same month/day elsewhere in the story, else any dated line of the story, else the dump. */
function withYear(d: PartialDate, storyDates: PartialDate[], dumpYear: () => number | null): PartialDate | null {
  if (d.year !== null) return d;
  const same = storyDates.find((x) => x.year !== null && x.month === d.month && x.day === d.day);
  const any = same ?? storyDates.find((x) => x.year !== null);
  const year = any?.year ?? dumpYear();
  return year === null ? null : { ...d, year };
}

/** Facts about the whole dump that a story falls back on. Lazy: most stories never need them. */
interface DumpContext {
  /** Year of the first fully dated line of the dump (for datelines without a year). */
  year: () => number | null;
  /** The site name from a masthead line (source of last resort). */
  masthead: () => string | null;
}

const BYLINE_OUTLET_RE = /^By [^,]{2,80},\s*([^,]{2,60})$/;
/** A bare credit at the end of a caption: "(Reuters)", "(Nordwire)"; not "(AP Photo/Name, File)". */
const CAPTION_CREDIT_RE = /\(([^()\/,]{2,40})\)\.?$/;

/**
 * Source ranks, best first: 0 dateline agency or an export's publication line, 1 "Updated on ... / CBS/AP", 2 a source line under
 * the headline or a byline's outlet, 3 a caption's bare credit, 4 an agency tag line ("TT",
 * "Agencies"), 5 the site's masthead.
 * Date ranks: 0 dateline / updated-on, 1 a full date in the lead paragraph, 2 caption,
 * 3 caption of a FILE photo, 4 tweet date.
 */
export function buildStory(a: TextAnalysis, first: number, last: number, ctx: DumpContext): SegmentedStory {
  const { lines } = a;
  const head = analyseHeadlineBlock(a, first, last);
  const start = lines.cs[first];
  const end = lines.ce[last];

  let title: string;
  let titleLine = -1;
  if (head.firstText >= 0) {
    const below = headlineBelow(a, head.firstText, last, head.noise, first);
    titleLine = below;
    const headline = headlineFromChromeRun(a, below, first, last, head.noise);
    const t = lines.t(headline);
    title = head.explicit || headline !== head.firstText ? withoutSiteSuffix(t) : deriveTitle(t);
  } else {
    // All noise: name it after its first line (for a tweet dump, the first post's text).
    title = deriveTitle(lines.t(first));
  }

  let source: string | null = null;
  let sourceRank = 99;
  const setSource = (s: string | null, rank: number): void => {
    const v = normaliseSource(s);
    if (v && rank < sourceRank) {
      source = v;
      sourceRank = rank;
    }
  };
  let byline: string | null = null;
  let bylineRank = 99;
  const dates: DateCandidate[] = [];
  const storyDates: PartialDate[] = [];
  /** Dateline prefixes ("BRENNA, Nov 20 (Reuters) – ") are metadata: marked as agency-tag noise. */
  const extraNoise: NoiseSpan[] = [];
  let bodyLinesSeen = 0;
  for (let i = first; i <= last; i++) {
    if (lines.blank(i)) continue;
    // The line text is sliced only in the branches that read it: most body lines need none.
    const cs = lines.cs[i];
    const kind = head.noise[i - first];
    const ruleId = a.rule[i]?.id;
    const context = a.context[i];
    if (mayNameWriters(ruleId, context)) {
      const b = bylineOf(lines.t(i), ruleId, context);
      if (b && b.rank < bylineRank) {
        byline = b.byline;
        bylineRank = b.rank;
      }
    }
    if (context === EXPORT_CONTEXT.source) setSource(lines.t(i), 0);
    else if (context === EXPORT_CONTEXT.date) {
      const d = findDate(lines.t(i));
      if (d) dates.push({ date: d, rank: 0 });
    } else if (a.cue[i] === CUE_DATELINE && kind === null) {
      const dl = matchDateline(lines.t(i));
      if (dl) {
        setSource(dl.source, 0);
        if (dl.date) dates.push({ date: dl.date, rank: 0 });
        let e = cs + dl.length;
        while (e > cs && /\s/.test(a.text[e - 1])) e--;
        if (e > cs && e < lines.ce[i]) extraNoise.push({ kind: 'agency-tag', start: cs, end: e });
      }
    } else if (a.cue[i] === CUE_UPDATED) {
      const up = matchUpdatedLine(lines.t(i));
      if (up) {
        setSource(up.source, 1);
        if (up.date) {
          dates.push({ date: up.date, rank: 0 });
          storyDates.push(up.date);
        }
      }
    } else if (ruleId === 'source-time' && a.context[i] === null) {
      const m = SOURCE_TIME_RE.exec(lines.t(i));
      if (m) setSource(m[1], 2);
    } else if (ruleId === 'byline') {
      const m = BYLINE_OUTLET_RE.exec(lines.t(i));
      if (m && !/^(?:in|for) /.test(m[1])) setSource(m[1], 2);
    } else if (ruleId === 'agency-line' && a.context[i] === null) {
      setSource(lines.t(i), 4);
    } else if (kind === 'caption' || kind === 'repeated-caption') {
      const t = lines.t(i);
      const credit = CAPTION_CREDIT_RE.exec(t);
      if (credit && !/^(?:file|photo|image|pictured)$/i.test(credit[1].trim())) setSource(credit[1], 3);
      const d = findDate(t);
      if (d) {
        storyDates.push(d);
        if (kind === 'caption') dates.push({ date: d, rank: /^FILE\b/i.test(t) ? 3 : 2 });
      }
    } else if (kind === null && i !== head.firstText && bodyLinesSeen++ < 2) {
      // A full date in the lead paragraph ("on Tuesday, January 20, 2026,") dates the story.
      const d = findDate(lines.t(i));
      if (d && d.year !== null) dates.push({ date: d, rank: 1 });
    } else if (kind === 'social-post') {
      const t = lines.t(i);
      const d = t.includes('(@') || t.startsWith('Day:') ? findDate(t) : null;
      if (d) {
        storyDates.push(d);
        dates.push({ date: d, rank: 4 });
      }
    }
  }
  if (source === null) setSource(ctx.masthead(), 5);
  let date: string | null = null;
  let dateGuessed = false;
  dates.sort((x, y) => x.rank - y.rank);
  for (const c of dates) {
    const full = withYear(c.date, storyDates, ctx.year);
    const iso = full ? toIso(full) : null;
    if (iso) {
      date = iso;
      // A year-less date is stated only when the story gives the same day with its year elsewhere.
      const sameDay = (x: PartialDate) => x.year !== null && x.month === c.date.month && x.day === c.date.day;
      dateGuessed = c.rank >= GUESSED_DATE_RANK || (c.date.year === null && !storyDates.some(sameDay));
      break;
    }
  }

  markTailIslands(a, first, last, head.noise, titleLine);
  let noise = lineNoiseToSpans(a, first, head.noise);
  if (extraNoise.length > 0) noise = [...noise, ...extraNoise].sort((x, y) => x.start - y.start);
  const { words, language } = bodyStats(a.text, start, end, noise);
  return { title, start, end, date, ...(dateGuessed ? { dateGuessed } : {}), source, byline, language, words, noise };
}

/** Lines after the first text line looked at for the real headline. */
const HEADLINE_SEARCH = 12;

/**
 * The story's headline for its title: the first text line, unless that line does not lead into
 * the story's prose (a section label, a login prompt, a line of page chrome the rules did not
 * catch) and a later line before the first prose paragraph does; and not a line that shares no
 * word with the lead when another line of the head does (headline-echo.ts).
 */
function headlineBelow(a: TextAnalysis, firstText: number, last: number, noise: (NoiseKind | null)[], first: number): number {
  return headlineByEcho(a, headlineByShape(a, firstText, last, noise, first), firstText, last, noise, first);
}

/** The headline by the shapes of the head's lines (headline-choice.ts, then the first line that leads into the prose). */
function headlineByShape(a: TextAnalysis, firstText: number, last: number, noise: (NoiseKind | null)[], first: number): number {
  const chosen = chooseHeadline(a, firstText, last, noise, first);
  if (chosen >= 0) return chosen;
  if (leadsIntoProse(a, a.cls, firstText)) return firstText;
  for (let i = firstText + 1, seen = 0; i <= last && seen < HEADLINE_SEARCH; i++) {
    if (a.lines.blank(i) || noise[i - first] !== null) continue;
    seen++;
    if (a.cls[i] === LC_GOOD) break;
    if (a.titleLike[i] && leadsIntoProse(a, a.cls, i)) return i;
  }
  return firstText;
}

/** Lazily computed dump-level facts for `buildStory`. */
export function dumpContextOf(a: TextAnalysis): DumpContext {
  let year: number | null | undefined;
  let masthead: string | null | undefined;
  return {
    year: () => {
      if (year !== undefined) return year;
      year = null;
      for (let i = 0; i < a.lines.count; i++) {
        const k = a.noise[i];
        if (k !== 'caption' && k !== 'social-post' && a.cue[i] === 0) continue;
        const d = a.cue[i] === CUE_DATELINE ? matchDateline(a.lines.t(i))?.date : findDate(a.lines.t(i));
        if (d?.year) {
          year = d.year;
          break;
        }
      }
      return year;
    },
    masthead: () => {
      if (masthead !== undefined) return masthead;
      masthead = null;
      const i = a.context.indexOf('masthead');
      if (i >= 0) {
        const t = a.lines.t(i);
        masthead =
          t === t.toUpperCase() ? t.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()) : t;
      }
      return masthead;
    },
  };
}
