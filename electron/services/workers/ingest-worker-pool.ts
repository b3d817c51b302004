import { Worker } from 'node:worker_threads';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { readAndAnalyse, type ReadOutcome } from '../workspace/read-dump';
import type { SegmentFix } from '../../core/library/fixes';
import { failedDump } from '../../core/library/ingest-file';
import { startWorker, workerSource } from './worker-source';
import { retireWhenIdle, type WorkerSlot } from './worker-slot';

export interface IngestJob {
  abs: string;
  rel: string;
  fixes: readonly SegmentFix[];
  /** Compute the stories' discovery facts with the read (default true; see `readAndAnalyse`). */
  facts?: boolean;
}

export type WorkerRequest = IngestJob & { id: number };
export type WorkerReply = { ready: true } | { id: number; outcome: ReadOutcome } | { id: number; error: string };

/** Jobs one worker holds at once: one being analysed while the next file is read. */
const IN_FLIGHT_PER_WORKER = 2;
/**
 * Until the first worker is up (milliseconds in the bundle, seconds under tsx), files up to
 * this size are read in-process: each costs the main thread a few milliseconds at most, and a
 * one-shot CLI run over small dumps never waits for a worker to boot. Larger files wait.
 */
const SMALL_FILE_BYTES = 64 * 1024;

interface Pending {
  job: IngestJob;
  resolve: (o: ReadOutcome) => void;
  /** Seen by the read-ahead (readAheadOfWorkers) as too big for the main thread: left for a worker. */
  large?: boolean;
}

type Slot = WorkerSlot<Pending>;

/**
 * How long a worker may sit idle before it is stopped. A worker's isolate keeps the heap it
 * grew while reading (about 200 MB after 10,000 dumps); the open is over by then and discovery
 * has its own workers (facts-pool.ts), so keeping it would only add to the process's peak. Starting one
 * again for the next watcher batch takes milliseconds in the bundle.
 */
const IDLE_MS = 1_000;

/**
 * A small pool of `worker_threads` that read and analyse dumps, so decoding and segmenting
 * never run on the Electron main thread. Workers start on first use and are unref'd while
 * idle (they never keep the CLI or a test alive). If no worker can start (a packaging
 * mistake, an unusual runtime), jobs run in-process one at a time, yielding between files.
 * How the worker is found: see workerSource.
 */
