/**
 * One line of bench output. Every area bench prints these on stdout; `bench/run.ts` adds
 * the peer comparisons (`baseline`, `ratio`) and the lines for areas that could not run
 * (`skipped`, `reason`), so the table and RESULTS.md can state a miss instead of hiding it.
 */
export interface MetricLine {
  metric: string;
  value?: number | null;
  unit?: string;
  target?: number | string | null;
  ok?: boolean;
  /** Peers only: the peer's own figure, in the same unit as `value`. */
  baseline?: number;
  /** Peers only: value / baseline (below 1 means Dossier was faster). */
  ratio?: number;
  skipped?: boolean;
  reason?: string;
  /** Which bench printed it; added by the runner, not by the area benches. */
  area?: string;
  [extra: string]: unknown;
}

/**
 * Parse one stdout line of an area bench. Anything that is not a JSON object with a string
 * `metric` is not a metric (a stray log line) and comes back null rather than breaking the run.
 */
export function parseMetricLine(line: string): MetricLine | null {
  const t = line.trim();
  if (!t.startsWith('{')) return null;
  try {
    const v: unknown = JSON.parse(t);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
    const m = v as Record<string, unknown>;
    if (typeof m.metric !== 'string' || m.metric === '') return null;
    return m as MetricLine;
  } catch {
    return null;
  }
}

/** How a line reads in the table: met, missed, measured without a target, or not measured. */
type Verdict = 'ok' | 'MISS' | 'info' | 'skipped';

export function verdict(m: MetricLine): Verdict {
  if (m.skipped) return 'skipped';
  // Some benches print 1/0 instead of true/false; a 0 is still a miss and must not read as "info".
  // "ok" without a target has nothing to be ok against: it is a measurement, not a met target.
  if (m.target === null || m.target === undefined || m.target === '') return 'info';
  const ok: unknown = m.ok;
  if (ok === true || ok === 1) return 'ok';
  if (ok === false || ok === 0) return 'MISS';
  return 'info';
}

export const isMiss = (m: MetricLine): boolean => verdict(m) === 'MISS';
export const isMet = (m: MetricLine): boolean => verdict(m) === 'ok';

/** A value with a sensible number of digits for people (the JSON keeps full precision). */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  if (abs >= 1000) return Math.round(n).toLocaleString('en-US');
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 0.01) return n.toFixed(2);
  return n.toPrecision(2);
}

export function formatTarget(t: MetricLine['target']): string {
  if (t === null || t === undefined || t === '') return '—';
  return String(t);
}
