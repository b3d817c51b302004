/**
 * The live library's speed: `npx tsx bench/ingest.ts [--dumps N]`.
 * 1. pipeline throughput: decode + segment + clean of each generated dump, one core, MB/s;
 * 2. opening a folder of N generated dumps through the WorkspaceService (worker pool), seconds;
 * 3. a watched burst: 1,000 dumps written into an open workspace until the catalog holds them all;
 * 4. the main thread stays responsive: max event-loop delay while a 2 MB single-line dump and
 *    a 20 MB dump are ingested through the worker (and, for comparison, in-process).
 * One JSON object per line on stdout: {"metric","value","unit","target","ok"}.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { generateCorpus, writeCorpus } from './corpus/generate';
import { analyseDump } from '../electron/core/library/ingest-file';
import { WorkspaceService } from '../electron/services/workspace/workspace-service';

const args = process.argv.slice(2);
const dumpsArg = args.indexOf('--dumps');
const DUMPS = dumpsArg >= 0 ? Math.max(1, Number(args[dumpsArg + 1]) || 1000) : 1000;

function print(
  metric: string,
  value: number,
  unit: string,
  target: number | null,
  ok: boolean | null,
  extra: Record<string, unknown> = {},
): void {
  process.stdout.write(`${JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit, target, ok, ...extra })}\n`);
}

const quiet = () => undefined;
const root = mkdtempSync(join(tmpdir(), 'dossier-bench-ingest-'));

try {
  // 1. Pipeline throughput, per file as ingest runs it.
  const corpus = generateCorpus({ dumps: Math.min(DUMPS, 2000), seed: 7 });
  const bytes = corpus.map((d) => new TextEncoder().encode(d.text));
  const total = bytes.reduce((n, b) => n + b.byteLength, 0);
  for (const b of bytes.slice(0, 50)) analyseDump(b); // warm up the JIT
  const runs: number[] = [];
  let processed = 0;
  for (let r = 0; r < 3 || processed < 20 * 1024 * 1024; r++) {
    const t0 = performance.now();
    for (const b of bytes) analyseDump(b);
    runs.push(performance.now() - t0);
    processed += total;
    if (r > 20) break;
  }
  runs.sort((a, b) => a - b);
  const mbps = total / 1024 / 1024 / (runs[Math.floor(runs.length / 2)] / 1000);
  print('ingest.pipeline_throughput', mbps, 'MB/s', 20, mbps >= 20, {
    files: bytes.length,
    mb: Math.round((total / 1024 / 1024) * 10) / 10,
  });

  // 2. Open a folder of N dumps (scan, read and analyse in the worker, identities, catalog).
  const folder = join(root, 'library');
  const lib = DUMPS <= 2000 ? corpus.slice(0, DUMPS) : generateCorpus({ dumps: DUMPS, seed: 7 });
  writeCorpus(folder, lib);
  const libBytes = lib.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const ws = new WorkspaceService({ sampleFolder: join(root, 'none'), emit: quiet, watch: false });
  // Worker start-up (seconds under tsx, milliseconds in the bundle) is reported on its own, not inside the open.
  const empty = join(root, 'empty');
  mkdirSync(empty);
  const w0 = performance.now();
  await ws.open(empty);
  const warm = join(empty, 'warm.txt');
  writeFileSync(warm, 'Warm Up Headline\n\nBody.\n');
  await ws.open(empty);
  print('ingest.worker_startup_tsx', (performance.now() - w0) / 1000, 's', null, null);
  rmSync(warm);
  const o0 = performance.now();
  const info = await ws.open(folder);
  const openS = (performance.now() - o0) / 1000;
  print(`ingest.open_folder_${DUMPS}`, openS, 's', null, info.files === lib.length, {
    files: info.files,
    stories: info.stories,
    mb_per_s: Math.round((libBytes / 1024 / 1024 / openS) * 10) / 10,
  });
  await ws.stop();

  // 3. A watched burst of 1,000 new dumps.
  const live = join(root, 'live');
  mkdirSync(live);
  const watched = new WorkspaceService({ sampleFolder: join(root, 'none'), emit: quiet });
  await watched.open(live);
  const burst = corpus.slice(0, Math.min(1000, corpus.length));
  const b0 = performance.now();
  writeCorpus(live, burst);
  while (watched.listFiles().length < burst.length && performance.now() - b0 < 60_000) await new Promise((r) => setTimeout(r, 20));
  await watched.whenIdle();
  const burstS = (performance.now() - b0) / 1000;
  print(`ingest.watch_burst_${burst.length}`, burstS, 's', null, watched.listFiles().length === burst.length, {
    files: watched.listFiles().length,
  });
  await watched.stop();

  // 4. Pathological files must not block the main thread.
  const patho = join(root, 'patho');
  mkdirSync(patho);
  const sentence = 'The delegation arrived at the harbour before dawn and the talks resumed at nine. ';
  writeFileSync(
    join(patho, 'single-line-2mb.txt'),
    `One Enormous Line Headline\n\n${sentence.repeat(Math.ceil((2 * 1024 * 1024) / sentence.length))}`,
  );
  const para = Buffer.from(corpus.map((d) => d.text).join('\n\n\n'));
  const big = Buffer.alloc(19.5 * 1024 * 1024, 0x20);
  for (let at = 0; at < big.length; at += para.length) para.copy(big, at, 0, Math.min(para.length, big.length - at));
  // Cut at a line end so no UTF-8 sequence is split.
  writeFileSync(join(patho, 'big-20mb.txt'), big.subarray(0, big.lastIndexOf(0x0a) + 1));
  for (const [mode, workers] of [
    ['worker', undefined],
    ['in_process', 0],
  ] as const) {
    const svc = new WorkspaceService({ sampleFolder: join(root, 'none'), emit: quiet, watch: false, ingestWorkers: workers });
    await svc.open(empty); // the shared pool is already warm from step 2
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    const p0 = performance.now();
    await svc.open(patho);
    const took = (performance.now() - p0) / 1000;
    h.disable();
    const maxMs = h.max / 1e6;
    const bad = svc.listFiles().filter((f) => f.status !== 'ok');
    if (bad.length) process.stderr.write(`not ingested: ${JSON.stringify(bad)}\n`);
    const isWorker = mode === 'worker';
    print(`ingest.max_event_loop_delay_${mode}`, maxMs, 'ms', isWorker ? 100 : null, isWorker ? maxMs <= 100 : null, {
      files: '2 MB single line + 19.5 MB dump',
      seconds: Math.round(took * 100) / 100,
      p99_ms: Math.round((h.percentile(99) / 1e6) * 10) / 10,
    });
    await svc.stop();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
