import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runArea } from '../../bench/run-area';
import type { MetricLine } from '../../bench/report/metric';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-bench-test-'));
  writeFileSync(
    join(dir, 'good.ts'),
    `
const n = process.argv[process.argv.indexOf('--dumps') + 1];
console.log('a log line that is not a metric');
console.log(JSON.stringify({ metric: 'dumps-seen', value: Number(n), unit: 'dumps', target: '≤ 5', ok: Number(n) <= 5 }));
`,
  );
  writeFileSync(
    join(dir, 'crashes.ts'),
    `
console.log(JSON.stringify({ metric: 'before-crash', value: 1, unit: 'x' }));
throw new TypeError('index exploded');
`,
  );
  writeFileSync(join(dir, 'hangs.ts'), `setInterval(() => undefined, 1000);`);
  writeFileSync(join(dir, 'silent.ts'), `console.log('nothing useful');`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(area: string, timeoutMs = 20_000): Promise<MetricLine[]> {
  const seen: MetricLine[] = [];
  const { metrics } = await runArea({ area, dumps: 3, timeoutMs, benchDir: dir, onMetric: (m) => seen.push(m) });
  expect(seen, 'every collected line is also streamed').toStrictEqual(metrics);
  return metrics;
}

describe('runArea', () => {
  it('passes --dumps through and tags each metric with its area', async () => {
    const m = await run('good');
    expect(m).toStrictEqual([{ metric: 'dumps-seen', value: 3, unit: 'dumps', target: '≤ 5', ok: true, area: 'good' }]);
  });

  it('a missing bench is one skipped line naming the file', async () => {
    const [m] = await run('not-written-yet');
    expect(m.skipped).toBe(true);
    expect(m.reason ?? '').toMatch(/bench\/not-written-yet\.ts does not exist/);
  });

  it('a crashing bench keeps its earlier lines and reports the error', async () => {
    const m = await run('crashes');
    expect(m[0].metric).toBe('before-crash');
    expect(m[1].skipped).toBe(true);
    expect(m[1].reason ?? '').toMatch(/TypeError: index exploded/);
  });

  it('a bench that overruns its share is stopped and says so', async () => {
    const t0 = Date.now();
    const [m] = await run('hangs', 1500);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(m.skipped).toBe(true);
    expect(m.reason ?? '').toMatch(/stopped after 2 s/);
  });

  it('a bench that prints no metric is reported, not silently empty', async () => {
    const [m] = await run('silent');
    expect(m.reason ?? '').toMatch(/printed no metric lines/);
  });
});
