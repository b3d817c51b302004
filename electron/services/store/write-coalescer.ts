/**
 * Serialise writes and coalesce bursts. `request()` resolves once a write that *started
 * after the request* has finished, so a caller that changed the data and then requested a
 * write knows its change is on disk. While a write runs, any number of requests share the
 * single next write, which serialises the data as it is when it starts: the last edit of a
 * burst is always in it, and a burst of N edits costs at most two writes, not N.
 */
export class WriteCoalescer {
  private running: Promise<void> | null = null;
  private next: { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } | null = null;

  constructor(private readonly write: () => Promise<void>) {}

  request(): Promise<void> {
    if (!this.running) return this.start();
    if (!this.next) {
      let resolve!: () => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      this.next = { promise, resolve, reject };
    }
    return this.next.promise;
  }

  /** Resolves when nothing is being written or waiting to be (for a clean close). */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  private start(): Promise<void> {
    const run = this.write();
    this.running = run;
    const settle = () => {
      this.running = null;
      const waiting = this.next;
      this.next = null;
      if (waiting) this.start().then(waiting.resolve, waiting.reject);
    };
    run.then(settle, settle);
    return run;
  }
}
