import type { StorySummary } from '@core/api';
import { storylineGroups, type StorylineOf } from './storyline-groups';

export type GroupBy = 'none' | 'file' | 'date' | 'cluster' | 'storyline';

/** Near-duplicate clusters as the library groups them: story id → cluster label. */
export type ClusterOf = Map<string, { id: string; label: string }>;

/** One row of the library list: a group header or a story. */
export type Row =
  | {
      type: 'group';
      key: string;
      label: string;
      count: number;
      /** Shown beside the label, never cut off (a storyline's dates). */ detail?: string;
    }
  | { type: 'story'; key: string; story: StorySummary };

/**
 * One row object per story, kept while the story is: a keystroke lists up to 500 stories, and
 * building a fresh row for each made garbage the next collection paused for, on every keystroke.
 */
const storyRows = new WeakMap<StorySummary, Row>();
function storyRow(s: StorySummary): Row {
  let row = storyRows.get(s);
  if (!row) storyRows.set(s, (row = { type: 'story', key: s.id, story: s }));
  return row;
}

/**
 * Flatten stories into list rows, with a header row per group. Date groups run newest month
 * first; undated stories are listed apart at the end, as analysts expect.
 */
export function groupRows(
  stories: StorySummary[],
  by: GroupBy,
  clusters: ClusterOf = new Map(),
  storylines: StorylineOf = new Map(),
): Row[] {
  if (by === 'none') return stories.map(storyRow);
  if (by === 'storyline') {
    const rows: Row[] = [];
    for (const g of storylineGroups(stories, storylines)) {
      rows.push({ type: 'group', key: `g:${g.key}`, label: g.label, count: g.stories.length, ...(g.range ? { detail: g.range } : {}) });
      for (const s of g.stories) rows.push(storyRow(s));
    }
    return rows;
  }
  const groups = new Map<string, StorySummary[]>();
  const labels = new Map<string, string>();
  for (const s of stories) {
    let k: string;
    if (by === 'cluster') {
      // Stories with no near-duplicate are listed apart, after the clusters.
      const c = clusters.get(s.id);
      k = c ? c.id : '';
      if (c) labels.set(c.id, c.label);
    } else k = by === 'file' ? s.path : (s.date?.slice(0, 7) ?? '');
    const list = groups.get(k);
    if (list) list.push(s);
    else groups.set(k, [s]);
  }
  let keys = [...groups.keys()];
  if (by === 'date')
    keys = keys
      .filter((k) => k)
      .sort()
      .reverse()
      .concat(groups.has('') ? [''] : []);
  else if (by === 'cluster')
    keys = keys
      .filter((k) => k)
      .sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b))
      .concat(groups.has('') ? [''] : []);
  else keys.sort((a, b) => a.localeCompare(b));
  const rows: Row[] = [];
  for (const k of keys) {
    const list = groups.get(k)!;
    if (by === 'date') list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const label = by === 'file' ? k : by === 'cluster' ? (labels.get(k) ?? 'No near-duplicates') : monthLabel(k);
    rows.push({ type: 'group', key: `g:${k}`, label, count: list.length });
    for (const s of list) rows.push(storyRow(s));
  }
  return rows;
}

function monthLabel(ym: string): string {
  if (!ym) return 'Undated';
  const d = new Date(`${ym}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? ym : d.toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
