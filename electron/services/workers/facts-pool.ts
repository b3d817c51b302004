import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { StoryFacts } from '../../core/related/story-facts';
import { EntityIndex, type EntityIndexWire } from '../../core/entities/entity-index';
import type { PackedEntities } from '../../core/entities/packed';
import type { EntityOverrideData } from '../../core/entities/types';
import { dumpStoryFacts, type FactsStory } from '../discovery/story-facts';
import { startWorker, workerSource } from './worker-source';
import { retireWhenIdle, type WorkerSlot } from './worker-slot';
import {
  clusterStorylines,
  fromStorylinesWire,
  toStorylinesWireInSlices,
  type StorylinesInput,
  type StorylinesWire,
} from './storylines-job';
import type { Storyline } from '../../core/related/storylines';
import { TimeSlices } from '../time-slices';

/** One dump's decoded text and the stories of it whose facts are wanted. */
export interface FactsDump {
  text: string;
  stories: FactsStory[];
}

/** What the library's entity index is built from: each story's packed entities and the analyst's corrections. */
export interface EntityInput {
  perStory: Map<string, PackedEntities>;
  overrides: EntityOverrideData;
}

/** The work of one message: facts of some dumps' stories, the entity index, or the storylines. */
export type FactsJob =
  { kind: 'facts'; dumps: FactsDump[] } | { kind: 'entities'; input: EntityInput } | { kind: 'storylines'; input: StorylinesWire };
export type FactsRequest = { id: number } & FactsJob;
export type FactsReply = { ready: true } | { id: number; result: unknown } | { id: number; error: string };

/** Stories per message: small enough that the main thread can take the last ones when it has time, large enough to keep messaging cheap. */
const BATCH_STORIES = 32;
/** Batches one worker holds at once: one being computed while the next one's message is on its way. */
const IN_FLIGHT_PER_WORKER = 2;
/** Fewer stories than this are not worth starting a worker for (seconds under tsx): the main thread computes them. */
const MIN_STORIES_FOR_WORKERS = 3 * BATCH_STORIES;
/**
 * Fewer stories than this are indexed on the main thread: their entity index takes it a fraction
 * of a second, less than sending it (and perhaps starting a worker) would.
 */
const MIN_STORIES_FOR_ENTITY_WORKER = 2_000;
/** How long a worker may sit with nothing to do before it is stopped (its heap goes with it). */
const IDLE_MS = 500;

/** One message's work: what is sent, how many stories it covers, and how to do it on this thread instead. */
interface Batch {
  request: FactsJob;
  /** Buffers of `request` to transfer rather than copy (unusable here once sent: `here` must not read them). */
  transfer?: ArrayBuffer[];
  stories: number;
  here: () => unknown;
  resolve: (result: unknown) => void;
}

type Slot = WorkerSlot<Batch>;

/**
 * Worker threads that compute discovery's per-story facts, so the facts of stories whose read
 * did not bring them (site-template marks set once the whole folder was counted, a cache that
 * lost them) are computed on another core while the main thread builds the search index. The
 * main thread joins in once it has nothing else to do (`help`), taking batches nobody has
 * started. Workers start when there is enough work, are unref'd while idle and stopped soon
 * after the queue runs dry; if none can start, the main thread computes everything in `help`.
 */
export class FactsPool {
  private slots: Slot[] = [];
  private queue: Batch[] = [];
  private queuedStories = 0;
  private nextId = 1;
  private inProcess: boolean;
  private readonly idleMs: number;

  constructor(
    private readonly size = defaultFactsWorkers(),
    opts: { idleMs?: number } = {},
  ) {
    this.inProcess = size <= 0;
    this.idleMs = opts.idleMs ?? IDLE_MS;
  }

  /** Workers running now (started, or starting). */
  get workerCount(): number {
    return this.slots.length;
  }

