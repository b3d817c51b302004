import { buildStorylines, type Storyline, type StorylineMove, type StorylineStory } from '../../core/related/storylines';

/**
 * What storyline clustering reads, as plain data, so it can run on a facts worker: at 20,000
 * stories clustering takes seconds, which on the main thread would freeze every reply to the
 * window meanwhile.
 */
export interface StorylinesInput {
  stories: StorylineStory[];
  /** Entity id → its display name, for the entities the stories name (labels and reasons). */
  names: Map<string, string>;
  /** Story id → its near-duplicate group id. */
  duplicateGroups: Map<string, string>;
  /** The analyst's corrections, re-applied after clustering. */
  moves: StorylineMove[];
}

export function clusterStorylines(input: StorylinesInput): Storyline[] {
  return buildStorylines(
    input.stories,
    { entityName: (e) => input.names.get(e), duplicateGroup: (sid) => input.duplicateGroups.get(sid) ?? null },
    input.moves,
  );
}

/**
 * StorylinesInput for `postMessage`: each story's entity ids as numbers into one table, in
 * typed arrays sent with their buffers transferred. Cloned as they are, 20,000 stories' lists
 * were 760,000 id strings copied one by one on the way (held the main thread while it wrote
 * them, and the worker's heap as it read them); as numbers the worker shares one string per entity.
 */
export interface StorylinesWire extends Omit<StorylinesInput, 'stories'> {
  stories: Omit<StorylineStory, 'entities' | 'mentions'>[];
  entityIds: string[];
  /** Story i's entities are entityNums[offsets[i], offsets[i + 1]), their mention counts beside them in `mentions`. */
  offsets: Uint32Array;
  entityNums: Uint32Array;
  mentions: Float64Array;
  /** 1 where story i gave mention counts (absent counts mean once each). */
  counted: Uint8Array;
}

export function toStorylinesWire(input: StorylinesInput): { wire: StorylinesWire; transfer: ArrayBuffer[] } {
  const steps = storylinesWireSteps(input);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * `toStorylinesWire` for the main thread: `pause` awaited every few thousand stories (20,000
 * stories' entity lists took it a tenth of a second and more in one go).
 */
export async function toStorylinesWireInSlices(
  input: StorylinesInput,
  pause: () => Promise<unknown>,
): Promise<{ wire: StorylinesWire; transfer: ArrayBuffer[] }> {
  const steps = storylinesWireSteps(input);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await pause();
  }
}

/** Stories numbered between two chances to yield (storylinesWireSteps). */
const WIRE_STEP = 2048;

function* storylinesWireSteps(input: StorylinesInput): Generator<void, { wire: StorylinesWire; transfer: ArrayBuffer[] }> {
  const number = new Map<string, number>();
  const entityIds: string[] = [];
  let pairs = 0;
  for (const s of input.stories) pairs += s.entities.length;
  const offsets = new Uint32Array(input.stories.length + 1);
  const entityNums = new Uint32Array(pairs);
  const mentions = new Float64Array(pairs);
  const counted = new Uint8Array(input.stories.length);
  const stories: StorylinesWire['stories'] = [];
  let at = 0;
  for (let i = 0; i < input.stories.length; i++) {
    const { entities, mentions: m, ...rest } = input.stories[i];
    stories.push(rest);
    offsets[i] = at;
    if (m) counted[i] = 1;
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k];
      let n = number.get(e);
      if (n === undefined) number.set(e, (n = entityIds.push(e) - 1));
      entityNums[at] = n;
      mentions[at++] = m?.[k] ?? 1;
    }
    if (i % WIRE_STEP === WIRE_STEP - 1) yield;
  }
  offsets[input.stories.length] = at;
  const wire = { ...input, stories, entityIds, offsets, entityNums, mentions, counted };
  return { wire, transfer: [offsets.buffer, entityNums.buffer, mentions.buffer, counted.buffer] };
}

export function fromStorylinesWire(w: StorylinesWire): StorylinesInput {
  const stories = w.stories.map((s, i) => {
    const from = w.offsets[i];
    const to = w.offsets[i + 1];
    const entities = Array.from(w.entityNums.subarray(from, to), (n) => w.entityIds[n]);
    return w.counted[i] ? { ...s, entities, mentions: Array.from(w.mentions.subarray(from, to)) } : { ...s, entities };
  });
  return { stories, names: w.names, duplicateGroups: w.duplicateGroups, moves: w.moves };
}
