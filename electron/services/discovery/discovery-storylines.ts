import { DossierError } from '../../core/errors';
import { buildStorylines, type Storyline, type StorylineStory } from '../../core/related/storylines';
import { unpackEntities } from '../../core/entities/packed';
import type { StorylineSummary, StorylineView } from '../../core/ports/discovery-port';
import type { DiscoveryState } from './discovery-state';

/**
 * Re-cluster the library's storylines from the per-story facts (no text is read), the
 * entity index and the near-duplicate groups, then re-apply the analyst's moves.
 */
export function refreshStorylines(state: DiscoveryState): void {
  const ents = state.entities;
  const stories: StorylineStory[] = [];
  for (const [id, m] of state.meta) {
    const f = state.facts.get(id);
    if (!f) continue;
    const own = ents ? null : unpackEntities(f.entities);
    const entities = own ? own.map((e) => `${e.kind}:${e.key}`) : ents!.forStory(id);
    const mentions = own ? own.map((e) => e.count) : entities.map((e) => ents!.entities.get(e)?.stories.get(id) ?? 1);
    // The packed terms as kept: clustering reads them word by word, without a list per story.
    stories.push({ id, date: m.date, source: m.source, entities, mentions, terms: f.terms });
  }
  const dupGroup = new Map<string, string>();
  for (const c of state.clusters) for (const sid of c.storyIds) dupGroup.set(sid, c.id);
  const moves = state.opts.storylineMoves?.list() ?? [];
  state.storylines = buildStorylines(
    stories,
    { entityName: (e) => ents?.entities.get(e)?.name, duplicateGroup: (sid) => dupGroup.get(sid) ?? null },
    moves,
  );
  state.storylineOf = new Map(state.storylines.flatMap((l) => l.members.map((m) => [m.storyId, l] as const)));
}

/** The storyline list, largest and then earliest first. */
export function listStorylines(state: DiscoveryState, limit: number): StorylineSummary[] {
  return state.storylines
    .slice()
    .sort((a, b) => b.members.length - a.members.length || (a.first ?? '9999').localeCompare(b.first ?? '9999'))
    .slice(0, limit)
    .map(summary);
}

/** A storyline with each story's title and path, oldest first; null when the story is in none. */
export function storylineView(state: DiscoveryState, line: Storyline | undefined): StorylineView | null {
  if (!line) return null;
  return {
    ...summary(line),
    members: line.members.map((m) => ({
      ...m,
      title: state.meta.get(m.storyId)?.title ?? '',
      path: state.meta.get(m.storyId)?.path ?? '',
    })),
  };
}

/** Record the analyst's move and apply it at once; it is re-applied after every re-clustering. */
export async function moveStory(state: DiscoveryState, storyId: string, into: string | null): Promise<StorylineView | null> {
  const store = state.opts.storylineMoves;
  if (!state.folder || !store) throw new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');
  if (!state.meta.has(storyId))
    throw new DossierError('story-not-found', 'That story is no longer in the workspace; its file may have been moved or deleted.');
  if (into !== null && !state.storylines.some((l) => l.id === into) && !state.meta.has(into.replace(/^sl-/, '')))
    throw new DossierError('storyline-not-found', 'That storyline no longer exists; the library may have changed. Reload the storylines.');
  await store.move(storyId, into);
  refreshStorylines(state);
  return storylineView(state, state.storylineOf.get(storyId));
}

function summary(l: Storyline): StorylineSummary {
  return { id: l.id, label: l.label, first: l.first, last: l.last, sources: l.sources, stories: l.members.map((m) => m.storyId) };
}
