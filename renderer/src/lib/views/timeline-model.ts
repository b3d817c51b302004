import type { StorySummary } from '@core/api';
import { autoUnit, bucketStart, bucketStarts, dayOf, unitFits, UNITS, type BucketUnit } from './time-buckets';
import type { Lane, LaneAdapter } from './lanes';

/** One lane's bars: stories per bucket, and how many of those have a guessed date. */
export interface LaneRow extends Lane {
  counts: Uint32Array;
  guessed: Uint32Array;
  total: number;
}

/**
 * What the timeline draws: bucket counts per lane, never one shape per story, so 30,000
 * stories cost what a few hundred bars cost.
 */
export interface TimelineModel {
  unit: BucketUnit;
  /** Units the span allows (a decade in days would be thousands of hair-thin bars). */
  units: BucketUnit[];
  /** First day of each bucket, oldest first, empty buckets included. */
  buckets: string[];
  /** All lanes together, for the overview row, and how many of those have a guessed date. */
  totals: Uint32Array;
  totalsGuessed: Uint32Array;
  lanes: LaneRow[];
  /** The biggest lane bar, which every lane's bar heights are scaled to. */
  laneMax: number;
  totalMax: number;
  dated: number;
  guessed: number;
  undated: number;
  by: string;
}

/** Bucket dated stories by `unit` ('auto': the finest readable one) into the adapter's lanes. */
export function buildTimelineModel(
  stories: readonly StorySummary[],
  lanesOf: LaneAdapter,
  unit: BucketUnit | 'auto' = 'auto',
): TimelineModel {
  let first: string | null = null;
  let last: string | null = null;
  const days: (string | null)[] = new Array(stories.length);
  for (let i = 0; i < stories.length; i++) {
    const d = dayOf(stories[i].date);
    days[i] = d;
    if (d === null) continue;
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  const assignment = lanesOf(stories);
  const units = first && last ? UNITS.filter((u) => unitFits(first, last, u)) : ['month' as const];
  const chosen = unit === 'auto' || !units.includes(unit) ? (first && last ? autoUnit(first, last) : 'month') : unit;
  const buckets = first && last ? bucketStarts(first, last, chosen) : [];
  const index = new Map(buckets.map((b, i) => [b, i]));
  // Stories share few distinct days: each day's bucket is worked out once.
  const bucketOfDay = new Map<string, number>();
  const n = buckets.length;
  const lanes: LaneRow[] = assignment.lanes.map((l) => ({ ...l, counts: new Uint32Array(n), guessed: new Uint32Array(n), total: 0 }));
  const totals = new Uint32Array(n);
  const totalsGuessed = new Uint32Array(n);
  let dated = 0;
  let guessed = 0;
  for (let i = 0; i < stories.length; i++) {
    const d = days[i];
    if (d === null) continue;
    let b = bucketOfDay.get(d);
    if (b === undefined) {
      b = index.get(bucketStart(d, chosen)) ?? -1;
      bucketOfDay.set(d, b);
    }
    if (b < 0) continue;
    dated++;
    totals[b]++;
    const s = stories[i];
    if (s.dateGuessed) {
      guessed++;
      totalsGuessed[b]++;
    }
    const lane = lanes[assignment.laneOf(s)];
    if (!lane) continue;
    lane.counts[b]++;
    lane.total++;
    if (s.dateGuessed) lane.guessed[b]++;
  }
  let laneMax = 0;
  for (const l of lanes) for (const c of l.counts) if (c > laneMax) laneMax = c;
  let totalMax = 0;
  for (const c of totals) if (c > totalMax) totalMax = c;
  return {
    unit: chosen,
    units,
    buckets,
    totals,
    totalsGuessed,
    lanes: lanes.filter((l) => l.total > 0),
    laneMax,
    totalMax,
    dated,
    guessed,
    undated: stories.length - dated,
    by: assignment.by,
  };
}

/** Bar height in px for `count` out of `max` in a row `height` px tall; a non-empty bucket is never invisible. */
export function barHeight(count: number, max: number, height: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(2, Math.round((count / max) * height));
}
