import { DossierError } from '../../core/errors';
import type { Storyline, StorylineStory } from '../../core/related/storylines';
import type { StorylinesInput } from '../workers/storylines-job';
import { unpackEntities } from '../../core/entities/packed';
import type { StorylineSummary, StorylineView } from '../../core/ports/discovery-port';
import type { DiscoveryState } from './discovery-state';
import { TimeSlices } from '../time-slices';

/**
 * Re-cluster the library's storylines from the per-story facts (no text is read), the
 * entity index and the near-duplicate groups, then re-apply the analyst's moves. The
 * clustering runs on a facts worker (seconds at 20,000 stories); the result is applied only
 * if no newer clustering started meanwhile. Readers await `state.storylinesApplied`.
 */
export function refreshStorylines(state: DiscoveryState): Promise<void> {
  const run = ++state.storylineRun;
  const gen = state.generation;
  const current = () => run === state.storylineRun && gen === state.generation;
  const applied = storylinesInput(state, current).then(async (input) => {
    const lines = input && (await state.factsPool.storylines(input));
    if (!lines || !current()) return;
    state.storylines = lines;
    state.storylineOf = new Map(lines.flatMap((l) => l.members.map((m) => [m.storyId, l] as const)));
  });
  state.storylinesApplied = applied;
  return applied;
}

/** Settles once the newest clustering started so far (and any started while waiting) is applied. */
export async function storylinesSettled(state: DiscoveryState): Promise<void> {
  for (let p = state.storylinesApplied; ; p = state.storylinesApplied) {
    await p;
    if (p === state.storylinesApplied) return;
  }
}

/**
 * What clustering reads, as plain data (it may cross to a worker). Gathered in time slices
 * (20,000 stories' entity lists held the loop for half a second); null once `current` says a
 * newer clustering (or another folder) took over.
 */
async function storylinesInput(state: DiscoveryState, current: () => boolean): Promise<StorylinesInput | null> {
  const ents = state.entities;
  const slices = new TimeSlices();
  const stories: StorylineStory[] = [];
  const names = new Map<string, string>();
  for (const [id, m] of state.meta) {
    const f = state.facts.get(id);
    if (!f) continue;
    const own = ents ? null : unpackEntities(f.entities);
    const inIndex = ents?.mentionsInStory(id);
    const entities = own ? own.map((e) => `${e.kind}:${e.key}`) : inIndex!.ids;
    const mentions = own ? own.map((e) => e.count) : inIndex!.counts;
    if (ents)
      for (const e of entities) {
        const name = ents.entities.get(e)?.name;
        if (name !== undefined) names.set(e, name);
      }
    // The packed terms as kept: clustering reads them word by word, without a list per story.
    stories.push({ id, date: m.date, source: m.source, entities: [...entities], mentions, terms: f.terms });
    if ((await slices.pause()) && !current()) return null;
  }
  const duplicateGroups = new Map<string, string>();
  for (const c of state.clusters) for (const sid of c.storyIds) duplicateGroups.set(sid, c.id);
  return { stories, names, duplicateGroups, moves: state.opts.storylineMoves?.list() ?? [] };
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
  void refreshStorylines(state);
  await storylinesSettled(state);
  return storylineView(state, state.storylineOf.get(storyId));
}

function summary(l: Storyline): StorylineSummary {
  return { id: l.id, label: l.label, first: l.first, last: l.last, sources: l.sources, stories: l.members.map((m) => m.storyId) };
}