export class IngestPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;
  private inProcess: boolean;
  private closed = false;
  private inProcessChain: Promise<unknown> = Promise.resolve();
  /** readAheadOfWorkers is running. */
  private readingAhead = false;

  private readonly idleMs: number;

  constructor(
    private readonly size = defaultWorkerCount(),
    opts: { idleMs?: number } = {},
  ) {
    this.inProcess = size <= 0 || workerSource('ingest-worker') === null;
    this.idleMs = opts.idleMs ?? IDLE_MS;
  }

  /** Workers running now (started, or starting); 0 when all were let go while idle. */
  get workerCount(): number {
    return this.slots.length;
  }

  /** 'worker' while workers serve jobs; 'in-process' after falling back. */
  get mode(): 'worker' | 'in-process' {
    return this.inProcess ? 'in-process' : 'worker';
  }

  /** Start the workers now (e.g. while a folder is being listed) so the first file does not wait for them. */
  warm(): void {
    if (this.inProcess || this.closed) return;
    while (this.slots.length < this.size && !this.inProcess) this.spawn();
  }

  run(job: IngestJob): Promise<ReadOutcome> {
    if (this.closed) return Promise.resolve({ kind: 'missing' });
    if (this.inProcess) return this.runInProcess(job);
    this.warm();
    return this.enqueue(job);
  }

  /** Resolves true once a worker serves jobs, false when the pool fell back to in-process reading. */
  async whenReady(): Promise<boolean> {
    this.warm();
    while (!this.inProcess && !this.slots.some((s) => s.ready)) await new Promise((r) => setTimeout(r, 10));
    return !this.inProcess;
  }

  private enqueue(job: IngestJob): Promise<ReadOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Stop all workers; jobs still queued resolve as `missing` (the workspace is going away). */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ kind: 'missing' });
    const slots = this.slots.splice(0);
    for (const s of slots) clearTimeout(s.idle);
    for (const s of slots) for (const p of s.inFlight.values()) p.resolve({ kind: 'missing' });
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      if (this.inProcess) {
        for (const p of this.queue.splice(0)) void this.runInProcess(p.job).then(p.resolve);
        return;
      }
      let slot = this.slots
        .filter((s) => s.ready && s.inFlight.size < IN_FLIGHT_PER_WORKER)
        .sort((a, b) => a.inFlight.size - b.inFlight.size)[0];
      if (!slot) {
        if (this.slots.length < this.size) this.spawn();
        if (!this.slots.some((s) => s.ready)) void this.readAheadOfWorkers();
        return;
      }
      const p = this.queue.shift()!;
      const id = this.nextId++;
      slot.inFlight.set(id, p);
      clearTimeout(slot.idle);
      slot.idle = undefined;
      slot.worker.ref();
      slot.worker.postMessage({ id, ...p.job, fixes: [...p.job.fixes] } satisfies WorkerRequest);
    }
  }

  private spawn(): void {
    const src = workerSource('ingest-worker');
    if (!src) return this.fallBack('no worker entry found');
    let worker: Worker;
    try {
      worker = startWorker(src);
    } catch (err) {
      return this.fallBack(err instanceof Error ? err.message : String(err));
    }
    const slot: Slot = { worker, ready: false, inFlight: new Map() };
    this.slots.push(slot);
    worker.on('message', (msg: WorkerReply) => {
      if ('ready' in msg) {
        slot.ready = true;
      } else {
        const p = slot.inFlight.get(msg.id);
        slot.inFlight.delete(msg.id);
        if (p) p.resolve('outcome' in msg ? msg.outcome : crashed(p.job, msg.error));
      }
      if (slot.inFlight.size === 0) worker.unref();
      this.pump();
      if (slot.inFlight.size === 0) retireWhenIdle(this.slots, slot, this.idleMs);
    });
    worker.on('error', (err) => this.lose(slot, err.message));
    worker.on('exit', (code) => this.lose(slot, `the worker stopped (exit code ${code})`));
  }

  /** A worker died: its jobs fail with a reason (never retried here, in case the file itself killed it). */
  private lose(slot: Slot, why: string): void {
    clearTimeout(slot.idle);
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    this.slots.splice(i, 1);
    if (!slot.ready) return this.fallBack(why);
    for (const p of slot.inFlight.values()) p.resolve(crashed(p.job, why));
    slot.inFlight.clear();
    if (!this.closed) this.pump();
  }

  private fallBack(why: string): void {
    if (!this.inProcess) console.warn(`[dossier] ingest worker unavailable (${why}); reading dumps in-process`);
    this.inProcess = true;
    this.pump();
  }

  /**
   * Until a worker is up, small files at the head of the queue are read here, one at a time,
   * each after a turn of the event loop: a one-shot CLI run over small dumps never waits for a
   * worker to boot, and a worker slow to boot (a busy machine) takes the rest the moment it is
   * up. One file is looked at (stat) at a time: a whole folder's files are all queued at once,
   * and statting 10,000 of them together held the main thread for a third of a second.
   */
  private async readAheadOfWorkers(): Promise<void> {
    if (this.readingAhead) return;
    this.readingAhead = true;
    const workerUp = () => this.closed || this.inProcess || this.slots.some((s) => s.ready);
    try {
      for (let at = 0; !workerUp();) {
        await new Promise((r) => setImmediate(r));
        while (at < this.queue.length && this.queue[at].large) at++;
        if (workerUp() || at >= this.queue.length) return;
        const p = this.queue[at];
        const st = await stat(p.job.abs).catch(() => null);
        // Too big, or gone: a worker says what it is (a reason for the UI), not this thread.
        if (!st || st.size > SMALL_FILE_BYTES) {
          p.large = true;
          continue;
        }
        const i = this.queue.indexOf(p);
        if (workerUp() || i === -1) continue;
        this.queue.splice(i, 1);
        if (i < at) at--;
        p.resolve(
          await readAndAnalyse(p.job.abs, p.job.rel, p.job.fixes, p.job.facts).catch((err: unknown) =>
            crashed(p.job, err instanceof Error ? err.message : String(err)),
          ),
        );
      }
    } finally {
      this.readingAhead = false;
    }
  }

  /** One file at a time, after yielding to the event loop, so other work interleaves between files. */
  private runInProcess(job: IngestJob): Promise<ReadOutcome> {
    const next = this.inProcessChain.then(async (): Promise<ReadOutcome> => {
      await new Promise((r) => setImmediate(r));
      return readAndAnalyse(job.abs, job.rel, job.fixes, job.facts);
    });
    this.inProcessChain = next.catch(() => undefined);
    return next.catch((err: unknown) => crashed(job, err instanceof Error ? err.message : String(err)));
  }
}

let shared: IngestPool | null = null;

/**
 * The process-wide pool every workspace uses: workers cost a start-up each (seconds under
 * tsx), and idle ones are unref'd, so one long-lived pool is cheaper than one per open.
 */
export function sharedIngestPool(): IngestPool {
  return (shared ??= new IngestPool());
}

function crashed(job: IngestJob, why: string): ReadOutcome {
  return {
    kind: 'read',
    dump: failedDump(job.rel, 0, 0, { code: 'internal', message: `Dossier failed while reading this file (${why.slice(0, 200)}).` }),
    text: null,
  };
}

/**
 * Two workers, one on a single core. While a folder is read the main thread mostly waits for
 * the workers (37 of 73 s idle opening 10,000 dumps with one worker on 2 cores), so a second
 * worker takes the second core: listed 46 → 33 s, ready 73 → 61 s on that corpus, with the same
 * peak memory. The main thread's event loop stays free either way, since reading is off it.
 */
function defaultWorkerCount(): number {
  const env = process.env.DOSSIER_INGEST_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  return Math.max(1, Math.min(2, availableParallelism()));
}
