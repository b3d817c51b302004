/** Main-thread work between two turns of the event loop, so the window's requests are answered meanwhile. */
export const SLICE_MS = 25;

const nextTurn = () => new Promise<void>((r) => setImmediate(r));

/**
 * Long main-thread work cut by time, not by item count (200 files of long stories, or one
 * batch of facts, can hold the loop for hundreds of milliseconds): call `pause()` between
 * items; once a slice is used up it gives the event loop a turn and resolves true.
 */
export class TimeSlices {
  private start = performance.now();

  constructor(
    private readonly sliceMs = SLICE_MS,
    private readonly turn: () => Promise<void> = nextTurn,
  ) {}

  /** True when this slice is used up (the next `pause()` will yield). */
  get due(): boolean {
    return performance.now() - this.start > this.sliceMs;
  }

  async pause(): Promise<boolean> {
    if (!this.due) return false;
    await this.turn();
    this.start = performance.now();
    return true;
  }
}
