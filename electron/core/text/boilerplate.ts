import type { NoiseSpan, SegmentedStory } from '../types';
import { countWords, isWordCode, lineIndexAt, splitLines, type LineTable } from './lines';
import { cleanRanges } from './story';
import { wordStats } from './stopwords';

/**
 * Site template learned from the folder itself: a line that recurs in many dumps (menus, footers,
 * "Sign up for our newsletter") is page chrome, a signal no extractor has for plain text. Each
 * dump contributes the set of its line keys; a line is marked when enough distinct dumps hold it.
 *
 * The false positive to avoid is an article saved in several dumps (syndicated copies, a page
 * saved twice): its paragraphs and headline recur as much as a footer does in a small folder.
 * So a key carries the line's shape, and prose lines (sentence-length, full of stopwords) need
 * many more files than labels do; and a run of shared lines that holds two or more prose lines
 * below that bar is a copied article, of which only lines above that bar are marked. A short line
 * right above a shared prose line that is not marked is that article's headline, and stays too;
 * so does the line a story's title came from, unless as many dumps print it as a prose line needs.
 */
export const BOILERPLATE = {
  /** Distinct dumps that make a short line (a label, a menu entry, a footer line) site template. */
  shortMinFiles: 3,
  /** Distinct dumps that make a prose line template (a legal notice printed under every page). */
  proseMinFiles: 12,
  /** Lines longer than this are never template: no key is kept for them. */
  maxLineChars: 320,
  /** A line of at least this many words at this stopword share is prose. */
  proseWords: 9,
  proseStopwords: 0.2,
  /** Shared prose lines below the prose bar in one run that make it a copied article. */
  articleProseLines: 2,
} as const;

const B = BOILERPLATE;

/** A key's lowest bit says the line is prose; 0 is never a key. */
export const PROSE_BIT = 1;

/**
 * The key of the trimmed line text[cs, ce), or 0 when the line can never be template (too long,
 * no word in it). FNV-1a over the code units with every run of whitespace read as one space.
 */
export function lineKey(text: string, cs: number, ce: number): number {
  const len = ce - cs;
  if (len < 2 || len > B.maxLineChars) return 0;
  let h = 0x811c9dc5;
  let space = false;
  let gaps = 0;
  let word = false;
  for (let i = cs; i < ce; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) {
      space = true;
      continue;
    }
    if (space) {
      h = Math.imul(h ^ 32, 0x01000193);
      space = false;
      gaps++;
    }
    if (!word) word = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : isWordCode(c);
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (!word) return 0;
  // Stopwords are counted only on lines with words enough to be prose: most template lines are short.
  let prose = 0;
  if (gaps + 1 >= B.proseWords) {
    const { words, stopwords } = wordStats(text, cs, ce);
    if (words >= B.proseWords && stopwords / words >= B.proseStopwords) prose = PROSE_BIT;
  }
  const key = ((h & ~PROSE_BIT) | prose) >>> 0;
  return key === 0 || key === PROSE_BIT ? key + 2 : key;
}

/** Keys of every line of `lines` (0 for blank or ineligible lines). */
function keysOf(text: string, lines: LineTable): Uint32Array {
  const keys = new Uint32Array(lines.count);
  for (let i = 0; i < lines.count; i++) if (!lines.blank(i)) keys[i] = lineKey(text, lines.cs[i], lines.ce[i]);
  return keys;
}

/**
 * The key of every line of a document, in line order (0 for a blank or ineligible line). The
 * ingest worker computes them with the stories, so the main thread neither hashes the folder's
 * lines to count them nor again to mark a dump.
 */
export function perLineKeys(text: string): Uint32Array {
  return keysOf(text, splitLines(text));
}

/** The distinct line keys of a document, sorted: what one dump contributes to the folder's counts. */
export function documentLineKeys(text: string, lineKeys: Uint32Array = perLineKeys(text)): Uint32Array {
  const sorted = lineKeys.filter((k) => k !== 0).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.slice(0, n);
}

