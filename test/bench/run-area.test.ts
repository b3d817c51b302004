import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runArea } from '../../bench/run-area';
import type { MetricLine } from '../../bench/report/metric';

// Run with `npx tsx --test test/bench/*.test.ts` (not part of the vitest projects).

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-test-'));
writeFileSync(join(dir, 'good.ts'), `
const n = process.argv[process.argv.indexOf('--dumps') + 1];
console.log('a log line that is not a metric');
console.log(JSON.stringify({ metric: 'dumps-seen', value: Number(n), unit: 'dumps', target: '≤ 5', ok: Number(n) <= 5 }));
`);
writeFileSync(join(dir, 'crashes.ts'), `
console.log(JSON.stringify({ metric: 'before-crash', value: 1, unit: 'x' }));
throw new TypeError('index exploded');
`);
writeFileSync(join(dir, 'hangs.ts'), `setInterval(() => undefined, 1000);`);
writeFileSync(join(dir, 'silent.ts'), `console.log('nothing useful');`);

async function run(area: string, timeoutMs = 20_000): Promise<MetricLine[]> {
  const seen: MetricLine[] = [];
  const { metrics } = await runArea({ area, dumps: 3, timeoutMs, benchDir: dir, onMetric: (m) => seen.push(m) });
  assert.deepEqual(seen, metrics, 'every collected line is also streamed');
  return metrics;
}

test('passes --dumps through and tags each metric with its area', async () => {
  const m = await run('good');
  assert.deepEqual(m, [{ metric: 'dumps-seen', value: 3, unit: 'dumps', target: '≤ 5', ok: true, area: 'good' }]);
});

test('a missing bench is one skipped line naming the file', async () => {
  const [m] = await run('not-written-yet');
  assert.equal(m.skipped, true);
  assert.match(m.reason ?? '', /bench\/not-written-yet\.ts does not exist/);
});

test('a crashing bench keeps its earlier lines and reports the error', async () => {
  const m = await run('crashes');
  assert.equal(m[0].metric, 'before-crash');
  assert.equal(m[1].skipped, true);
  assert.match(m[1].reason ?? '', /TypeError: index exploded/);
});

test('a bench that overruns its share is stopped and says so', async () => {
  const t0 = Date.now();
  const [m] = await run('hangs', 1500);
  assert.ok(Date.now() - t0 < 10_000);
  assert.equal(m.skipped, true);
  assert.match(m.reason ?? '', /stopped after 2 s/);
});

test('a bench that prints no metric is reported, not silently empty', async () => {
  const [m] = await run('silent');
  assert.match(m.reason ?? '', /printed no metric lines/);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
