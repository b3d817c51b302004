/** The width of one bar on a time axis. */
export type BucketUnit = 'day' | 'week' | 'month' | 'year';

/** Units from finest to coarsest. */
export const UNITS: readonly BucketUnit[] = ['day', 'week', 'month', 'year'];

/** Bars a time axis may hold: beyond this a finer unit is not offered (bars thinner than a pixel). */
export const MAX_BUCKETS = 400;

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * The calendar day of an ISO date or timestamp, or null when it is not one. Years outside
 * 1800–2199 are not news dates (the parser never makes them): taken as undated, so one stray
 * date cannot stretch the axis over centuries.
 */
export function dayOf(date: string | null | undefined): string | null {
  if (!date || !/^(?:1[89]|2[01])\d{2}-\d{2}-\d{2}/.test(date)) return null;
  const day = date.slice(0, 10);
  return Number.isNaN(parse(day)) ? null : day;
}

/** First day of the bucket holding `day`: the day, its ISO week's Monday, or the 1st of its month. */
export function bucketStart(day: string, unit: BucketUnit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  if (unit === 'year') return `${day.slice(0, 4)}-01-01`;
  const t = parse(day);
  return iso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS);
}

/** First day of the bucket after the one starting on `start`. */
export function nextBucket(start: string, unit: BucketUnit): string {
  if (unit === 'day') return iso(parse(start) + DAY_MS);
  if (unit === 'week') return iso(parse(start) + 7 * DAY_MS);
  const d = new Date(parse(start));
  if (unit === 'year') return iso(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** Last day (inclusive) of the bucket starting on `start`. */
export function bucketEnd(start: string, unit: BucketUnit): string {
  return iso(parse(nextBucket(start, unit)) - DAY_MS);
}

/** Every bucket from the one holding `first` to the one holding `last`, empty ones included: a time axis has no gaps. */
export function bucketStarts(first: string, last: string, unit: BucketUnit): string[] {
  const out: string[] = [];
  const end = bucketStart(last, unit);
  for (let b = bucketStart(first, unit); b <= end; b = nextBucket(b, unit)) out.push(b);
  return out;
}

/** How many buckets of `unit` the days from `first` to `last` span. */
export function bucketCount(first: string, last: string, unit: BucketUnit): number {
  const days = (parse(last) - parse(first)) / DAY_MS;
  if (unit === 'day') return days + 1;
  if (unit === 'week') return Math.floor(days / 7) + 2;
  const a = new Date(parse(first));
  const b = new Date(parse(last));
  if (unit === 'year') return b.getUTCFullYear() - a.getUTCFullYear() + 1;
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
}

/** Whether `unit` keeps the span within MAX_BUCKETS bars; years always do (dayOf keeps dates within 400 years). */
export function unitFits(first: string, last: string, unit: BucketUnit): boolean {
  return unit === 'year' || bucketCount(first, last, unit) <= MAX_BUCKETS;
}

/** The finest unit that keeps the axis readable: days for a few weeks, weeks for a season or two, months beyond. */
export function autoUnit(first: string, last: string): BucketUnit {
  if (bucketCount(first, last, 'day') <= 45) return 'day';
  if (bucketCount(first, last, 'week') <= 60) return 'week';
  if (bucketCount(first, last, 'month') <= 120) return 'month';
  return 'year';
}

/** Short axis label of a bucket: "3 Nov" for a day or week, "Nov 2025" for a month, "2025" for a year. */
export function bucketLabel(start: string, unit: BucketUnit): string {
  const d = new Date(parse(start));
  if (unit === 'year') return String(d.getUTCFullYear());
  if (unit === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** The day after `day`: `before:` in the query syntax excludes its own day. */
export function dayAfter(day: string): string {
  return iso(parse(day) + DAY_MS);
}

/** The day before `day`. */
export function dayBefore(day: string): string {
  return iso(parse(day) - DAY_MS);
}
