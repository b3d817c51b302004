import { terms as foldedTerms } from './tokenize';
import { isAbbreviation } from './name-concepts';

const CAPITALS = /^\p{Lu}{2,5}$/u;

/** The filters a query may carry, in the `key:value` syntax analysts type. */
const FILTER_KEYS = ['tag', 'entity', 'source', 'after', 'before', 'file', 'has', 'lang'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** What `has:` can ask about. */
const HAS_VALUES = ['highlight'] as const;

export interface QueryFilter {
  key: FilterKey;
  /** As typed (trimmed); dates normalised to YYYY-MM-DD. */
  value: string;
  negate: boolean;
}

/** A parsed query. Words and phrases are folded token lists so they compare with the index. */
export interface ParsedQuery {
  /** Plain words: all must match (implicit AND), with prefix and typo tolerance. */
  words: string[];
  /** Phrases: each a run of folded tokens that must appear in this order, each word in any of its forms. */
  phrases: string[][];
  /** `="…"`: words or runs that must appear exactly as written (folded), no other form, script or prefix. */
  exact: string[][];
  excludeWords: string[];
  excludePhrases: string[][];
  filters: QueryFilter[];
  /** Plain words typed in capitals as a known abbreviation ("WHO", "ЕС"), folded: they ask for that body only, not the word "who". */
  abbreviations?: string[];
}

/** Raised for a query a person mistyped; the message says where and how to fix it. */
export class QuerySyntaxError extends Error {
  readonly code = 'bad-query';
}

const MAX_QUERY = 2000;

/**
 * Parse the search syntax: words (matching their inflections and other-script spellings),
 * "phrase", ="exact words", -exclude (also -"phrase" and -key:value), and filters such as `tag:region/korea`, `entity:"Wang Yi"`, `after:2024-01-01`.
 * Everything combines with AND. Throws QuerySyntaxError with a readable message rather than
 * returning something that would silently match nothing.
 */
export function parseQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY) throw new QuerySyntaxError(`The query is ${input.length} characters long; keep it under ${MAX_QUERY}.`);
  const q: ParsedQuery = { words: [], phrases: [], exact: [], excludeWords: [], excludePhrases: [], filters: [] };
  let i = 0;
  const n = input.length;
  while (i < n) {
    while (i < n && /\s/.test(input[i])) i++;
    if (i >= n) break;
    let negate = false;
    if (input[i] === '-') {
      negate = true;
      i++;
      if (i >= n || /\s/.test(input[i]))
        throw new QuerySyntaxError('A "-" must be followed by the word, "phrase" or filter to exclude (e.g. -sanctions).');
    }
    if (input[i] === '"') {
      const { text, next } = readQuoted(input, i);
      i = next;
      addPhrase(q, text, negate);
      continue;
    }
    if (input[i] === '=') {
      i = readExact(q, input, i + 1, negate);
      continue;
    }
    // A bare token runs to the next whitespace; a filter's value may be quoted.
    const m = /^([A-Za-z]+):/.exec(input.slice(i, i + 12));
    if (m) {
      const key = m[1].toLowerCase();
      if (!(FILTER_KEYS as readonly string[]).includes(key)) {
        throw new QuerySyntaxError(
          `Unknown filter "${m[1]}:". Use one of ${FILTER_KEYS.map((k) => k + ':').join(' ')} — or put the text in quotes to search for it.`,
        );
      }
      i += m[0].length;
      let value: string;
      if (input[i] === '"') {
        const r = readQuoted(input, i);
        value = r.text;
        i = r.next;
      } else {
        const start = i;
        while (i < n && !/\s/.test(input[i])) i++;
        value = input.slice(start, i);
      }
      q.filters.push(makeFilter(key as FilterKey, value.trim(), negate));
      continue;
    }
    const start = i;
    while (i < n && !/\s/.test(input[i])) {
      if (input[i] === '"')
        throw new QuerySyntaxError(`A quote inside "${input.slice(start, i + 1)}" — put spaces around a "phrase in quotes".`);
      i++;
    }
    const raw = input.slice(start, i);
    const words = foldedTerms(raw);
    if (negate) q.excludeWords.push(...words);
    else q.words.push(...words);
    const bare = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!negate && words.length === 1 && CAPITALS.test(bare) && isAbbreviation(words[0])) (q.abbreviations ??= []).push(words[0]);
  }
  return q;
}

