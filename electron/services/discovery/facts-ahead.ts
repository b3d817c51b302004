import { stableHash } from '../../core/library/hash';
import { factsLayout, type StoryFacts } from '../../core/related/story-facts';
import type { Story } from '../../core/types';
import type { FactsDump } from '../workers/facts-pool';
import type { DiscoveryState } from './discovery-state';
import { TimeSlices } from '../time-slices';

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
 * workers, which compute them while the main thread builds the search index. The gathering itself runs in
 * slices between turns of the event loop.
 */
export function factsAhead(state: DiscoveryState, ids: readonly string[]): AheadRun {
  let queuedNow = () => {};
  const queued = new Promise<void>((r) => (queuedNow = r));
  const result = gather(state, ids, () => queuedNow());
  // However gathering ends, nobody waits for `queued` in vain.
  result.then(queuedNow, queuedNow);
  return { queued, result };
}

/**
 * A run of `factsAhead`: `queued` resolves once its batches are in the facts pool's queue
 * (call the pool's `help` only after it, or the main thread finds nothing to take); `result`
 * once all facts are in, or null when the pool was closed meanwhile.
 */
export interface AheadRun {
  queued: Promise<void>;
  result: Promise<Map<string, AheadFacts> | null>;
}

async function gather(state: DiscoveryState, ids: readonly string[], queued: () => void): Promise<Map<string, AheadFacts> | null> {
  const { workspace } = state.opts;
  const out = new Map<string, AheadFacts>();
  const byPath = new Map<string, Story[]>();
  // 20,000 stories' records and layout hashes take the main thread a few hundred ms: in slices.
  const slices = new TimeSlices();
  const gen = state.generation;
  /** False once another folder opened while this waited its turn. */
  const pause = async () => !(await slices.pause()) || gen === state.generation;
  for (const id of ids) {
    if (!(await pause())) return null;
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
    if (!(await pause())) return null;
    let text: string;
    try {
      text = workspace.rawFile(path).text;
    } catch {
      continue;
    }
    dumps.push({ text, stories: stories.map((s) => ({ title: s.title, start: s.start, end: s.end, noise: s.noise })) });
    sent.push({ contentHash: workspace.contentHash(path) ?? '', stories });
  }
  if (dumps.length === 0) return out;
  const computing = state.factsPool.compute(dumps);
  queued();
  const facts = await computing;
  if (!facts) return null;
  for (let i = 0; i < sent.length; i++) {
    if (!(await pause())) return null;
    const { contentHash, stories } = sent[i];
    stories.forEach((s, j) => out.set(s.id, { contentHash, layout: layoutOf(s), facts: facts[i][j] }));
  }
  return out;
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
