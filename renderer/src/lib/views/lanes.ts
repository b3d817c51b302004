import type { StorySummary } from '@core/api';

/** One horizontal lane of the timeline. */
export interface Lane {
  key: string;
  label: string;
}

/** Which lane each story runs in: the lanes in display order, and a story's lane index (-1: none). */
export interface LaneAssignment {
  /** What the lanes are, for the chart's accessible name ("by outlet", "by storyline"). */
  by: string;
  lanes: Lane[];
  laneOf(story: StorySummary): number;
}

/**
 * The timeline's lanes come from an adapter, so where they come from can change without the
 * chart knowing: outlets today (`lanesBySource`), storylines when the library has them
 * (`lanesByStoryline`, fed by a storylines listing).
 */
export type LaneAdapter = (stories: readonly StorySummary[]) => LaneAssignment;

const OTHER = 'Other outlets';

/** One lane per outlet, busiest first; past `max` lanes the rest share one "Other outlets" lane. */
export function lanesBySource(max = 8): LaneAdapter {
  return (stories) => {
    const counts = new Map<string, number>();
    for (const s of stories) {
      const k = s.source ?? '';
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const named = [...counts].filter(([k]) => k).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    // The unnamed stories need a lane of their own too: all of it within `max` lanes.
    const kept = named.length + (counts.has('') ? 1 : 0) > max ? named.slice(0, max - 1) : named;
    const lanes: Lane[] = kept.map(([k]) => ({ key: k, label: k }));
    const index = new Map(lanes.map((l, i) => [l.key, i]));
    const rest = kept.length < named.length || counts.has('');
    if (rest) lanes.push({ key: '', label: kept.length < named.length ? OTHER : 'No outlet named' });
    const restIndex = rest ? lanes.length - 1 : -1;
    return { by: 'outlet', lanes, laneOf: (s) => index.get(s.source ?? '') ?? restIndex };
  };
}

/** A storyline as the storylines listing gives it: its label and its stories. */
export interface StorylineLane {
  id: string;
  label: string;
  stories: readonly string[];
}

/**
 * One lane per storyline, largest first, up to `max`; stories in no storyline (or in a smaller one)
 * share the last lane. The same chart, fed storylines instead of outlets.
 */
export function lanesByStoryline(storylines: readonly StorylineLane[], max = 8): LaneAdapter {
  return () => {
    const sorted = [...storylines].sort((a, b) => b.stories.length - a.stories.length || a.label.localeCompare(b.label));
    const kept = sorted.slice(0, max - 1);
    const lanes: Lane[] = kept.map((s) => ({ key: s.id, label: s.label }));
    const of = new Map<string, number>();
    kept.forEach((s, i) => s.stories.forEach((id) => of.set(id, i)));
    lanes.push({ key: '', label: 'Other stories' });
    return { by: 'storyline', lanes, laneOf: (s) => of.get(s.id) ?? lanes.length - 1 };
  };
}
