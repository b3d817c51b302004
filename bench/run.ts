import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runArea } from './run-area';
import { runPeers } from './peers/run-peers';
import type { MetricLine } from './report/metric';
import { renderTable } from './report/table';
import { renderResultsMarkdown } from './report/results-md';
import { SCALE_SIZES, runScale } from './scale';
import { extractScaleSection, renderScaleSection, spliceScaleSection } from './report/scale-section';

/**
 * `npm run bench [-- --dumps N] [--write-results] [--only a,b] [--no-peers]`: every area
 * bench in its own process, then Dossier against recollindex, ripgrep and cat on the same
 * corpus. JSON lines on stdout as they come, a table on stderr at the end. The whole run
 * must fit in 10 minutes on the 2-core reference machine, so every step gets a share of
 * that budget and is cut (and reported as cut) when it overruns. `--scale [--sizes 1000,10000]`
 * instead runs the cost curve (bench/scale.ts), outside that budget, and with `--write-results`
 * replaces only the cost-curve section of RESULTS.md.
 */
const here = dirname(fileURLToPath(import.meta.url));

/** In the order they run: cheap, foundational measurements first. */
export const AREAS = [
  'text-throughput',
  'text-quality',
  'cross-script',
  'ingest',
  'annotations',
  'discovery',
  'storylines',
  'briefs',
  'renderer-latency',
  'live-sync',
] as const;

const TOTAL_BUDGET_MS = 570_000; // 9.5 min: half a minute of slack under the 10-minute rule.
const AREA_CAP_MS = 150_000;
/** Areas that need more than the usual cap: live-sync runs the watched flood 20 times in a row (5–12 s each). */
const AREA_CAPS_MS: Partial<Record<(typeof AREAS)[number], number>> = { 'live-sync': 270_000 };

interface Options {
  dumps: number;
  writeResults: boolean;
  only: string[] | null;
  peers: boolean;
  scale: boolean;
  sizes: number[];
}

function parseOptions(argv: string[]): Options {
  const opts: Options = { dumps: 10_000, writeResults: false, only: null, peers: true, scale: false, sizes: [...SCALE_SIZES] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dumps') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--dumps needs a positive whole number, got ${argv[i]}`);
      opts.dumps = n;
    } else if (a === '--write-results') opts.writeResults = true;
    else if (a === '--no-peers') opts.peers = false;
    else if (a === '--only') opts.only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--scale') opts.scale = true;
    else if (a === '--sizes') {
      opts.sizes = (argv[++i] ?? '').split(',').map(Number);
      if (!opts.sizes.length || opts.sizes.some((n) => !Number.isInteger(n) || n < 1))
        throw new Error(`--sizes needs positive whole numbers separated by commas, got ${argv[i]}`);
    } else throw new Error(`unknown option ${a} (known: --dumps N, --write-results, --only a,b, --no-peers, --scale, --sizes a,b)`);
  }
  return opts;
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    return 2;
  }
  const startedAt = new Date();
  if (opts.scale) return scaleMode(opts, startedAt);
  const t0 = performance.now();
  const deadline = t0 + TOTAL_BUDGET_MS;
  const all: MetricLine[] = [];
  const print = (m: MetricLine) => {
    all.push(m);
    process.stdout.write(`${JSON.stringify(m)}\n`);
  };
  const log = (msg: string) => process.stderr.write(`${msg}\n`);
  const scale = Math.min(1, opts.dumps / 10_000);
  // Peers need about 2.5 minutes at full size (recollindex alone about one); keep that back.
  const peerReserve = opts.peers ? Math.max(30_000, 150_000 * scale) : 0;
  const areas = AREAS.filter((a) => !opts.only || opts.only.includes(a));
  for (const [i, area] of areas.entries()) {
    const remaining = deadline - peerReserve - performance.now();
    // At most AREA_CAP_MS each, leaving at least half a minute for every area still to run.
    const later = areas.length - i - 1;
    const timeoutMs = Math.round(Math.max(30_000, Math.min(AREA_CAPS_MS[area] ?? AREA_CAP_MS, remaining - 30_000 * later)));
    log(`bench: ${area} (--dumps ${opts.dumps}, up to ${Math.round(timeoutMs / 1000)} s)`);
    const { seconds } = await runArea({ area, dumps: opts.dumps, timeoutMs, onMetric: print });
    log(`bench: ${area} took ${seconds.toFixed(1)} s`);
  }
  if (opts.peers && (!opts.only || opts.only.includes('peers'))) {
    log('bench: peers');
    for (const m of await runPeers({ dumps: opts.dumps, deadline, log })) print(m);
  }
  const seconds = (performance.now() - t0) / 1000;
  print({ area: 'bench', metric: 'bench.total-time', value: +seconds.toFixed(1), unit: 's', target: '≤ 600', ok: seconds <= 600 });
  log('');
  log(renderTable(all));
  if (opts.writeResults) {
    const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
    const path = join(here, 'RESULTS.md');
    // The cost curve comes from its own, much longer run: a full run keeps the last one.
    const curve = existsSync(path) ? extractScaleSection(readFileSync(path, 'utf8')) : null;
    const md = renderResultsMarkdown(all, { dumps: opts.dumps, startedAt, seconds, command });
    writeFileSync(path, curve ? spliceScaleSection(md, curve) : md);
    log(`bench: wrote ${path}`);
  }
  return 0;
}

async function scaleMode(opts: Options, startedAt: Date): Promise<number> {
  const log = (msg: string) => process.stderr.write(`${msg}\n`);
  const { rows, metrics } = await runScale({ sizes: opts.sizes, log });
  for (const m of metrics) process.stdout.write(`${JSON.stringify(m)}\n`);
  log('');
  log(renderTable(metrics));
  if (opts.writeResults) {
    const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
    const path = join(here, 'RESULTS.md');
    const section = renderScaleSection(rows, { date: startedAt, command });
    writeFileSync(path, spliceScaleSection(existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n', section));
    log(`bench: wrote the cost curve into ${path}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