function readQuoted(input: string, at: number): { text: string; next: number } {
  const close = input.indexOf('"', at + 1);
  if (close < 0) {
    const after =
      input
        .slice(at + 1)
        .trim()
        .split(/\s+/)[0] ?? '';
    throw new QuerySyntaxError(`Unclosed quote after "${after.slice(0, 40)}: add the closing " or remove the opening one.`);
  }
  return { text: input.slice(at + 1, close), next: close + 1 };
}

/** `="Lavrov"`, `="Vladimir Putin"` or `=Lavrov`: the exact word or run, as written. Returns where parsing goes on. */
function readExact(q: ParsedQuery, input: string, at: number, negate: boolean): number {
  let text: string;
  let next: number;
  if (input[at] === '"') ({ text, next } = readQuoted(input, at));
  else {
    next = at;
    while (next < input.length && !/\s/.test(input[next])) next++;
    text = input.slice(at, next);
  }
  const tokens = foldedTerms(text);
  if (tokens.length === 0) throw new QuerySyntaxError('"=" must be followed by the exact word or "words" to find, e.g. ="Lavrov".');
  // Excluding is exact already: -="x" is -"x".
  if (negate) q.excludePhrases.push(tokens);
  else q.exact.push(tokens);
  return next;
}

function addPhrase(q: ParsedQuery, text: string, negate: boolean): void {
  const tokens = foldedTerms(text);
  if (tokens.length === 0) throw new QuerySyntaxError('An empty "" phrase matches nothing: put words between the quotes or remove them.');
  // A one-word phrase is an exact word: no prefix or typo tolerance.
  if (negate) q.excludePhrases.push(tokens);
  else q.phrases.push(tokens);
}

function makeFilter(key: FilterKey, value: string, negate: boolean): QueryFilter {
  if (!value) throw new QuerySyntaxError(`"${key}:" needs a value, e.g. ${example(key)}.`);
  if (key === 'after' || key === 'before') return { key, value: parseDateBound(key, value), negate };
  if (key === 'has') {
    const v = value.toLowerCase();
    if (!(HAS_VALUES as readonly string[]).includes(v)) throw new QuerySyntaxError(`"has:${value}" is not known; use has:highlight.`);
    return { key, value: v, negate };
  }
  if (key === 'lang') {
    const v = value.toLowerCase();
    if (!/^[a-z]{2,3}$/.test(v))
      throw new QuerySyntaxError(`"lang:${value}" is not a language code; use two or three letters such as lang:ru or lang:en.`);
    return { key, value: v, negate };
  }
  return { key, value, negate };
}

/** `after:2024`, `after:2024-03`, `after:2024-03-05` → the first day they name. */
function parseDateBound(key: 'after' | 'before', value: string): string {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!m) throw new QuerySyntaxError(`"${key}:${value}" is not a date; write ${key}:YYYY-MM-DD (or YYYY-MM, YYYY).`);
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new QuerySyntaxError(`"${key}:${value}" is not a real date; check the month and day.`);
  }
  return date.toISOString().slice(0, 10);
}

function example(key: FilterKey): string {
  switch (key) {
    case 'tag':
      return 'tag:region/korea';
    case 'entity':
      return 'entity:"Wang Yi"';
    case 'source':
      return 'source:Reuters';
    case 'after':
      return 'after:2024-01-01';
    case 'before':
      return 'before:2024-12-31';
    case 'file':
      return 'file:2024-06';
    case 'has':
      return 'has:highlight';
    case 'lang':
      return 'lang:ru';
  }
}

/** True when the query asks for nothing: every story matches. */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return !q.words.length && !q.phrases.length && !q.exact.length && !q.excludeWords.length && !q.excludePhrases.length && !q.filters.length;
}