/** How many distinct dumps of the folder hold a line key. */
export type KeyCount = (key: number) => number;

/**
 * The level of a key held by `files` distinct dumps: 0 not shared, 1 shared by enough dumps to be
 * template if short, 2 by enough to be template whatever it is. Every decision below depends on
 * levels only, never on exact counts, so the library re-marks just the dumps holding a key whose
 * level changed and the marks come out the same as from a fresh count.
 */
export function levelFor(files: number): 0 | 1 | 2 {
  return files >= B.proseMinFiles ? 2 : files >= B.shortMinFiles ? 1 : 0;
}

/** Character ranges the analyst marked as "not noise": template marks never go there. */
export type KeepRanges = ReadonlyArray<readonly [number, number]>;

/**
 * Stories with their 'boilerplate' noise set from the folder's key levels: any earlier template
 * marks are dropped first, so this is also how marks are taken back when a line stops being
 * template. Offsets, titles and every other noise span stay as they are; `words` is counted
 * again. Returns the same array when nothing changed.
 */
export function markBoilerplate(
  text: string,
  stories: readonly SegmentedStory[],
  count: KeyCount,
  keep: KeepRanges = [],
  lineKeys?: Uint32Array,
): SegmentedStory[] {
  const lines = splitLines(text);
  // Keys from elsewhere (the worker) are used only when they fit this text's lines.
  const keys = lineKeys && lineKeys.length === lines.count ? lineKeys : keysOf(text, lines);
  let changed = false;
  const out = stories.map((s) => {
    const next = markStory(text, lines, keys, s, count, keep);
    if (next !== s) changed = true;
    return next;
  });
  return changed ? out : (stories as SegmentedStory[]);
}

function markStory(
  text: string,
  lines: LineTable,
  keys: Uint32Array,
  s: SegmentedStory,
  count: KeyCount,
  keep: KeepRanges,
): SegmentedStory {
  const inStory: number[] = [];
  const lv: number[] = [];
  let shared = false;
  for (let i = Math.max(0, lineIndexAt(lines, s.start)); i < lines.count && lines.cs[i] < s.end; i++) {
    if (lines.blank(i)) continue;
    inStory.push(i);
    const l = keys[i] === 0 ? 0 : levelFor(count(keys[i]));
    lv.push(l);
    if (l > 0) shared = true;
  }
  const hadMarks = s.noise.some((n) => n.kind === 'boilerplate');
  // Most stories hold no shared line: nothing to mark, nothing to take back.
  if (!shared && !hadMarks) return s;
  const base = hadMarks ? s.noise.filter((n) => n.kind !== 'boilerplate') : s.noise;
  // Lines already noise (or kept by the analyst) neither break a run of shared lines nor get marked.
  const covered = coveredLines(lines, inStory, base, keep);
  const prose = inStory.map((i) => keys[i] & PROSE_BIT);
  // The story's headline is its own even when a few other dumps print it too (the same event, a repeated
  // headline): it needs as many dumps as prose does.
  const headline = titleLine(text, lines, inStory, covered, s.title);
  const marks: number[] = [];
  for (let k = 0; k < inStory.length;) {
    if (covered[k] || lv[k] === 0) {
      k++;
      continue;
    }
    // A run of shared lines: [k, end). Prose shared below the prose bar is an article copied into several dumps.
    let end = k;
    let copied = 0;
    for (; end < inStory.length && (covered[end] || lv[end] > 0); end++) if (!covered[end] && prose[end] && lv[end] === 1) copied++;
    // In a copied article only lines held by enough dumps to be template whatever they are are the site's.
    const need = copied >= B.articleProseLines ? 2 : 1;
    for (let j = k; j < end; j++) {
      if (covered[j] || lv[j] < (prose[j] ? 2 : need)) continue;
      if ((j === headline && lv[j] < 2) || headsCopiedProse(lv, prose, covered, k, j, end)) continue;
      marks.push(inStory[j]);
    }
    k = end;
  }
  const old = s.noise.filter((n) => n.kind === 'boilerplate');
  const spans = toSpans(lines, marks);
  if (sameSpans(old, spans)) return s;
  const noise = [...base, ...spans].sort((x, y) => x.start - y.start);
  let words = 0;
  for (const [a, b] of cleanRanges(s.start, s.end, noise)) words += countWords(text, a, b);
  return { ...s, noise, words };
}

