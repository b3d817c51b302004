import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

/** Median, because a single slow run (a background job, a cache flush) should not decide. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

interface Repeat {
  /** At most this many runs. */
  maxRuns: number;
  /** Stop repeating once this much time went into the runs (the first run always happens). */
  budgetMs: number;
}

/**
 * Run `once` up to `maxRuns` times while the budget lasts and return every duration in ms.
 * Cheap peers get a median of several runs; an expensive one (recollindex over 75 MB) gets
 * one run rather than blowing the bench's 10-minute budget.
 */
export async function repeatTimed(once: () => Promise<number> | number, r: Repeat): Promise<number[]> {
  const times: number[] = [];
  let spent = 0;
  for (let i = 0; i < r.maxRuns; i++) {
    const ms = await once();
    times.push(ms);
    spent += ms;
    // Would another run (about as long as the slowest so far) overrun the budget?
    if (spent + Math.max(...times) > r.budgetMs) break;
  }
  return times;
}

/** Time one command, failing loudly (with its stderr) if it does not exit 0. */
export function timeCommand(cmd: string, args: string[], opts: SpawnSyncOptions = {}, okStatus: number[] = [0]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024, ...opts });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  if (r.status === null || !okStatus.includes(r.status)) {
    const err = String(r.stderr ?? '')
      .trim()
      .split('\n')
      .slice(-3)
      .join(' / ');
    throw new Error(`${cmd} exited with ${r.status ?? r.signal}${err ? `: ${err}` : ''}`);
  }
  return ms;
}
