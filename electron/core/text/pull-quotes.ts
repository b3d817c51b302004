import type { TextAnalysis } from './analyse';

/**
 * Pull quotes: a sentence of the article printed again on a line of its own, in quotes or not,
 * next to the paragraph it comes from ("“The port will not close.”" a few lines before the
 * paragraph "The port will not close. Its owners said on Monday..."). The copy is display text,
 * like a caption, and reading it twice inflates the article; the paragraph keeps the sentence.
 *
 * Found by the copy's own shape (one sentence, shorter than a paragraph) and by a paragraph within
 * PULL_WINDOW lines that starts with the same words and goes on. Only the start of each nearby
 * line is compared, so the pass costs a few character comparisons per line of a 20 MB dump.
 */

/** Non-blank lines either side of a pull quote searched for the paragraph it repeats. */
export const PULL_WINDOW = 8;
/** A pull quote is at least this long (shorter repeats are labels and headlines) and at most this. */
const PULL_MIN_CHARS = 30;
const PULL_MAX_CHARS = 300;

const OPEN_QUOTES = '"“‘\'«„';
const CLOSE_QUOTES = '"”’\'»“';

/** Is c (a code unit) the end of a sentence? */
function endsSentence(c: string): boolean {
  return c === '.' || c === '!' || c === '?' || c === '…';
}

/** Mark every pull quote of the text as caption noise (context 'pull-quote'). */
export function markPullQuotes(a: TextAnalysis): void {
  const { lines, text } = a;
  const n = lines.count;
  for (let i = 0; i < n; i++) {
    const len = lines.len(i);
    if (len < PULL_MIN_CHARS || len > PULL_MAX_CHARS || a.noise[i] !== null) continue;
    // The sentence without the quotes around it.
    let cs = lines.cs[i];
    let ce = lines.ce[i];
    for (let q = 0; q < 2 && OPEN_QUOTES.includes(text[cs]); q++) cs++;
    for (let q = 0; q < 2 && ce - 1 > cs && CLOSE_QUOTES.includes(text[ce - 1]); q++) ce--;
    if (!endsSentence(text[ce - 1])) continue;
    const core = ce - cs;
    if (core < PULL_MIN_CHARS) continue;
    if (repeatsNearby(a, i, cs, core)) {
      a.noise[i] = 'caption';
      a.context[i] = 'pull-quote';
      a.titleLike[i] = 0;
    }
  }
}

/**
 * Does a non-noise line within PULL_WINDOW non-blank lines of line i start with text[cs, cs + core)
 * and go on past it, or hold just that sentence while line i dressed it in quotes? A paragraph of
 * one sentence is its own pull quote's source.
 */
function repeatsNearby(a: TextAnalysis, i: number, cs: number, core: number): boolean {
  const { lines, text } = a;
  let sentence: string | null = null;
  for (const step of [1, -1]) {
    for (let j = i + step, seen = 0; j >= 0 && j < lines.count && seen < PULL_WINDOW; j += step) {
      if (lines.blank(j)) continue;
      seen++;
      const jl = lines.len(j);
      if (jl < core || a.noise[j] !== null) continue;
      // The same line printed twice is a headline block's copy (headline-blocks.ts), not a pull quote.
      if (jl === core && lines.len(i) === core) continue;
      // The paragraph may open with the quote mark the copy lost.
      const js = OPEN_QUOTES.includes(text[lines.cs[j]]) && text[lines.cs[j]] !== text[cs] ? lines.cs[j] + 1 : lines.cs[j];
      // The first character settles almost every line; the rest is compared only on a match.
      if (text.charCodeAt(js) !== text.charCodeAt(cs)) continue;
      sentence ??= text.slice(cs, cs + core);
      if (text.startsWith(sentence, js)) return true;
    }
  }
  return false;
}
