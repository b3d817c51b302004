/**
 * Throughput of the text pipeline (decode + segment + noise marking + metadata) on one core.
 * Builds a ~30 MB dump in memory from the fixtures in test/fixtures/text (stories separated by
 * three blank lines, every third copy with CRLF endings) and runs processDump RUNS times after
 * one warm-up run. Run: npx tsx bench/text-throughput.ts
 *
 * Other engineers' jobs share this machine, so wall-clock time alone says little. Each run is
 * therefore reported three ways: wall-clock MB/s, MB/s of the process's own CPU time (what "one
 * core" means here; it also counts the garbage collector's helper threads, so it errs low), and
 * the pipeline's time as a multiple of a bare character loop over the same text timed right
 * before it (the yardstick: both slow down together when the machine is busy).
 *
 * stdout: one JSON object per line, {"metric","value","unit","target","ok"}; notes go to stderr.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDump } from '../electron/core/text/index';

const TARGET_BYTES = 30 * 1024 * 1024;
const RUNS = 5;
/** The target: decode + segment + clean at 20 MB/s or more on one core. */
const TARGET_MB_S = 20;

const dir = join(import.meta.dirname ?? __dirname, '../test/fixtures/text');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));

const parts: string[] = [];
let size = 0;
for (let i = 0; size < TARGET_BYTES; i++) {
  let t = fixtures[i % fixtures.length];
  if (i % 3 === 2) t = t.replace(/\n/g, '\r\n');
  parts.push(t);
  size += Buffer.byteLength(t) + 4;
}
const bytes = new TextEncoder().encode(parts.join('\n\n\n\n'));
const mb = bytes.length / (1024 * 1024);
const plain = new TextDecoder().decode(bytes);

/** The yardstick: count line breaks with a bare charCodeAt loop. Returns milliseconds. */
function charLoopMs(): number {
  const t0 = performance.now();
  let nl = 0;
  for (let i = 0; i < plain.length; i++) if (plain.charCodeAt(i) === 10) nl++;
  const ms = performance.now() - t0;
  if (nl === 0) throw new Error('bench input has no lines');
  return ms;
}

function runOnce(): { wallMs: number; cpuMs: number; stories: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // maxBytes raised: the 20 MB default guards real files, the bench measures speed on 30 MB.
  const out = processDump(bytes, { maxBytes: bytes.length + 1 });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (out.status !== 'ok') throw new Error(`bench input failed: ${out.problem.message}`);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, stories: out.stories.length };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

charLoopMs();
runOnce(); // warm-up: JIT tiers, regex compilation
const wall: number[] = [];
const cpu: number[] = [];
const ratio: number[] = [];
let stories = 0;
for (let r = 0; r < RUNS; r++) {
  const loop = charLoopMs();
  const run = runOnce();
  wall.push(run.wallMs);
  cpu.push(run.cpuMs);
  ratio.push(run.wallMs / loop);
  stories = run.stories;
}

const wallMbS = mb / (median(wall) / 1000);
const cpuMbS = mb / (median(cpu) / 1000);
const print = (
  metric: string,
  value: number,
  unit: string,
  target: number | null,
  ok: boolean | null,
  extra: Record<string, unknown> = {},
): void => {
  process.stdout.write(`${JSON.stringify({ metric, value: Math.round(value * 10) / 10, unit, target, ok, ...extra })}\n`);
};
print('text.throughput', wallMbS, 'MB/s', TARGET_MB_S, wallMbS >= TARGET_MB_S, { mb: Math.round(mb * 10) / 10, stories, runs: RUNS });
print('text.throughput_cpu', cpuMbS, 'MB/s', TARGET_MB_S, cpuMbS >= TARGET_MB_S, { note: 'MB per second of this process CPU time' });
print('text.char_loop_ratio', median(ratio), '×', null, null, { note: 'pipeline time ÷ bare char loop time, same run' });
process.stderr.write(
  `text pipeline: ${mb.toFixed(1)} MB, ${stories} stories; runs (ms wall): ${wall.map((t) => t.toFixed(0)).join(', ')}; ` +
    `cpu (ms): ${cpu.map((t) => t.toFixed(0)).join(', ')}; ratio to char loop: ${ratio.map((x) => x.toFixed(1)).join(', ')}\n`,
);
