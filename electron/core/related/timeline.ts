export type TimelineUnit = 'day' | 'week' | 'month';

interface TimelineStory {
  id: string;
  title: string;
  path: string;
  date: string | null;
  source: string | null;
}

interface TimelineGroup {
  /** Sortable key: YYYY-MM-DD for day and week (the Monday), YYYY-MM for month. */
  key: string;
  label: string;
  /** First and last day the group covers (inclusive). */
  from: string;
  to: string;
  stories: TimelineStory[];
}

export interface Timeline {
  by: TimelineUnit;
  groups: TimelineGroup[];
  /** Stories with no published date: listed apart rather than guessed. */
  undated: TimelineStory[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Place stories by their published date (never the file's date), grouped by day, ISO week
 * (Monday–Sunday) or month, oldest first; stories inside a group by date then title.
 */
export function buildTimeline(stories: Iterable<TimelineStory>, by: TimelineUnit): Timeline {
  const groups = new Map<string, TimelineGroup>();
  const undated: TimelineStory[] = [];
  for (const s of stories) {
    const day = s.date && /^\d{4}-\d{2}-\d{2}/.test(s.date) ? s.date.slice(0, 10) : null;
    const t = day ? Date.parse(`${day}T00:00:00Z`) : NaN;
    if (!day || Number.isNaN(t)) {
      undated.push(s);
      continue;
    }
    const g = bucket(day, by);
    const cur = groups.get(g.key) ?? { ...g, stories: [] };
    cur.stories.push(s);
    groups.set(g.key, cur);
  }
  const order = (a: TimelineStory, b: TimelineStory) => (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title);
  const list = [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const g of list) g.stories.sort(order);
  undated.sort((a, b) => a.path.localeCompare(b.path) || a.title.localeCompare(b.title));
  return { by, groups: list, undated };
}

function bucket(day: string, by: TimelineUnit): Omit<TimelineGroup, 'stories'> {
  const d = new Date(`${day}T00:00:00Z`);
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  if (by === 'day') return { key: day, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, from: day, to: day };
  if (by === 'month') {
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return {
      key: day.slice(0, 7),
      label: `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
      from: `${day.slice(0, 7)}-01`,
      to: iso(last),
    };
  }
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  return {
    key: iso(monday),
    label: `Week of ${monday.getUTCDate()} ${MONTHS[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`,
    from: iso(monday),
    to: iso(sunday),
  };
}