  /**
   * The facts of every story of `dumps`, per dump in order; null when the pool was closed
   * first. Until a worker takes them, they wait for `help` (so call it before awaiting).
   */
  compute(dumps: readonly FactsDump[]): Promise<StoryFacts[][] | null> {
    const parts: Promise<StoryFacts[][] | null>[] = [];
    let batch: FactsDump[] = [];
    let stories = 0;
    const flush = () => {
      const dumpsOf = batch;
      const n = stories;
      parts.push(
        new Promise((resolve) => {
          this.enqueue({
            request: { kind: 'facts', dumps: dumpsOf },
            stories: n,
            here: () => computeHere(dumpsOf),
            resolve: resolve as Batch['resolve'],
          });
        }),
      );
      batch = [];
      stories = 0;
    };
    for (const d of dumps) {
      if (d.stories.length === 0) continue;
      batch.push(d);
      stories += d.stories.length;
      if (stories >= BATCH_STORIES) flush();
    }
    if (batch.length) flush();
    return Promise.all(parts).then((all) => {
      if (all.some((p) => p === null)) return null;
      const out: StoryFacts[][] = [];
      for (const p of all) out.push(...p!);
      // Dumps without stories were not sent: put an empty list in their place.
      let i = 0;
      return dumps.map((d) => (d.stories.length === 0 ? [] : out[i++]));
    });
  }

  /**
   * The library's entity index built on a worker, so the main thread can find near-duplicates
   * meanwhile; null when no worker can take it (the caller builds it here) or the pool was closed.
   * The index comes back as plain data with its pairs in transferred buffers (`toWire`).
   */
  entityIndex(input: EntityInput): Promise<EntityIndex | null> {
    if (this.inProcess || input.perStory.size < MIN_STORIES_FOR_ENTITY_WORKER) return Promise.resolve(null);
    return new Promise<unknown>((resolve) => {
      this.enqueue({ request: { kind: 'entities', input }, stories: input.perStory.size, here: () => buildEntityIndex(input), resolve });
    }).then((data) => {
      if (data === null || data instanceof EntityIndex) return data as EntityIndex | null;
      const slices = new TimeSlices();
      return EntityIndex.fromWireInSlices(data as EntityIndexWire, () => slices.pause());
    });
  }

  /**
   * The library's storylines clustered on a worker, so the main thread keeps answering the
   * window meanwhile; a small library's are clustered here at once. Null when the pool was closed.
   */
  async storylines(input: StorylinesInput): Promise<Storyline[] | null> {
    if (this.inProcess || input.stories.length < MIN_STORIES_FOR_ENTITY_WORKER) return clusterStorylines(input);
    const slices = new TimeSlices();
    const { wire, transfer } = await toStorylinesWireInSlices(input, () => slices.pause());
    return new Promise((resolve) => {
      this.enqueue({
        request: { kind: 'storylines', input: wire },
        transfer,
        stories: input.stories.length,
        here: () => clusterStorylines(input),
        resolve: resolve as Batch['resolve'],
      });
    });
  }

  /**
   * Compute queued batches on this thread until none is left, yielding to the event loop
   * between them; stops early when `wanted` turns false (another folder opened). Batches
   * already with a worker are not waited for.
   */
  async help(wanted: () => boolean = () => true): Promise<void> {
    while (this.queue.length > 0 && wanted()) {
      // From the far end: the workers take the oldest batches.
      const b = this.queue.pop()!;
      this.queuedStories -= b.stories;
      b.resolve(b.request.kind === 'facts' ? await computeInSlices(b.request.dumps) : b.here());
      await new Promise((r) => setImmediate(r));
    }
  }

  /**
   * Stop the workers that hold nothing now, rather than after the idle delay: once the
   * background facts are done nothing else is coming, and the next step (saving the cache)
   * should not run beside a worker's heap.
   */
  releaseIdle(): void {
    for (const s of [...this.slots]) {
      if (s.inFlight.size > 0 || this.queue.length > 0) continue;
      clearTimeout(s.idle);
      this.slots.splice(this.slots.indexOf(s), 1);
      void s.worker.terminate().catch(() => 0);
    }
  }

  /** Drop the queued batches (they resolve null); workers finish what they hold and then go idle. */
  cancel(): void {
    for (const b of this.queue.splice(0)) b.resolve(null);
    this.queuedStories = 0;
  }

  /** Drop the queued batches (they resolve null) and stop every worker; the pool can be used again afterwards. */
  async close(): Promise<void> {
    this.cancel();
    const slots = this.slots.splice(0);
    for (const s of slots) {
      clearTimeout(s.idle);
      for (const b of s.inFlight.values()) b.resolve(null);
      s.inFlight.clear();
    }
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }

