import { isMet, isMiss, type MetricLine } from './metric';
import { toRow, type Row } from './rows';

const HEADERS: Row = { area: 'area', metric: 'metric', value: 'value', target: 'target', peer: 'peer', status: 'status' };
const COLUMNS = Object.keys(HEADERS) as (keyof Row)[];

/**
 * The human table printed on stderr after the JSON lines, so a developer sees at a glance
 * what missed without piping stdout through jq. Long skip reasons are not cut: they are the
 * point of the line.
 */
export function renderTable(metrics: MetricLine[]): string {
  const rows = [HEADERS, ...metrics.map(toRow)];
  const width = (c: keyof Row) => Math.max(...rows.map((r) => (c === 'status' ? 0 : r[c].length)));
  const widths = Object.fromEntries(COLUMNS.map((c) => [c, width(c)])) as Record<keyof Row, number>;
  const line = (r: Row) =>
    COLUMNS.map((c) => (c === 'status' ? r[c] : r[c].padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const rule =
    COLUMNS.filter((c) => c !== 'status')
      .map((c) => '-'.repeat(widths[c]))
      .join('  ') + '  ------';
  const misses = metrics.filter(isMiss).length;
  const skipped = metrics.filter((m) => m.skipped).length;
  const met = metrics.filter(isMet).length;
  return [
    line(rows[0]),
    rule,
    ...rows.slice(1).map(line),
    '',
    `${met} met, ${misses} missed, ${skipped} skipped, ${metrics.length} lines`,
  ].join('\n');
}
