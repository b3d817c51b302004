import { runCrashTrials } from '../../test/main/store/crash-trials';
import type { Outcome, Scenario } from './scenario';

/**
 * Crash: a child process applying a stream of annotation writes is SIGKILLed at random
 * moments; every acknowledged write must be on disk and db.json must parse. The writer and
 * its driver belong to the annotation store's own tests (test/main/store/crash-trials.ts);
 * this scenario runs the same driver with more trials instead of keeping a second copy.
 */
const crash: Scenario = {
  name: 'crash: SIGKILL during a stream of annotation writes',
  run: async ({ quick, seed, log }): Promise<Outcome> => {
    const trials = quick ? 10 : 100;
    const r = await runCrashTrials({ trials, seed, log });
    const ok = r.trials === trials && r.lost === 0 && r.unparseable === 0 && r.acknowledged > 0;
    const summary = `${r.trials}/${trials} trials, ${r.acknowledged} acknowledged writes, ${r.lost} lost, ${r.unparseable} unparseable db.json`;
    if (ok) return { ok, detail: summary };
    const why = r.acknowledged === 0 ? 'no write was ever acknowledged, so nothing was tested' : r.details.slice(0, 3).join('; ');
    return { ok, detail: `${summary}: ${why}` };
  },
};

export const crashScenarios: Scenario[] = [crash];
