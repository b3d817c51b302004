/**
 * The live library under load: `npx tsx bench/live-sync.ts [--runs N] [--seed N]`.
 * 1. flood_while_watching: the reliability flood (1,000 dumps land in a watched folder and
 *    are renamed, moved, deleted and rewritten while being read) run N times in a row (20 by
 *    default; under `npm run bench`, as many as fit the area's share of the budget, at least 5)
 *    with seeds seed, seed+1, …; every run must end with the library equal to the folder, so the
 *    target is N/N for the N runs made. A failing seed is named so it can be replayed with
 *    `npx tsx bench/reliability.ts --quick --only 'while watching' --seed S`.
 * 2. add_visible: how long one dump written into a watched folder takes to show in the library.
 * `--dumps` (passed by `npm run bench`) is accepted and ignored: the flood has its own size.
 * One JSON object per line on stdout: {"metric","value","unit","target","ok"}.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { floodScenarios } from './reliability/flood';
import { WorkspaceService } from '../electron/services/workspace/workspace-service';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) ? n >>> 0 : fallback;
}

const RUNS = Math.max(1, option('--runs', 20));
/** This area's share of `npm run bench`'s budget (set by bench/run-area.ts); unbounded when run alone. */
const SHARE_MS = Number(process.env.DOSSIER_BENCH_AREA_MS) || Infinity;
/** Fewer runs than this say too little: they run even when the share is tight. */
const MIN_RUNS = 5;
const STARTED = performance.now();
const SEED = option('--seed', Math.floor(Math.random() * 2 ** 31));
const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
const log = (msg: string) => process.stderr.write(`${msg}\n`);

async function floodRuns(): Promise<void> {
  const flood = floodScenarios.find((s) => s.name.includes('while watching'));
  if (!flood) throw new Error('the flood-while-watching scenario is missing from bench/reliability/flood.ts');
  const failed: { seed: number; detail: string }[] = [];
  let runs = 0;
  let slowest = 0;
  for (let i = 0; i < RUNS; i++) {
    // Under `npm run bench`, stop starting runs that would not end within this area's share of
    // the 10-minute budget (the runner would cut the area and lose every run's outcome).
    if (i >= MIN_RUNS && performance.now() - STARTED + slowest > SHARE_MS * 0.9) break;
    const seed = (SEED + i) >>> 0;
    const t0 = performance.now();
    const outcome = await flood.run({ quick: true, seed, log });
    runs++;
    slowest = Math.max(slowest, performance.now() - t0);
    log(
      `live-sync: flood run ${i + 1}/${RUNS} seed ${seed}: ${outcome.ok ? 'pass' : 'FAIL'} ` +
        `in ${((performance.now() - t0) / 1000).toFixed(1)} s${outcome.ok ? '' : `: ${outcome.detail}`}`,
    );
    if (!outcome.ok) failed.push({ seed, detail: outcome.detail.slice(0, 300) });
  }
  const passes = runs - failed.length;
  print({
    metric: 'live-sync.flood_while_watching',
    value: passes,
    unit: `/${runs} passed`,
    target: runs,
    ok: passes === runs,
    seeds: `${SEED}…${(SEED + runs - 1) >>> 0}`,
    ...(runs < RUNS ? { note: `${runs} of ${RUNS} runs fitted this area's share of the bench budget` } : {}),
    failed,
  });
}

/** Median time from writing one dump to seeing it listed, over a few tries in one watched folder. */
async function addVisible(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'dossier-bench-live-'));
  const ws = new WorkspaceService({ sampleFolder: join(root, 'none'), emit: () => undefined });
  try {
    await ws.open(root);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const rel = `added-${i}.txt`;
      const t0 = performance.now();
      writeFileSync(join(root, rel), `Added Story Number ${i}\n\nThe harbour board met on Monday and agreed the fees.\n`);
      while (!ws.listFiles().some((f) => f.path === rel)) {
        if (performance.now() - t0 > 30_000) throw new Error(`${rel} did not show within 30 s`);
        await new Promise((r) => setTimeout(r, 5));
      }
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    print({
      metric: 'live-sync.add_visible',
      value: Math.round(median),
      unit: 'ms',
      target: 1000,
      ok: median <= 1000,
      max: Math.round(times.at(-1)!),
    });
  } finally {
    await ws.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

log(`live-sync: seed ${SEED}, ${RUNS} flood runs`);
await addVisible();
await floodRuns();
process.exit(0);
