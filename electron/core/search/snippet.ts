import { eachToken } from './tokenize';
import { foldToken } from './fold';
import { hasWordCharBeyond, isRussianLetter } from './script-scan';

/** A piece of story text with the matched words as ranges: the renderer marks them, never HTML. */
export interface Snippet {
  text: string;
  marks: { start: number; end: number }[];
}

const WIDTH = 220;

/**
 * The window of `body` that holds the most matched words, trimmed to word boundaries, with
 * each match as a range into the snippet text. `isMatch` decides per folded token.
 */
export function makeSnippet(
  body: string,
  isMatch: (foldedTerm: string) => boolean,
  phrases: string[][] = [],
  matchedTerms?: ReadonlySet<string>,
): Snippet {
  const hits =
    (matchedTerms &&
      (asciiHits(body, matchedTerms, phrases) ??
        russianHits(body, matchedTerms, phrases) ??
        mixedHits(body, isMatch, matchedTerms, phrases))) ||
    tokenHits(body, isMatch, phrases);
  if (matchedTerms) hits.push(...capitalHits(body, matchedTerms));
  return window(body, hits);
}

/**
 * A matched term that counts only as written in capitals: an abbreviation a concept matched
 * ("WHO", "ВОЗ", "U.S."), which in lower case is an ordinary word ("who", "воз", "us").
 */
const CAPS = '\u0001';
export const capsOnly = (folded: string) => CAPS + folded;
const capsRegexes = new WeakMap<ReadonlySet<string>, RegExp | null>();

/** Where the capitals-only terms stand in `body`, in capitals, with or without dots between the letters. */
function capitalHits(body: string, terms: ReadonlySet<string>): { start: number; end: number }[] {
  let re = capsRegexes.get(terms);
  if (re === undefined) {
    const caps = [...terms].filter((t) => t.startsWith(CAPS) && t.length > 1).map((t) => t.slice(1));
    const letters = (t: string) => [...t.toUpperCase()].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\.?');
    re = caps.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${caps
            .sort((a, b) => b.length - a.length)
            .map(letters)
            .join('|')})\\.?(?![\\p{L}\\p{N}])`,
          'gu',
        )
      : null;
    capsRegexes.set(terms, re);
  }
  if (!re) return [];
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    // A dot after the last letter belongs to the abbreviation only when one stands between its letters too ("U.S.", not "WHO.").
    const end = m[0].endsWith('.') && !m[0].slice(0, -1).includes('.') ? m.index + m[0].length - 1 : m.index + m[0].length;
    out.push({ start: m.index, end });
  }
  return out;
}

const termRegexes = new WeakMap<ReadonlySet<string>, RegExp | null>();

/**
 * The matched words of a body with no non-ASCII letters, found by one regex over the
 * matched terms instead of tokenizing every word: twenty snippets per query, each a
 * few thousand characters, were most of a broad query's time. Null when it does not apply.
 */
function asciiHits(body: string, terms: ReadonlySet<string>, phrases: string[][]): { start: number; end: number }[] | null {
  // A letter, digit or mark outside ASCII: then folding can make a body word equal a term, and only tokens decide.
  if (hasWordCharBeyond(body)) return null;
  if (phrases.some((p) => p.some((t) => !/^[a-z0-9]+$/.test(t)))) return null;
  const re = asciiTermRegex(terms);
  const hits: { start: number; end: number }[] = [];
  const scan = (r: RegExp) => {
    r.lastIndex = 0;
    for (let m = r.exec(body); m; m = r.exec(body)) hits.push({ start: m.index, end: m.index + m[0].length });
  };
  if (re) scan(re);
  // A phrase is its words with only non-word characters between them, as consecutive tokens are.
  for (const p of phrases) if (p.length) scan(new RegExp(`(?<![A-Za-z0-9])${p.join('[^A-Za-z0-9]+')}(?![A-Za-z0-9])`, 'gi'));
  return hits;
}

/** One regex for the ASCII terms of a set, as whole ASCII words in any case; null when it has none. */
function asciiTermRegex(terms: ReadonlySet<string>): RegExp | null {
  let re = termRegexes.get(terms);
  if (re === undefined) {
    const ascii = [...terms].filter((t) => /^[a-z0-9]+$/.test(t));
    re = ascii.length
      ? new RegExp(`(?<![A-Za-z0-9])(?:${ascii.sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9])`, 'gi')
      : null;
    termRegexes.set(terms, re);
  }
  return re;
}

// A run holding a non-ASCII character, as `eachToken` in tokenize.ts captures it: ASCII letters and
// digits, the character, then letters, digits and marks of any script.
const NON_ASCII_CHAR = /[^\x00-\x7f]/gu;
const RUN_TAIL = /[\p{L}\p{N}\p{M}]*/uy;
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The matched words of any other body, as tokenizing finds them, without visiting every word:
 * only the runs holding a non-ASCII character are tokenized and folded (as `eachToken` does);
 * the plain ASCII words between them are found by the one term regex, and a regex hit inside
 * such a run (the "rich" of "Zürich") is not a word and is dropped. Null for phrases.
 */
function mixedHits(
  body: string,
  isMatch: (foldedTerm: string) => boolean,
  terms: ReadonlySet<string>,
  phrases: string[][],
): { start: number; end: number }[] | null {
  if (phrases.length) return null;
  const hits: { start: number; end: number }[] = [];
  const runs: number[] = [];
  // Where a non-ASCII character stands, the run starts at the ASCII word before it and goes on over letters, digits and marks.
  NON_ASCII_CHAR.lastIndex = 0;
  for (let m = NON_ASCII_CHAR.exec(body); m; m = NON_ASCII_CHAR.exec(body)) {
    let from = m.index;
    while (from > 0 && isAsciiWordChar(body.charCodeAt(from - 1))) from--;
    RUN_TAIL.lastIndex = m.index + m[0].length;
    RUN_TAIL.exec(body);
    const to = RUN_TAIL.lastIndex;
    NON_ASCII_CHAR.lastIndex = to;
    runs.push(from, to);
    const run = body.slice(from, to);
    for (const w of run.matchAll(WORD)) {
      const start = from + w.index;
      if (isMatch(foldToken(w[0]))) hits.push({ start, end: start + w[0].length });
    }
  }
  const re = asciiTermRegex(terms);
  if (!re) return hits;
  re.lastIndex = 0;
  // Runs and regex hits both come in text order, so one pointer walks the runs.
  let r = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = m.index;
    while (r < runs.length && runs[r + 1] <= start) r += 2;
    if (r < runs.length && runs[r] < start + m[0].length) continue;
    hits.push({ start, end: start + m[0].length });
  }
  return hits;
}

const russianRegexes = new WeakMap<ReadonlySet<string>, RegExp | null>();

/**
 * The same one-regex scan for a body in Russian (and ASCII): folding there only lowers case
 * and turns ё into е and й into и, so each term's е and и also accept ё and й.
 */
function russianHits(body: string, terms: ReadonlySet<string>, phrases: string[][]): { start: number; end: number }[] | null {
  // A letter outside ASCII and the Russian alphabet: folding may change it beyond case, ё and й, and only tokens decide.
  if (phrases.length || hasWordCharBeyond(body, isRussianLetter)) return null;
  let re = russianRegexes.get(terms);
  if (re === undefined) {
    const words = [...terms].filter((t) => /^[a-z0-9\u0430-\u044f]+$/.test(t)).sort((a, b) => b.length - a.length);
    const alt = words.map((t) => t.replace(/е/g, '[её]').replace(/и/g, '[ий]')).join('|');
    re = alt ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alt})(?![\\p{L}\\p{N}\\p{M}])`, 'giu') : null;
    russianRegexes.set(terms, re);
  }
  const hits: { start: number; end: number }[] = [];
  if (re) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

