import type { StorySummary } from '@core/api';
import type { StorylineSummary } from '@core/ports/discovery-port';
import { formatDate } from '../format';

/** A story's storyline as the library groups by it. */
export interface StorylineTag {
  id: string;
  label: string;
  /** Its date range, e.g. "Nov 3, 2025 – Nov 5, 2025"; empty when no story is dated. */
  range: string;
  first: string | null;
}

/**
 * Story id → its storyline and its place in it (the core's order: oldest first, undated last, ties
 * as the inspector shows them); built once per storylines listing so grouping 30,000 stories is one lookup each.
 */
export type StorylineOf = Map<string, { line: StorylineTag; at: number }>;

/** Index a storylines listing by story id (every story is in at most one storyline). */
export function storylineIndex(lines: readonly StorylineSummary[]): StorylineOf {
  const of: StorylineOf = new Map();
  for (const l of lines) {
    const tag = { id: l.id, label: l.label, range: range(l.first, l.last), first: l.first };
    l.stories.forEach((id, at) => of.set(id, { line: tag, at }));
  }
  return of;
}

function range(first: string | null, last: string | null): string {
  if (!first) return '';
  return `${formatDate(first)}${last && last !== first ? ` – ${formatDate(last)}` : ''}`;
}

/**
 * Stories bucketed by storyline: the largest (among the stories shown) first, each in its storyline's
 * order; stories in no storyline make the last group, oldest first and undated at its end.
 */
export function storylineGroups(
  stories: readonly StorySummary[],
  of: StorylineOf,
): { key: string; label: string; range: string; stories: StorySummary[] }[] {
  const groups = new Map<string, { tag: StorylineTag | null; stories: StorySummary[] }>();
  for (const s of stories) {
    const tag = of.get(s.id)?.line ?? null;
    const k = tag?.id ?? '';
    const g = groups.get(k);
    if (g) g.stories.push(s);
    else groups.set(k, { tag, stories: [s] });
  }
  const rest = groups.get('');
  groups.delete('');
  const ordered = [...groups.values()].sort(
    (a, b) =>
      b.stories.length - a.stories.length ||
      (a.tag!.first ?? '9999').localeCompare(b.tag!.first ?? '9999') ||
      a.tag!.id.localeCompare(b.tag!.id),
  );
  const out = ordered.map((g) => ({
    key: g.tag!.id,
    label: g.tag!.label,
    range: g.tag!.range,
    stories: g.stories.sort((a, b) => of.get(a.id)!.at - of.get(b.id)!.at),
  }));
  if (rest) out.push({ key: '', label: 'Not in a storyline', range: '', stories: rest.stories.sort(byDate) });
  return out;
}

function byDate(a: StorySummary, b: StorySummary): number {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
