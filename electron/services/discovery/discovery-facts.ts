import { filterPacked } from '../../core/entities/packed';
import { findDuplicates } from '../../core/related/duplicates';
import { duplicatesByStory } from '../../core/related/cluster-variants';
import { terms } from '../../core/search/tokenize';
import { refreshStorylines } from './discovery-storylines';
import { tick, type DiscoveryState } from './discovery-state';
import { factsAhead, stillFits, type AheadFacts } from './facts-ahead';
import { TimeSlices } from '../time-slices';

/**
 * The background facts: entities, MinHash signatures and top words for stories that lack
 * them (computed off the main thread, see facts-ahead.ts), then the entity index, near-duplicate clusters and
 * storylines. Runs in chunks that yield to the event loop and report `discovery.progress`; stops when another
 * folder opens (`gen` is stale).
 */
export async function computeFacts(state: DiscoveryState, gen: number): Promise<void> {
  const { emit, workspace } = state.opts;
  state.phase = 'entities';
  const missing = [...state.meta.keys()].filter((id) => !state.facts.has(id));
  emit('discovery.progress', { phase: 'entities', done: 0, total: missing.length });
  // Most stories' facts came with their read or are being computed on a facts worker since the
  // index started (facts-ahead.ts); the main thread now takes what no worker has started.
  const wanted = () => gen === state.generation;
  // A newer pass (the library changed again) supersedes this one once its facts are in: the
  // newer pass redoes the library-wide work below on the newer catalog, so this one stops at
  // its next slice instead of racing it (a flood of changes once left dozens of passes
  // aligning the same near-duplicates at once).
  const run = ++state.backgroundRun;
  const current = () => wanted() && run === state.backgroundRun;
  const early = state.ahead;
  state.ahead = null;
  await early?.queued;
  await state.factsPool.help(wanted);
  const ahead = (await early?.result) ?? new Map<string, AheadFacts>();
  if (!wanted()) return;
  const need: string[] = [];
  for (const id of missing) {
    const f = stillFits(state, id, ahead.get(id));
    if (f) state.facts.set(id, f);
    else need.push(id);
  }
  ahead.clear();
  // Stories the early pass did not cover (a file changed since, or the cache lost their facts).
  if (need.length) {
    const late = factsAhead(state, need);
    await late.queued;
    await state.factsPool.help(wanted);
    const got = await late.result;
    if (!wanted() || !got) return;
    for (const id of need) {
      const f = stillFits(state, id, got.get(id));
      if (f) state.facts.set(id, f);
    }
  }
  workspace.dropStoryFacts?.();
  emit('discovery.progress', { phase: 'entities', done: missing.length, total: missing.length });
  // The entity index is built on a facts worker while this thread finds the near-duplicates (neither needs the other).
  const entities = state.factsPool.entityIndex(state.entityInput());
  state.phase = 'duplicates';
  const items = [...state.meta.keys()].flatMap((id) => {
    const f = state.facts.get(id);
    // Words are read only for the few candidate pairs whose signatures are middling (duplicates.ts).
    return f ? [{ id, signature: f.signature, exactHash: f.exactHash, words: f.words, terms: () => terms(state.tryBody(id) ?? '') }] : [];
  });
  emit('discovery.progress', { phase: 'duplicates', done: 0, total: items.length });
  const clusters = await findDuplicates(items, async (n) => {
    if (!current()) throw new Superseded();
    emit('discovery.progress', { phase: 'duplicates', done: n, total: items.length });
    await tick();
  }).catch((err: unknown) => {
    if (err instanceof Superseded) return null;
    throw err;
  });
  if (!clusters) return;
  const built = await entities;
  // The worker that built the entity index kept that build's heap (hundreds of MB at 20,000
  // stories, mostly garbage): storylines start on a fresh one rather than on top of it.
  state.factsPool.releaseIdle();
  if (!current()) return;
  if (built) state.entities = built;
  else state.rebuildEntities();
  await forgetDroppedNames(state, current);
  if (!current()) return;
  state.clusters = clusters;
  state.dupOf = duplicatesByStory(clusters);
  state.phase = 'storylines';
  emit('discovery.progress', { phase: 'storylines', done: 0, total: items.length });
  await tick();
  if (!current()) return;
  await refreshStorylines(state);
  if (!current()) return;
  state.phase = 'ready';
  emit('discovery.progress', { phase: 'ready', done: items.length, total: items.length });
  state.factsPool.releaseIdle();
  if (missing.length) await state.save();
}

/**
 * Per-story names the library index dropped (a bare capitalised run seen in one story
 * only) are not kept either: they were most of the per-story data in memory and in the
 * cache. A later story repeating such a name starts it afresh. In slices between yields
 * (20,000 stories take the main thread a second or more); it stops if the index is replaced.
 */
async function forgetDroppedNames(state: DiscoveryState, wanted: () => boolean): Promise<void> {
  const ents = state.entities;
  if (!ents) return;
  const slices = new TimeSlices();
  let n = 0;
  for (const [id, f] of state.facts) {
    const v = f.entities;
    // Row by row as packed: no entity objects are built for the 20,000 stories.
    const kept = filterPacked(v, (kind, strong, a, b) => strong || ents.resolveKey(kind, v.slice(a, b)));
    if (kept !== null) state.facts.set(id, { ...f, entities: kept });
    if ((++n & 255) === 0 && (await slices.pause()) && (!wanted() || state.entities !== ents)) return;
  }
}

/** Thrown out of near-duplicate detection when a newer background pass took over. */
class Superseded extends Error {}