/**
 * Does line k of the run [from, end) head a copied article: the next uncovered line is shared
 * prose left unmarked, and no such line comes before it in the run (a prompt between two copied
 * paragraphs is the site's, a line above the first one is the article's headline)?
 */
function headsCopiedProse(lv: number[], prose: number[], covered: Uint8Array, from: number, k: number, end: number): boolean {
  const copied = (j: number) => !covered[j] && prose[j] !== 0 && lv[j] === 1;
  for (let j = from; j < k; j++) if (copied(j)) return false;
  for (let j = k + 1; j < end; j++) if (!covered[j]) return copied(j);
  return false;
}

/** Lines from a story's start looked at for the line its title was taken from. */
const TITLE_SCAN = 12;
/** Fewer words than this make a label, not a headline. */
const HEADLINE_WORDS = 3;

/**
 * Index in `idx` of the line the story's title came from (the title may be that line cut short
 * with "…"), or -1. Only a title that reads as a headline counts: a section label ("WORLD"), a
 * prompt or a sentence that the title was taken from is not protected.
 */
function titleLine(text: string, lines: LineTable, idx: number[], covered: Uint8Array, title: string): number {
  const head = title.endsWith('…') ? title.slice(0, -1).trimEnd() : title;
  if (head.split(' ').length < HEADLINE_WORDS || /[.:]$/.test(head)) return -1;
  for (let k = 0; k < idx.length && k < TITLE_SCAN; k++) {
    if (covered[k]) continue;
    const cs = lines.cs[idx[k]];
    if (lines.ce[idx[k]] - cs >= head.length && text.startsWith(head, cs)) return k;
  }
  return -1;
}

/** 1 for each line of `idx` that overlaps a noise span or a keep range. */
function coveredLines(lines: LineTable, idx: number[], spans: readonly NoiseSpan[], keep: KeepRanges): Uint8Array {
  const out = new Uint8Array(idx.length);
  const ranges: Array<readonly [number, number]> = [...spans.map((n) => [n.start, n.end] as const), ...keep];
  ranges.sort((x, y) => x[0] - y[0]);
  let r = 0;
  for (let k = 0; k < idx.length; k++) {
    const cs = lines.cs[idx[k]];
    const ce = lines.ce[idx[k]];
    while (r < ranges.length && ranges[r][1] <= cs) r++;
    for (let q = r; q < ranges.length && ranges[q][0] < ce; q++) {
      if (ranges[q][1] > cs) {
        out[k] = 1;
        break;
      }
    }
  }
  return out;
}

/** One span per run of marked lines with nothing but whitespace between them. */
function toSpans(lines: LineTable, marks: number[]): NoiseSpan[] {
  const spans: NoiseSpan[] = [];
  let prev = -1;
  for (const i of marks) {
    const last = spans[spans.length - 1];
    if (last && prev >= 0 && onlyBlankBetween(lines, prev, i)) last.end = lines.ce[i];
    else spans.push({ kind: 'boilerplate', start: lines.cs[i], end: lines.ce[i] });
    prev = i;
  }
  return spans;
}

function onlyBlankBetween(lines: LineTable, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!lines.blank(i)) return false;
  return true;
}

function sameSpans(a: readonly NoiseSpan[], b: readonly NoiseSpan[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start || a[i].end !== b[i].end) return false;
  return true;
}
