/**
 * One reliability scenario: a name, and a run that says whether Dossier survived it and
 * what was checked. A scenario that cannot run because the code it exercises does not
 * exist yet fails with "not available: <what>", so the gap shows in the summary.
 */
interface ScenarioContext {
  quick: boolean;
  /** Every random choice derives from this, printed at the start so a failure can be replayed. */
  seed: number;
  log: (msg: string) => void;
}

export interface Outcome {
  ok: boolean;
  detail: string;
}

export interface Scenario {
  name: string;
  run: (ctx: ScenarioContext) => Promise<Outcome>;
}

const pass = (detail: string): Outcome => ({ ok: true, detail });
const fail = (detail: string): Outcome => ({ ok: false, detail });
export const notAvailable = (what: string): Outcome => ({ ok: false, detail: `not available: ${what}` });

/** Collects failed checks so one run reports all of them, not just the first. */
export class Checks {
  readonly failures: string[] = [];
  count = 0;

  check(cond: boolean, what: () => string): boolean {
    this.count++;
    if (!cond) this.failures.push(what());
    return cond;
  }

  outcome(summary: string): Outcome {
    if (this.failures.length === 0) return pass(`${summary}; ${this.count} checks`);
    const shown = this.failures.slice(0, 5).join('; ');
    const more = this.failures.length > 5 ? ` (+${this.failures.length - 5} more)` : '';
    return fail(`${this.failures.length} of ${this.count} checks failed: ${shown}${more}`);
  }
}

export function describeError(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
