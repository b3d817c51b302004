import { autoUnit, bucketEnd, bucketLabel, bucketStart, bucketStarts, dayOf, type BucketUnit } from './time-buckets';

/** One bar of an entity's mentions over time. */
export interface SeriesBar {
  start: string;
  end: string;
  label: string;
  mentions: number;
  stories: number;
}

export interface MentionsSeries {
  unit: BucketUnit;
  bars: SeriesBar[];
  /** Mentions in stories with no date, which no bar can show. */
  undated: number;
}

/**
 * Mentions per bucket from an entity's stories (each with its date and mention count), over a
 * continuous axis from its first to its last dated story: a quiet month shows as a gap.
 */
export function mentionsSeries(stories: readonly { date: string | null; count: number }[]): MentionsSeries {
  let first: string | null = null;
  let last: string | null = null;
  let undated = 0;
  for (const s of stories) {
    const d = dayOf(s.date);
    if (d === null) {
      undated += s.count;
      continue;
    }
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  if (first === null || last === null) return { unit: 'month', bars: [], undated };
  const unit = autoUnit(first, last);
  const bars: SeriesBar[] = bucketStarts(first, last, unit).map((start) => ({
    start,
    end: bucketEnd(start, unit),
    label: bucketLabel(start, unit),
    mentions: 0,
    stories: 0,
  }));
  const index = new Map(bars.map((b, i) => [b.start, i]));
  for (const s of stories) {
    const d = dayOf(s.date);
    const bar = d === null ? undefined : bars[index.get(bucketStart(d, unit)) ?? -1];
    if (!bar) continue;
    bar.mentions += Math.max(0, Math.round(s.count));
    bar.stories++;
  }
  return { unit, bars, undated };
}
