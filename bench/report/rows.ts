import { formatNumber, formatTarget, verdict, type MetricLine } from './metric';

/** One metric as people read it, shared by the stderr table and RESULTS.md. */
export interface Row {
  area: string;
  metric: string;
  value: string;
  target: string;
  peer: string;
  status: string;
}

export function toRow(m: MetricLine): Row {
  const v = verdict(m);
  const unit = m.unit ? ` ${m.unit}` : '';
  const peer = m.baseline !== undefined ? `peer ${formatNumber(m.baseline)}${unit}, ratio ${formatNumber(m.ratio)}` : '';
  return {
    area: m.area ?? '',
    metric: m.metric,
    value: v === 'skipped' ? '—' : `${formatNumber(typeof m.value === 'number' ? m.value : null)}${unit}`,
    target: formatTarget(m.target),
    peer,
    status: v === 'skipped' ? `skipped: ${m.reason ?? 'no reason given'}` : v,
  };
}
