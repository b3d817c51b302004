import { describe, expect, it } from 'vitest';
import { runCrashTrials } from './crash-trials';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 30);

describe('crash safety', () => {
  it(`every acknowledged write survives SIGKILL at random moments (${TRIALS} trials)`, async () => {
    const r = await runCrashTrials({ trials: TRIALS, seed: Number(process.env.CRASH_SEED ?? 20260101) });
    console.log(`crash test: ${r.trials} trials, ${r.acknowledged} acknowledged writes, ${r.lost} lost, ${r.unparseable} unparseable`);
    expect(r.details).toEqual([]);
    expect(r.trials).toBe(TRIALS);
    // The test means something only if writes were acknowledged before the kills.
    expect(r.acknowledged).toBeGreaterThan(TRIALS);
  }, 180_000);
});
