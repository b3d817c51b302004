import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMetricLine } from '../../bench/report/metric';
import { renderTable } from '../../bench/report/table';
import { renderResultsMarkdown } from '../../bench/report/results-md';
import { markupLeak } from '../../bench/reliability/fuzz-pipeline';

test('stray output is not mistaken for a metric', () => {
  assert.equal(parseMetricLine('runs (ms): 1, 2'), null);
  assert.equal(parseMetricLine('{"value": 3}'), null);
  assert.equal(parseMetricLine('{not json'), null);
  assert.deepEqual(parseMetricLine(' {"metric":"x","value":1} '), { metric: 'x', value: 1 });
});

const lines = [
  { area: 'discovery', metric: 'search.p95', value: 14.2, unit: 'ms', target: '≤ 10', ok: false },
  { area: 'ingest', metric: 'throughput', value: 25, unit: 'MB/s', target: '≥ 20', ok: true },
  { area: 'briefs', metric: 'briefs', skipped: true, reason: 'bench/briefs.ts does not exist yet' },
  { area: 'peers', metric: 'vs-recollindex', value: 8, unit: 's', baseline: 10, ratio: 0.8, target: 'ratio ≤ 1', ok: true },
];

test('the table states misses and skips with their reasons', () => {
  const t = renderTable(lines);
  assert.match(t, /search\.p95\s+14\.2 ms\s+≤ 10\s+MISS/);
  assert.match(t, /skipped: bench\/briefs\.ts does not exist yet/);
  assert.match(t, /peer 10 s, ratio 0\.80/);
  assert.match(t, /2 met, 1 missed, 1 skipped/);
});

test('a bench printing ok: 0 still shows a miss', () => {
  const t = renderTable([{ metric: 'reanchor', value: 245, unit: 'ms', target: 50, ok: 0 as unknown as boolean }]);
  assert.match(t, /reanchor\s+245 ms\s+50\s+MISS/);
  assert.match(t, /0 met, 1 missed/);
});

test('RESULTS.md lists misses up front with date and machine', () => {
  const md = renderResultsMarkdown(lines, { dumps: 10_000, startedAt: new Date('2026-01-02T03:04:00Z'), seconds: 321, command: 'npm run bench' });
  assert.match(md, /Date: 2026-01-02 03:04 UTC/);
  assert.match(md, /Machine: \d+ cores .* GB memory/);
  assert.match(md, /## Missed targets\n\n- \*\*discovery \/ search\.p95\*\*: 14\.2 ms against a target of ≤ 10/);
  assert.match(md, /## Not measured\n\n- \*\*briefs \/ briefs\*\*: bench\/briefs\.ts does not exist yet/);
  assert.match(md, /\| discovery \| search\.p95 \| 14\.2 ms \| ≤ 10 \|  \| \*\*MISS\*\* \|/);
});

test('the fuzz check catches markup that escaped, and passes escaped text', () => {
  assert.equal(markupLeak('<style></style><p>&lt;img src=x onerror=alert(1)&gt;</p>'), null);
  assert.match(markupLeak('<style></style><p><img src=x onerror=alert(1)></p>') ?? '', /<img/);
  assert.match(markupLeak('<style></style><figure style="--hl:x" onmouseover="alert(1)">') ?? '', /event handler/);
  assert.match(markupLeak('<style></style><style>') ?? '', /extra <style>/);
});
