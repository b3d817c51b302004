import * as chrono from 'chrono-node';
import { AGENCY_NAMES, DATELINE_RE, PLACE_DATELINE_RE, UPDATED_RE } from './noise-rules';

/**
 * Dates and datelines. A calendar date is extracted with small explicit patterns first
 * (fast, no time-zone drift, no guessing of a year), and chrono-node only as a fallback on the
 * one or two metadata lines per story. Relative times ("16 hours ago") are never dates: a dump
 * does not know when it was scraped.
 */

export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const RU_MONTHS: Record<string, number> = {
  январ: 1,
  феврал: 2,
  март: 3,
  апрел: 4,
  ма: 5,
  июн: 6,
  июл: 7,
  август: 8,
  сентябр: 9,
  октябр: 10,
  ноябр: 11,
  декабр: 12,
};

const MONTH_ALT =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** "May 16, 2024", "Oct. 4, 2024", "June 19 2023", "May 16" */
const MDY_RE = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i');
/** "16 May 2024", "3 June" */
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_ALT})\\.?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i');
/** "2024-05-16" */
const ISO_RE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
/** "16 мая 2024" */
const RU_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(\d{1,2})\s+(январ[яь]|феврал[яь]|март[а]?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|август[а]?|` +
    String.raw`сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])(?:\s+(\d{4}))?`,
  'iu',
);

function valid(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (y !== null && (y < 1900 || y > 2100)) return false;
  const days = [
    31,
    y !== null && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : y === null ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= days[m - 1];
}

/** Month names by their first three letters, lower-cased and packed into a number. */
const MONTH_BY_KEY = new Map(Object.entries(MONTHS).map(([name, m]) => [monthKey(name), m]));

function monthKey(name: string): number {
  // | 0x20 lower-cases ASCII letters; MDY_RE/DMY_RE only match ASCII month names.
  return ((name.charCodeAt(0) | 0x20) << 16) | ((name.charCodeAt(1) | 0x20) << 8) | (name.charCodeAt(2) | 0x20);
}

/** "Sept", "september", "SEP" → 9: the first three letters name every month (no allocation). */
function monthNum(name: string): number {
  return name.length >= 3 ? (MONTH_BY_KEY.get(monthKey(name)) ?? 0) : 0;
}

/** First calendar date written in `s`, with or without a year. Only looks at the first 400 chars. */
export function findDate(s: string): PartialDate | null {
  const t = s.length > 400 ? s.slice(0, 400) : s;
  if (!/\d/.test(t)) return null;
  let bestAt = Infinity;
  let best: PartialDate | null = null;
  const consider = (at: number, date: PartialDate): void => {
    if (!valid(date.year, date.month, date.day)) return;
    // Prefer a full date over a year-less one, then the earliest.
    const better = !best || (best.year === null && date.year !== null) || (at < bestAt && (date.year !== null || best.year === null));
    if (better) {
      best = date;
      bestAt = at;
    }
  };
  let m = ISO_RE.exec(t);
  if (m) consider(m.index, { year: +m[1], month: +m[2], day: +m[3] });
  m = MDY_RE.exec(t);
  if (m) consider(m.index, { year: m[3] ? +m[3] : null, month: monthNum(m[1]), day: +m[2] });
  m = DMY_RE.exec(t);
  if (m) consider(m.index, { year: m[3] ? +m[3] : null, month: monthNum(m[2]), day: +m[1] });
  m = /[\u0400-\u04ff]/.test(t) ? RU_RE.exec(t) : null;
  if (m) {
    const key = Object.keys(RU_MONTHS).find((k) => m![2].toLowerCase().startsWith(k));
    if (key) consider(m.index, { year: m[3] ? +m[3] : null, month: RU_MONTHS[key], day: +m[1] });
  }
  return best;
}

/** chrono-node fallback for metadata lines our patterns miss ("Tuesday 16th of May 2024"). */
export function chronoDate(s: string): PartialDate | null {
  try {
    const t = s.length > 200 ? s.slice(0, 200) : s;
    const results = /[\u0400-\u04ff]/.test(t) ? chrono.ru.strict.parse(t) : chrono.strict.parse(t);
    for (const r of results) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const year = r.start.isCertain('year') ? (r.start.get('year') ?? null) : null;
      const month = r.start.get('month') ?? 0;
      const day = r.start.get('day') ?? 0;
      if (valid(year, month, day)) return { year, month, day };
    }
  } catch {
    // chrono never should throw, but a date is not worth a failed import
  }
  return null;
}

export function toIso(d: PartialDate): string | null {
  if (d.year === null) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export interface Dateline {
  /** Length of the dateline prefix in the trimmed line (so the body sentence starts after it). */
  length: number;
  date: PartialDate | null;
  source: string | null;
}

const AGENCY_SET = new Set(AGENCY_NAMES.map((a) => a.toLowerCase()));

/**
 * "BEIJING/MOSCOW, May 16 (Reuters) – ...": a wire dateline at the start of a paragraph.
 * Accepted when the place is in capitals or the parenthesis names a known agency, so
 * "Kremlin spokesman (Dmitry Peskov) – ..." in a body is not taken for one.
 */
export function matchDateline(t: string): Dateline | null {
  if (t.length < 8) return null;
  if (t.charCodeAt(0) === 40 /* ( */) return matchAgencyLead(t);
  const m = DATELINE_RE.exec(t.length > 300 ? t.slice(0, 300) : t);
  if (!m) return matchPlaceDateline(t);
  const place = m[1].trim();
  const paren = m[3].trim();
  const parts = paren.split(/\s*[/,&]\s*/);
  const known = parts.every((p) => AGENCY_SET.has(p.toLowerCase()));
  const caps = place === place.toUpperCase() && /\p{Lu}{3}/u.test(place);
  if (!known && !(caps && /^\p{Lu}[\p{L}./ &-]{1,30}$/u.test(paren))) return null;
  return { length: m[0].length, date: m[2] ? findDate(m[2]) : null, source: paren };
}

/** Characters of a line a place dateline must end within. */
const PLACE_DATELINE_MAX = 60;

/** "DENVER - ...", "SEOUL, South Korea - ...": a place in capitals (three letters or more) and a dash open a wire story. */
export function matchPlaceDateline(t: string): Dateline | null {
  const m = PLACE_DATELINE_RE.exec(t.length > PLACE_DATELINE_MAX ? t.slice(0, PLACE_DATELINE_MAX) : t);
  if (!m || !/\p{Lu}{3}/u.test(m[1]) || t.length - m[0].length < PLACE_DATELINE_BODY) return null;
  return { length: m[0].length, date: m[2] ? findDate(m[2]) : null, source: null };
}
/** A dateline leads into a sentence of the story: at least this many characters follow it. */
const PLACE_DATELINE_BODY = 40;

/** "(CNN) — ...", "(Reuters) - ...": a lead that names a known agency and nothing else opens a story. */
const AGENCY_LEAD_RE = /^\(([^()]{2,40})\)\s*[-–—]+\s*(?=\S)/;

function matchAgencyLead(t: string): Dateline | null {
  const m = AGENCY_LEAD_RE.exec(t.length > 60 ? t.slice(0, 60) : t);
  if (!m || !m[1].split(/\s*[/,&]\s*/).every((p) => AGENCY_SET.has(p.toLowerCase()))) return null;
  return { length: m[0].length, date: null, source: m[1].trim() };
}

export interface UpdatedLine {
  date: PartialDate | null;
  source: string | null;
}

/** "Updated on: May 16, 2024 / 7:51 AM EDT / CBS/AP" → date and the trailing source. */
export function matchUpdatedLine(t: string): UpdatedLine | null {
  if (t.length > 160) return null;
  const m = UPDATED_RE.exec(t);
  if (!m) return null;
  const rest = m[1];
  const date = findDate(rest) ?? chronoDate(rest);
  let source: string | null = null;
  const parts = rest.split(/\s+[/|•·]\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1].trim();
    if (last && !/\d/.test(last) && !/^(?:[A-Z]{2,4}T|UTC|GMT)$/.test(last) && last.length <= 40) source = last;
  }
  return { date, source };
}
