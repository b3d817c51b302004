const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "5 November 2025" from an ISO date or timestamp, the same on every machine (no locale,
 * no time zone: the date part is printed as written). Anything unparseable is printed as
 * given, and a missing date says so rather than leaving a gap in a citation.
 */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "characters 120–184": the offsets a reader needs to find the quote in the file again. */
export function formatOffsets(start: number, end: number): string {
  return `characters ${start}–${end}`;
}