  private enqueue(b: Batch): void {
    this.queue.push(b);
    this.queuedStories += b.stories;
    this.pump();
  }

  private pump(): void {
    if (this.inProcess) return;
    while (this.queue.length > 0) {
      const slot = this.slots
        .filter((s) => s.ready && s.inFlight.size < IN_FLIGHT_PER_WORKER)
        .sort((a, b) => a.inFlight.size - b.inFlight.size)[0];
      if (!slot) {
        if (this.slots.length < this.size && this.queuedStories >= MIN_STORIES_FOR_WORKERS) this.spawn();
        return;
      }
      const b = this.queue.shift()!;
      this.queuedStories -= b.stories;
      const id = this.nextId++;
      slot.inFlight.set(id, b);
      clearTimeout(slot.idle);
      slot.idle = undefined;
      slot.worker.ref();
      slot.worker.postMessage({ id, ...b.request } satisfies FactsRequest, b.transfer ?? []);
    }
  }

  private spawn(): void {
    const src = workerSource('facts-worker');
    if (!src) return this.fallBack();
    let worker: Worker;
    try {
      worker = startWorker(src);
    } catch {
      return this.fallBack();
    }
    const slot: Slot = { worker, ready: false, inFlight: new Map() };
    this.slots.push(slot);
    worker.on('message', (msg: FactsReply) => {
      if ('ready' in msg) slot.ready = true;
      else {
        const b = slot.inFlight.get(msg.id);
        slot.inFlight.delete(msg.id);
        // A batch the worker failed on is computed here instead: the facts must be complete.
        if (b) b.resolve('result' in msg ? msg.result : b.here());
      }
      if (slot.inFlight.size === 0) worker.unref();
      this.pump();
      if (slot.inFlight.size === 0) retireWhenIdle(this.slots, slot, this.idleMs);
    });
    worker.on('error', () => this.lose(slot));
    worker.on('exit', () => this.lose(slot));
  }

  /** A worker died: what it held is computed here at once (nobody else may be left to take it). */
  private lose(slot: Slot): void {
    clearTimeout(slot.idle);
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    this.slots.splice(i, 1);
    const held = [...slot.inFlight.values()];
    slot.inFlight.clear();
    if (!slot.ready) this.fallBack();
    for (const b of held) b.resolve(b.here());
    this.pump();
  }

  /**
   * No worker can start here: the queued batches are computed on this thread, one per turn of
   * the event loop (an entity index or storylines request has nobody else to call `help`).
   */
  private fallBack(): void {
    this.inProcess = true;
    setImmediate(() => void this.help());
  }
}

function computeHere(dumps: readonly FactsDump[]): StoryFacts[][] {
  return dumps.map((d) => dumpStoryFacts(d.text, d.stories));
}

/** `computeHere` dump by dump in time slices (a batch of 32 stories takes 70-150 ms), so the window's requests are answered meanwhile. */
async function computeInSlices(dumps: readonly FactsDump[]): Promise<StoryFacts[][]> {
  const out: StoryFacts[][] = [];
  const slices = new TimeSlices();
  for (const d of dumps) {
    out.push(dumpStoryFacts(d.text, d.stories));
    await slices.pause();
  }
  return out;
}

/** What a worker does with a request (facts-worker.ts): the reply's result and the buffers to transfer with it. */
export function answer(req: FactsRequest): { result: unknown; transfer: ArrayBuffer[] } {
  if (req.kind === 'facts') return { result: computeHere(req.dumps), transfer: [] };
  if (req.kind === 'storylines') return { result: clusterStorylines(fromStorylinesWire(req.input)), transfer: [] };
  const { wire, transfer } = buildEntityIndex(req.input).toWire();
  return { result: wire, transfer };
}

/** A storylines request with its entity lists as transferred numbers (storylines-job.ts). */
function buildEntityIndex(input: EntityInput): EntityIndex {
  return new EntityIndex(input.perStory, input.overrides);
}

/** One worker beside the main thread on a 2-core machine (the main thread builds the index meanwhile), two on larger ones. */
function defaultFactsWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}
