import { dayAfter, dayBefore } from './time-buckets';

/** A span of days, both included. */
export interface DayRange {
  from: string;
  to: string;
}

// Only plain after:/before: terms are the timeline's; a negated one (-after:…) is the analyst's own.
const BOUND_RE = /(^|\s)(after|before):(\S+)/g;

/** The query without its date bounds. */
function withoutBounds(query: string): string {
  return query.replace(BOUND_RE, '$1').replace(/\s+/g, ' ').trim();
}

/**
 * The query with its date range replaced by `range` (or removed when null), every other term
 * kept. `before:` excludes its own day, so the range's last day is written as the day after.
 */
export function withDateRange(query: string, range: DayRange | null): string {
  const rest = withoutBounds(query);
  if (!range) return rest;
  return `${rest} after:${range.from} before:${dayAfter(range.to)}`.trim();
}

/** The day range a query's after:/before: terms ask for, for showing it on the timeline; null when it has neither. */
export function dateRangeIn(query: string): Partial<DayRange> | null {
  let from: string | undefined;
  let to: string | undefined;
  for (const m of query.matchAll(BOUND_RE)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(m[3])) continue;
    if (m[2] === 'after') from = m[3];
    else to = dayBefore(m[3]);
  }
  return from || to ? { from, to } : null;
}
