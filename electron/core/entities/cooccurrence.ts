import type { EntityKind } from './types';

/** What co-occurrence reads of the entity index. */
export interface CooccurrenceSource {
  /** Ids of the entities a story mentions. */
  forStory(storyId: string): readonly string[];
  entity(id: string): { name: string; kind: EntityKind } | undefined;
}

/**
 * The entities that appear in the same stories as `entityId`, counted once per shared
 * story, most shared first (ties in the order first met).
 * Only `storyIds` are counted: the entity page lists the stories still in the catalog,
 * and a neighbour seen only in stories that went away would point at nothing.
 */
export function cooccurringEntities(
  source: CooccurrenceSource,
  entityId: string,
  storyIds: Iterable<string>,
  limit = 20,
): { id: string; name: string; kind: EntityKind; stories: number }[] {
  const counts = new Map<string, number>();
  for (const sid of storyIds)
    for (const other of source.forStory(sid)) if (other !== entityId) counts.set(other, (counts.get(other) ?? 0) + 1);
  const out: { id: string; name: string; kind: EntityKind; stories: number }[] = [];
  for (const [id, stories] of counts) {
    const e = source.entity(id);
    if (e) out.push({ id, name: e.name, kind: e.kind, stories });
  }
  return out.sort((a, b) => b.stories - a.stories).slice(0, Math.max(0, limit));
}
