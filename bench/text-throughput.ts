/**
 * Throughput of the text pipeline (decode + segment + noise marking + metadata) on one core.
 * Builds a ~30 MB dump in memory from the fixtures in test/fixtures/text (stories separated by
 * three blank lines, every third copy with CRLF endings), then runs processDump 5 times and
 * prints the median MB/s. Run: npx tsx bench/text-throughput.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDump } from '../electron/core/text/index';

const TARGET_BYTES = 30 * 1024 * 1024;
const RUNS = 5;

const dir = join(import.meta.dirname ?? __dirname, '../test/fixtures/text');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
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

// Calibration: a bare charCodeAt loop over the same bytes' text, to read the figure on a busy machine.
const plain = new TextDecoder().decode(bytes);
const c0 = performance.now();
let nl = 0;
for (let i = 0; i < plain.length; i++) if (plain.charCodeAt(i) === 10) nl++;
const loopMs = performance.now() - c0;

const times: number[] = [];
let stories = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  // maxBytes raised: the 20 MB default guards real files, the bench measures speed on 30 MB.
  const out = processDump(bytes, { maxBytes: bytes.length + 1 });
  times.push(performance.now() - t0);
  if (out.status !== 'ok') throw new Error(`bench input failed: ${out.problem.message}`);
  stories = out.stories.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)];
console.log(`text pipeline: ${mb.toFixed(1)} MB, ${stories} stories`);
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`median: ${(mb / (median / 1000)).toFixed(1)} MB/s`);
console.log(`calibration: a bare char loop runs at ${(mb / (loopMs / 1000)).toFixed(0)} MB/s here (${nl} lines); pipeline = ${(median / loopMs).toFixed(1)}× that loop`);
