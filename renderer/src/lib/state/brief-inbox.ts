import type { ApiError, ApiValue } from '../../../../electron/core/api';
import { call } from '../api';

type Brief = ApiValue<'briefs.get'>;
type Item = Brief['sections'][number]['items'][number];

const KEY = 'dossier.currentBrief';

/**
 * "Add to brief" from the reader: append to the brief the analyst is working on (the last
 * one used, or a new "Working brief"), into its last section. Returns the brief's title.
 */
export async function addToCurrentBrief(item: { kind: 'highlight'; highlightId: string } | { kind: 'story'; storyId: string }): Promise<{ ok: true; id: string; title: string } | { ok: false; error: ApiError }> {
  let brief = await currentBrief();
  if (!brief) {
    const created = await call('briefs.create', { content: { title: 'Working brief', sections: [{ id: newId(), heading: 'Findings', items: [] }] } });
    if (!created.ok) return created;
    brief = created.value as Brief;
    remember(brief.id);
  }
  const sections = brief.sections.length > 0 ? brief.sections.map((s) => ({ ...s, items: [...s.items] })) : [{ id: newId(), heading: 'Findings', items: [] as Item[] }];
  const target = sections[sections.length - 1];
  const exists = target.items.some((i) => (item.kind === 'highlight' ? i.kind === 'highlight' && i.highlightId === item.highlightId : i.kind === 'story' && i.storyId === item.storyId));
  if (!exists) target.items.push(item.kind === 'highlight' ? { kind: 'highlight', id: newId(), highlightId: item.highlightId } : { kind: 'story', id: newId(), storyId: item.storyId, comment: '' });
  const { id, title, author, date, handling, summary, paper, appendix } = brief;
  const r = await call('briefs.update', { id, content: { title, author, date, handling, summary, paper, appendix, sections } });
  return r.ok ? { ok: true, id, title } : r;
}

export function remember(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // not remembered: the next add picks the newest brief
  }
}

async function currentBrief(): Promise<Brief | null> {
  let id: string | null = null;
  try {
    id = localStorage.getItem(KEY);
  } catch {
    id = null;
  }
  if (id) {
    const r = await call('briefs.get', { id });
    if (r.ok) return r.value;
  }
  const list = await call('briefs.list');
  if (!list.ok || list.value.length === 0) return null;
  const newest = [...list.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const r = await call('briefs.get', { id: newest.id });
  if (!r.ok) return null;
  remember(r.value.id);
  return r.value;
}

function newId(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}
