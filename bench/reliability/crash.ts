import { runCrashTrials } from '../../test/support/crash-trials';
import type { Outcome, Scenario } from './scenario';

/**
 * Crash: a child process applying a stream of annotation writes, small edits and large saves
 * (a tag renamed on thousands of highlights: journal records of several MiB), is SIGKILLed at
 * random moments; every acknowledged write must be on disk, db.json must parse, and some
 * kills must land inside a large save. The writer and its driver are shared with the
 * annotation store's own tests (test/support/crash-trials.ts); this scenario runs the same
 * driver with more trials instead of keeping a second copy.
 */
const crash: Scenario = {
  name: 'crash: SIGKILL during a stream of annotation writes, small and several MiB',
  run: async ({ quick, seed, log }): Promise<Outcome> => {
    const trials = quick ? 10 : 100;
    const r = await runCrashTrials({ trials, seed, log });
    const ok =
      r.trials === trials && r.lost === 0 && r.unparseable === 0 && r.details.length === 0 && r.acknowledged > 0 && r.largeKills > 0;
    const summary =
      `${r.trials}/${trials} trials, ${r.acknowledged} acknowledged writes (${r.largeSaves} large), ` +
      `${r.largeKills} kills inside a large save, ${r.lost} lost, ${r.unparseable} unparseable db.json`;
    if (ok) return { ok, detail: summary };
    const why =
      r.acknowledged === 0
        ? 'no write was ever acknowledged, so nothing was tested'
        : r.largeKills === 0
          ? 'no kill landed inside a large save'
          : r.details.slice(0, 3).join('; ');
    return { ok, detail: `${summary}: ${why}` };
  },
};

export const crashScenarios: Scenario[] = [crash];
