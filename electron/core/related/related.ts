/** A story suggested as related to another, with the reason in words a person can check. */
export interface RelatedSuggestion {
  storyId: string;
  title: string;
  path: string;
  score: number;
  reason: string;
  kind: 'duplicate' | 'shared-entities';
}

/** What related-story scoring reads; the discovery service provides it from its indexes. */
export interface RelatedContext {
  story(id: string): { id: string; title: string; path: string; date: string | null } | undefined;
  /** Entity ids in a story. */
  entitiesOf(id: string): readonly string[];
  /** Stories mentioning an entity, and the entity's short display name. */
  entity(id: string): { name: string; stories: ReadonlyMap<string, number> } | undefined;
  /** Near-duplicates of a story with their similarity (0–1). */
  duplicatesOf(id: string): { storyId: string; similarity: number }[];
  totalStories: number;
  dismissed(a: string, b: string): boolean;
}

const MAX_SUGGESTIONS = 10;

/**
 * Up to 10 related stories: near-duplicates first ("same story as … 92% identical"), then
 * stories sharing rare entities, weighted by how rare each entity is (IDF) and nudged up
 * when published the same day or week. Entities in more than a fifth of the library
 * ("Russia" in a Russia desk's dumps) say little and are skipped unless nothing else is shared.
 */
export function relatedStories(ctx: RelatedContext, id: string): RelatedSuggestion[] {
  const me = ctx.story(id);
  if (!me) return [];
  const out = new Map<string, RelatedSuggestion>();
  for (const d of ctx.duplicatesOf(id)) {
    const s = ctx.story(d.storyId);
    if (!s || d.storyId === id || ctx.dismissed(id, d.storyId)) continue;
    out.set(d.storyId, {
      storyId: s.id,
      title: s.title,
      path: s.path,
      score: round(10 + d.similarity),
      reason: `same story as '${s.title}' in file ${s.path}, ${Math.round(d.similarity * 100)}% identical`,
      kind: 'duplicate',
    });
  }
  const N = Math.max(1, ctx.totalStories);
  const ents = ctx
    .entitiesOf(id)
    .map((e) => ({ id: e, info: ctx.entity(e) }))
    .filter((e) => e.info && e.info.stories.size > 1);
  ents.sort((a, b) => a.info!.stories.size - b.info!.stories.size);
  let usable = ents.filter((e) => e.info!.stories.size <= Math.max(25, N / 5));
  if (!usable.length) usable = ents.slice(0, 3);
  const score = new Map<string, { s: number; shared: string[] }>();
  for (const e of usable.slice(0, 30)) {
    const idf = Math.log(N / e.info!.stories.size) + 0.5;
    for (const sid of e.info!.stories.keys()) {
      if (sid === id || out.has(sid)) continue;
      const cur = score.get(sid) ?? { s: 0, shared: [] };
      cur.s += idf;
      cur.shared.push(e.info!.name);
      score.set(sid, cur);
    }
  }
  const ranked = [...score].map(([sid, v]) => {
    const s = ctx.story(sid);
    const when = s ? sameTime(me.date, s.date) : null;
    return {
      sid,
      s,
      total: v.s * (v.shared.length > 1 ? 1 : 0.6) + (when === 'day' ? 1.5 : when === 'week' ? 1 : 0),
      shared: v.shared,
      when,
    };
  });
  ranked.sort((a, b) => b.total - a.total || (a.sid < b.sid ? -1 : 1));
  for (const r of ranked) {
    if (out.size >= MAX_SUGGESTIONS) break;
    if (!r.s || ctx.dismissed(id, r.sid)) continue;
    const names = r.shared.slice(0, 3).join(', ') + (r.shared.length > 3 ? ` and ${r.shared.length - 3} more` : '');
    out.set(r.sid, {
      storyId: r.sid,
      title: r.s.title,
      path: r.s.path,
      score: round(r.total),
      reason: `shares ${names}${r.when === 'day' ? '; same day' : r.when === 'week' ? '; same week' : ''}`,
      kind: 'shared-entities',
    });
  }
  return [...out.values()].slice(0, MAX_SUGGESTIONS);
}

function sameTime(a: string | null, b: string | null): 'day' | 'week' | null {
  if (!a || !b) return null;
  const da = Date.parse(a.slice(0, 10));
  const db = Date.parse(b.slice(0, 10));
  if (Number.isNaN(da) || Number.isNaN(db)) return null;
  const days = Math.abs(da - db) / 86400000;
  return days < 1 ? 'day' : days < 7 ? 'week' : null;
}

const round = (x: number) => Math.round(x * 100) / 100;
