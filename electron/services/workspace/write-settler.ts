import { lstat } from 'node:fs/promises';

/** How often a file being written is looked at again (ms). */
const POLL_MS = 50;

interface Settling {
  rel: string;
  size: number;
  mtimeMs: number;
  /** When size and time last changed. */
  since: number;
  timer: NodeJS.Timeout | null;
}

/**
 * Reports a file once its writes have settled: a file being copied in grows for a while, and
 * reading it half-written would show half a story. A watched file is looked at every 50 ms
 * and reported once its size and modification time stayed the same for `settleMs` (250 ms
 * rides out ordinary disk and network-share stalls and still shows the change well within a
 * second). A file that disappears meanwhile is dropped: its delete event says the rest.
 */
export class WriteSettler {
  private readonly files = new Map<string, Settling>();
  private closed = false;

  constructor(
    private readonly settleMs: number,
    private readonly settled: (rel: string) => void,
  ) {}

  /** `abs` (workspace path `rel`) was written: report it once the writes stop. Another write restarts the wait. */
  watch(abs: string, rel: string): void {
    if (this.closed) return;
    const f = this.files.get(abs);
    if (f) {
      f.since = Date.now();
      return;
    }
    const fresh: Settling = { rel, size: -1, mtimeMs: -1, since: Date.now(), timer: null };
    this.files.set(abs, fresh);
    this.look(abs, fresh);
  }

  /** `abs` was deleted: nothing to report for it. */
  forget(abs: string): void {
    const f = this.files.get(abs);
    if (f?.timer) clearTimeout(f.timer);
    this.files.delete(abs);
  }

  close(): void {
    this.closed = true;
    for (const f of this.files.values()) if (f.timer) clearTimeout(f.timer);
    this.files.clear();
  }

  private look(abs: string, f: Settling): void {
    f.timer = null;
    void lstat(abs).then(
      (st) => {
        if (this.files.get(abs) !== f) return;
        const now = Date.now();
        if (st.size !== f.size || st.mtimeMs !== f.mtimeMs) {
          f.size = st.size;
          f.mtimeMs = st.mtimeMs;
          f.since = now;
        } else if (now - f.since >= this.settleMs) {
          this.files.delete(abs);
          this.settled(f.rel);
          return;
        }
        f.timer = setTimeout(() => this.look(abs, f), POLL_MS);
        // A file still settling must not keep a one-shot process (the CLI, a test) alive.
        f.timer.unref();
      },
      () => this.forget(abs),
    );
  }
}
