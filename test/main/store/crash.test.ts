import { describe, expect, it } from 'vitest';
import { runCrashTrials } from './crash-trials';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 15);

describe('crash safety', () => {
  it(`every acknowledged write, small or several MiB, survives SIGKILL at random moments (${TRIALS} trials)`, async () => {
    const r = await runCrashTrials({ trials: TRIALS, seed: Number(process.env.CRASH_SEED ?? 20260101) });
    console.log(
      `crash test: ${r.trials} trials, ${r.acknowledged} acknowledged writes (${r.largeSaves} large), ${r.largeKills} kills inside a large save, ${r.lost} lost, ${r.unparseable} unparseable`,
    );
    expect(r.details).toEqual([]);
    expect(r.trials).toBe(TRIALS);
    // The test means something only if writes were acknowledged before the kills, and some
    // kills landed inside a large save.
    expect(r.acknowledged).toBeGreaterThan(TRIALS);
    expect(r.largeSaves).toBeGreaterThan(0);
    expect(r.largeKills).toBeGreaterThan(0);
  }, 300_000);
});
