import type { Worker } from 'node:worker_threads';

/** One worker of a pool (ingest, facts) with the jobs it holds, keyed by request id. */
export interface WorkerSlot<Job> {
  worker: Worker;
  /** False until the worker said it is up. */
  ready: boolean;
  inFlight: Map<number, Job>;
  /** Set while the worker has nothing to do: when it fires, the worker is stopped. */
  idle?: ReturnType<typeof setTimeout>;
}

/**
 * Stop `slot`'s worker once it has had nothing to do for `idleMs`. It is removed from `slots`
 * first, so its exit is not taken for a loss; the timer is unref'd, so an idle pool never keeps
 * a finished CLI command or test alive.
 */
export function retireWhenIdle<Job>(slots: WorkerSlot<Job>[], slot: WorkerSlot<Job>, idleMs: number): void {
  clearTimeout(slot.idle);
  slot.idle = setTimeout(() => {
    const i = slots.indexOf(slot);
    if (i === -1 || slot.inFlight.size > 0) return;
    slots.splice(i, 1);
    void slot.worker.terminate().catch(() => 0);
  }, idleMs);
  slot.idle.unref();
}
