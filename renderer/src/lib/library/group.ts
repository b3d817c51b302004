import type { StorySummary } from '../../../../electron/core/api';

export type GroupBy = 'none' | 'file' | 'date';

export type Row = { type: 'group'; key: string; label: string; count: number } | { type: 'story'; key: string; story: StorySummary };

/**
 * Flatten stories into list rows, with a header row per group. Date groups run newest month
 * first; undated stories are listed apart at the end, as analysts expect.
 */
export function groupRows(stories: StorySummary[], by: GroupBy): Row[] {
  if (by === 'none') return stories.map((s) => ({ type: 'story', key: s.id, story: s }));
  const groups = new Map<string, StorySummary[]>();
  for (const s of stories) {
    const k = by === 'file' ? s.path : (s.date?.slice(0, 7) ?? '');
    const list = groups.get(k);
    if (list) list.push(s);
    else groups.set(k, [s]);
  }
  let keys = [...groups.keys()];
  if (by === 'date') keys = keys.filter((k) => k).sort().reverse().concat(groups.has('') ? [''] : []);
  else keys.sort((a, b) => a.localeCompare(b));
  const rows: Row[] = [];
  for (const k of keys) {
    const list = groups.get(k)!;
    if (by === 'date') list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    rows.push({ type: 'group', key: `g:${k}`, label: by === 'file' ? k : monthLabel(k), count: list.length });
    for (const s of list) rows.push({ type: 'story', key: s.id, story: s });
  }
  return rows;
}

function monthLabel(ym: string): string {
  if (!ym) return 'Undated';
  const d = new Date(`${ym}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? ym : d.toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
