import type { TextAnalysis } from './analyse';

/**
 * Database exports analysts save as text (LexisNexis-style): every document opens with
 * "3 of 6 DOCUMENTS", a centred header (publication, date), the headline, then "FIELD: value"
 * lines (BYLINE:, SECTION:, LENGTH:, LOAD-DATE:, LANGUAGE: ...) around the body. Each document is
 * one story; the header and fields are metadata, marked as agency-tag noise with a context id that
 * story.ts reads the source and date from.
 */
export const DOC_COUNTER_RE = /^\d{1,5} of \d{1,5} DOCUMENTS?$/i;
/** "LOAD-DATE: March 5, 2024": an upper-case field name of 4+ characters, a colon, a value. */
const FIELD_RE = /^[A-Z][A-Z-]{3,30}: \S/;
/** Header lines of a document are indented (centred) in the export; the headline is not. */
const CENTRED_INDENT = 4;
/** At most this many centred header lines follow the counter. */
const HEADER_LINES = 4;

/** Context ids set by exportDocuments. */
export const EXPORT_CONTEXT = { counter: 'export-counter', source: 'export-source', date: 'export-date', field: 'export-field' } as const;

/** Mark counters, headers and field lines of export documents; returns the counter lines (story starts). */
export function exportDocuments(a: TextAnalysis): number[] {
  const { lines } = a;
  const n = lines.count;
  const starts: number[] = [];
  let inDoc = false;
  for (let i = 0; i < n; i++) {
    if (lines.blank(i)) continue;
    const len = lines.len(i);
    const c = a.text.charCodeAt(lines.cs[i]);
    // Only a short line that starts with a digit can be a counter: most lines are never sliced.
    if (len <= 40 && c >= 48 && c <= 57 && DOC_COUNTER_RE.test(lines.t(i))) {
      inDoc = true;
      starts.push(i);
      set(a, i, EXPORT_CONTEXT.counter);
      i = header(a, i + 1);
      continue;
    }
    if (inDoc && a.noise[i] === null && len <= 400 && c >= 65 && c <= 90 && FIELD_RE.test(lines.t(i))) set(a, i, EXPORT_CONTEXT.field);
  }
  return starts;
}

/** The centred lines under a counter: the first is the publication, the others dates and editions. Returns the last one. */
function header(a: TextAnalysis, from: number): number {
  const { lines } = a;
  let seen = 0;
  let last = from - 1;
  for (let i = from; i < lines.count && seen < HEADER_LINES; i++) {
    if (lines.blank(i)) continue;
    if (lines.cs[i] - lines.start[i] < CENTRED_INDENT) break;
    set(a, i, seen === 0 ? EXPORT_CONTEXT.source : EXPORT_CONTEXT.date);
    seen++;
    last = i;
  }
  return last;
}

function set(a: TextAnalysis, i: number, context: string): void {
  a.noise[i] = 'agency-tag';
  a.rule[i] = null;
  a.context[i] = context;
  a.titleLike[i] = 0;
}
