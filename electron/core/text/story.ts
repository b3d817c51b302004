import type { NoiseKind, NoiseSpan, SegmentedStory } from '../types';
import { CUE_DATELINE, CUE_UPDATED, type TextAnalysis } from './analyse';
import { findDate, matchDateline, matchUpdatedLine, toIso, type PartialDate } from './datelines';
import { analyseHeadlineBlock } from './headline-blocks';
import { detectLanguage } from './language';
import { countWords } from './lines';
import { deriveTitle, normaliseSource } from './meta';
import { SOURCE_TIME_RE } from './noise-rules';

/** Characters of clean body used for the language guess. */
const LANGUAGE_SAMPLE = 4000;

/**
 * Merge per-line noise into spans: consecutive lines of one kind (blank lines between allowed)
 * become one span from the first line's first visible character to the last line's last one.
 */
export function lineNoiseToSpans(a: TextAnalysis, first: number, noise: (NoiseKind | null)[]): NoiseSpan[] {
  const spans: NoiseSpan[] = [];
  let cur: NoiseSpan | null = null;
  for (let k = 0; k < noise.length; k++) {
    const line = a.lines[first + k];
    if (line.t === '') continue;
    const kind = noise[k];
    if (kind === null) {
      cur = null;
      continue;
    }
    if (cur && cur.kind === kind) cur.end = line.ce;
    else {
      cur = { kind, start: line.cs, end: line.ce };
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
  let sample = '';
  for (const [s, e] of ranges) {
    words += countWords(text, s, e);
    if (sample.length < LANGUAGE_SAMPLE) sample += text.slice(s, Math.min(e, s + LANGUAGE_SAMPLE - sample.length)) + '\n';
  }
  if (words === 0) {
    // An all-noise story (a tweet dump): its language is still worth knowing.
    sample = text.slice(start, Math.min(end, start + LANGUAGE_SAMPLE));
  }
  return { words, language: detectLanguage(sample) };
}

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

/** Build one story from lines [first, last] (inclusive). */
export function buildStory(a: TextAnalysis, first: number, last: number, dumpYear: () => number | null): SegmentedStory {
  const { lines } = a;
  const head = analyseHeadlineBlock(a, first, last);
  const start = lines[first].cs;
  const end = lines[last].ce;

  let title: string;
  if (head.firstText >= 0) {
    const t = lines[head.firstText].t;
    title = head.explicit ? t : deriveTitle(t);
  } else {
    // All noise: name it after its first line (for a tweet dump, the first post's text).
    title = deriveTitle(lines[first].t);
  }

  // Metadata: walk the story once.
  let source: string | null = null;
  let sourceRank = 99;
  const setSource = (s: string | null, rank: number): void => {
    const v = normaliseSource(s);
    if (v && rank < sourceRank) {
      source = v;
      sourceRank = rank;
    }
  };
  const dates: DateCandidate[] = [];
  const storyDates: PartialDate[] = [];
  for (let i = first; i <= last; i++) {
    const line = lines[i];
    if (line.t === '') continue;
    const kind = head.noise[i - first];
    const ruleId = a.rule[i]?.id;
    if (a.cue[i] === CUE_DATELINE && kind === null) {
      const dl = matchDateline(line.t);
      if (dl) {
        setSource(dl.source, 0);
        if (dl.date) dates.push({ date: dl.date, rank: 0 });
      }
    } else if (a.cue[i] === CUE_UPDATED) {
      const up = matchUpdatedLine(line.t);
      if (up) {
        setSource(up.source, 1);
        if (up.date) {
          dates.push({ date: up.date, rank: 0 });
          storyDates.push(up.date);
        }
      }
    } else if (ruleId === 'source-time' && a.context[i] === null) {
      const m = SOURCE_TIME_RE.exec(line.t);
      if (m) setSource(m[1], 2);
    } else if (ruleId === 'agency-line' && a.context[i] === null) {
      setSource(line.t, 3);
    } else if (kind === 'caption' || kind === 'repeated-caption') {
      const d = findDate(line.t);
      if (d) {
        storyDates.push(d);
        if (kind === 'caption') dates.push({ date: d, rank: /^FILE\b/i.test(line.t) ? 3 : 2 });
      }
    } else if (kind === 'social-post') {
      const d = line.t.includes('(@') || line.t.startsWith('Day:') ? findDate(line.t) : null;
      if (d) {
        storyDates.push(d);
        dates.push({ date: d, rank: 4 });
      }
    }
  }
  let date: string | null = null;
  dates.sort((x, y) => x.rank - y.rank);
  for (const c of dates) {
    const full = withYear(c.date, storyDates, dumpYear);
    const iso = full ? toIso(full) : null;
    if (iso) {
      date = iso;
      break;
    }
  }

  const noise = lineNoiseToSpans(a, first, head.noise);
  const { words, language } = bodyStats(a.text, start, end, noise);
  return { title, start, end, date, source, language, words, noise };
}

/** Year of the first fully dated metadata line in the dump (captions, tweets, updated-on). Lazy and cached. */
export function dumpYearOf(a: TextAnalysis): () => number | null {
  let cached: number | null | undefined;
  return () => {
    if (cached !== undefined) return cached;
    cached = null;
    for (let i = 0; i < a.lines.length; i++) {
      const k = a.noise[i];
      if (k !== 'caption' && k !== 'social-post' && a.cue[i] !== CUE_UPDATED) continue;
      const d = findDate(a.lines[i].t);
      if (d?.year) {
        cached = d.year;
        break;
      }
    }
    return cached;
  };
}
