import { stableHash } from '../../core/library/hash';
import { factsLayout, type StoryFacts } from '../../core/related/story-facts';
import type { Story } from '../../core/types';
import type { FactsDump } from '../workers/facts-pool';
import type { DiscoveryState } from './discovery-state';

/** A story's facts obtained ahead of the facts pass, with what they were computed from (a change since makes them stale). */
export interface AheadFacts {
  contentHash: string;
  layout: string;
  facts: StoryFacts;
}

const layoutOf = (story: Story) => stableHash(factsLayout(story));

/**
 * Gather the facts of `ids` as early as possible: those the ingest worker computed with a
 * single dump's read (live sync) are taken now, the others (every story of a whole-folder read,
 * which waits for the site-template marks; facts gone stale since) are sent to the facts
 * workers, which compute them while the main thread builds the search index. Resolves once all are in, or null when the pool was closed meanwhile.
 */
export function factsAhead(state: DiscoveryState, ids: readonly string[]): Promise<Map<string, AheadFacts> | null> {
  const { workspace } = state.opts;
  const out = new Map<string, AheadFacts>();
  const byPath = new Map<string, Story[]>();
  for (const id of ids) {
    let story: Story;
    try {
      story = workspace.storyRecord(id);
    } catch {
      continue;
    }
    const contentHash = workspace.contentHash(story.path) ?? '';
    const taken = workspace.takeStoryFacts?.(id);
    if (taken) out.set(id, { contentHash, layout: layoutOf(story), facts: taken });
    else {
      const list = byPath.get(story.path);
      if (list) list.push(story);
      else byPath.set(story.path, [story]);
    }
  }
  const dumps: FactsDump[] = [];
  const sent: { contentHash: string; stories: Story[] }[] = [];
  for (const [path, stories] of byPath) {
    let text: string;
    try {
      text = workspace.rawFile(path).text;
    } catch {
      continue;
    }
    dumps.push({ text, stories: stories.map((s) => ({ title: s.title, start: s.start, end: s.end, noise: s.noise })) });
    sent.push({ contentHash: workspace.contentHash(path) ?? '', stories });
  }
  if (dumps.length === 0) return Promise.resolve(out);
  return state.factsPool.compute(dumps).then((facts) => {
    if (!facts) return null;
    sent.forEach(({ contentHash, stories }, i) =>
      stories.forEach((s, j) => out.set(s.id, { contentHash, layout: layoutOf(s), facts: facts[i][j] })),
    );
    return out;
  });
}

/** The facts of `id` from `ahead` if they still describe the story as the catalog has it now (same bytes, title, place and noise); else null. */
export function stillFits(state: DiscoveryState, id: string, ahead: AheadFacts | undefined): StoryFacts | null {
  if (!ahead) return null;
  const { workspace } = state.opts;
  let story: Story;
  try {
    story = workspace.storyRecord(id);
  } catch {
    return null;
  }
  return ahead.contentHash === (workspace.contentHash(story.path) ?? '') && ahead.layout === layoutOf(story) ? ahead.facts : null;
}