function tokenHits(body: string, isMatch: (foldedTerm: string) => boolean, phrases: string[][]): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = [];
  // Phrases are matched on the last few tokens seen, so no token list is built.
  const span = phrases.reduce((n, p) => Math.max(n, p.length), 0);
  const recent: { term: string; start: number }[] = [];
  eachToken(body, (term, start, end) => {
    if (isMatch(term)) hits.push({ start, end });
    if (!span) return;
    recent.push({ term, start });
    if (recent.length > span) recent.shift();
    for (const p of phrases) {
      if (!p.length || p.length > recent.length) continue;
      const from = recent.length - p.length;
      if (p.every((t, k) => recent[from + k].term === t)) hits.push({ start: recent[from].start, end });
    }
  });
  return hits;
}

function window(body: string, hits: { start: number; end: number }[]): Snippet {
  hits.sort((a, b) => a.start - b.start);
  if (!hits.length) return { text: squash(body.slice(0, WIDTH)).text, marks: [] };
  // Slide a window over the hits and keep the one covering the most of them.
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j].end - hits[i].start <= WIDTH) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  const lead = Math.min(60, Math.floor((WIDTH - (hits[best].end - hits[best].start)) / 3));
  let from = Math.max(0, hits[best].start - lead);
  let to = Math.min(body.length, from + WIDTH);
  if (from > 0) {
    const sp = body.indexOf(' ', from);
    if (sp >= 0 && sp < hits[best].start) from = sp + 1;
  }
  if (to < body.length) {
    const sp = body.lastIndexOf(' ', to);
    if (sp > from) to = sp;
  }
  const marks = hits.filter((h) => h.start >= from && h.end <= to);
  const { text, map } = squash(body.slice(from, to));
  const prefix = from > 0 ? '… ' : '';
  const suffix = to < body.length ? ' …' : '';
  return {
    text: prefix + text + suffix,
    marks: merge(marks.map((m) => ({ start: map(m.start - from) + prefix.length, end: map(m.end - from) + prefix.length }))),
  };
}

/**
 * Collapse runs of whitespace to one space, with a map from old offsets to new. One regex
 * replace and one pass over the runs: building the text a character at a time made hundreds
 * of string pieces per snippet, which V8 kept long enough to slow every minor GC.
 */
function squash(s: string): { text: string; map: (i: number) => number } {
  const newAt = new Int32Array(s.length + 1);
  let shift = 0;
  let at = 0;
  WHITESPACE_RUN.lastIndex = 0;
  for (let m = WHITESPACE_RUN.exec(s); m; m = WHITESPACE_RUN.exec(s)) {
    const run = m.index;
    const len = m[0].length;
    for (; at <= run; at++) newAt[at] = at - shift;
    // Inside a run every offset maps to just after its one space.
    for (; at < run + len; at++) newAt[at] = run - shift + 1;
    shift += len - 1;
  }
  for (; at <= s.length; at++) newAt[at] = at - shift;
  // A global regex's replace starts at 0 whatever its lastIndex.
  return { text: s.replace(WHITESPACE_RUN, ' '), map: (i) => newAt[Math.max(0, Math.min(s.length, i))] };
}

/** Whitespace as `\s` matches it, one UTF-16 unit at a time (no `u` flag), in runs. */
const WHITESPACE_RUN = /\s+/g;

function merge(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const r of ranges.sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
