import { crashScenarios } from './reliability/crash';
import { floodScenarios } from './reliability/flood';
import { fuzzScenarios } from './reliability/fuzz';
import { corruptionScenarios } from './reliability/corruption';
import { foreignDossierScenarios } from './reliability/foreign-dossier';
import { hostileScenarios } from './reliability/hostile';
import { describeError, type Outcome, type Scenario } from './reliability/scenario';

/**
 * `npm run reliability [-- --quick] [--seed N] [--only text]`: Dossier under abuse (killed
 * mid-write, flooded, fed garbage, handed a damaged database, fed inputs built to stall it). One line per scenario, then
 * `N passed, N failed`; exit 1 if anything failed. The seed is printed first so a failure
 * can be replayed exactly with `--seed`.
 */
const SCENARIOS: Scenario[] = [
  ...crashScenarios,
  ...floodScenarios,
  ...fuzzScenarios,
  ...corruptionScenarios,
  ...foreignDossierScenarios,
  ...hostileScenarios,
];

function parse(argv: string[]): { quick: boolean; seed: number; only: string | null } {
  const out = { quick: false, seed: Math.floor(Math.random() * 2 ** 31), only: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') out.quick = true;
    else if (argv[i] === '--seed') out.seed = Number(argv[++i]) >>> 0;
    else if (argv[i] === '--only') out.only = argv[++i] ?? '';
    else throw new Error(`unknown option ${argv[i]} (known: --quick, --seed N, --only text)`);
  }
  return out;
}

/** Details quote file contents and error messages; control characters must not reach the terminal. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function withTimeout(p: Promise<Outcome>, ms: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `did not finish within ${Math.round(ms / 1000)} s` }), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const opts = parse(process.argv.slice(2));
  const log = (msg: string) => process.stderr.write(`${msg}\n`);
  process.stdout.write(`reliability: seed ${opts.seed}${opts.quick ? ' (quick)' : ''}; replay with --seed ${opts.seed}\n`);
  let passed = 0;
  let failed = 0;
  for (const s of SCENARIOS.filter((x) => !opts.only || x.name.includes(opts.only))) {
    const t0 = performance.now();
    let outcome: Outcome;
    try {
      outcome = await withTimeout(s.run({ quick: opts.quick, seed: opts.seed, log }), opts.quick ? 180_000 : 600_000);
    } catch (err) {
      outcome = { ok: false, detail: `threw ${describeError(err)}` };
    }
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (outcome.ok) passed++;
    else failed++;
    process.stdout.write(`${outcome.ok ? 'PASS' : 'FAIL'} ${s.name} (${secs} s): ${printable(outcome.detail)}\n`);
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`reliability: ${describeError(err)}\n`);
    process.stdout.write('0 passed, 1 failed\n');
    process.exit(1);
  },
);
