import { describe, expect, it } from 'vitest';
import { parseMetricLine } from '../../bench/report/metric';
import { renderTable } from '../../bench/report/table';
import { renderResultsMarkdown } from '../../bench/report/results-md';
import { markupLeak } from '../../bench/reliability/fuzz-pipeline';

const lines = [
  { area: 'discovery', metric: 'search.p95', value: 14.2, unit: 'ms', target: '≤ 10', ok: false },
  { area: 'ingest', metric: 'throughput', value: 25, unit: 'MB/s', target: '≥ 20', ok: true },
  { area: 'briefs', metric: 'briefs', skipped: true, reason: 'bench/briefs.ts does not exist yet' },
  { area: 'peers', metric: 'vs-recollindex', value: 8, unit: 's', baseline: 10, ratio: 0.8, target: 'ratio ≤ 1', ok: true },
];

describe('bench report', () => {
  it('stray output is not mistaken for a metric', () => {
    expect(parseMetricLine('runs (ms): 1, 2')).toBeNull();
    expect(parseMetricLine('{"value": 3}')).toBeNull();
    expect(parseMetricLine('{not json')).toBeNull();
    expect(parseMetricLine(' {"metric":"x","value":1} ')).toStrictEqual({ metric: 'x', value: 1 });
  });

  it('the table states misses and skips with their reasons', () => {
    const t = renderTable(lines);
    expect(t).toMatch(/search\.p95\s+14\.2 ms\s+≤ 10\s+MISS/);
    expect(t).toMatch(/skipped: bench\/briefs\.ts does not exist yet/);
    expect(t).toMatch(/peer 10 s, ratio 0\.80/);
    expect(t).toMatch(/2 met, 1 missed, 1 skipped/);
  });

  it('a bench printing ok: 0 still shows a miss', () => {
    const t = renderTable([{ metric: 'reanchor', value: 245, unit: 'ms', target: 50, ok: 0 as unknown as boolean }]);
    expect(t).toMatch(/reanchor\s+245 ms\s+50\s+MISS/);
    expect(t).toMatch(/0 met, 1 missed/);
  });

  it('RESULTS.md lists misses up front with date and machine', () => {
    const md = renderResultsMarkdown(lines, {
      dumps: 10_000,
      startedAt: new Date('2026-01-02T03:04:00Z'),
      seconds: 321,
      command: 'npm run bench',
    });
    expect(md).toMatch(/Date: 2026-01-02 03:04 UTC/);
    expect(md).toMatch(/Machine: \d+ cores .* GB memory/);
    expect(md).toMatch(/## Missed targets\n\n- \*\*discovery \/ search\.p95\*\*: 14\.2 ms against a target of ≤ 10/);
    expect(md).toMatch(/## Not measured\n\n- \*\*briefs \/ briefs\*\*: bench\/briefs\.ts does not exist yet/);
    expect(md).toMatch(/\| discovery \| search\.p95 \| 14\.2 ms \| ≤ 10 \|  \| \*\*MISS\*\* \|/);
  });

  it('the fuzz check catches markup that escaped, and passes escaped text', () => {
    expect(markupLeak('<style></style><p>&lt;img src=x onerror=alert(1)&gt;</p>')).toBeNull();
    expect(markupLeak('<style></style><p><img src=x onerror=alert(1)></p>') ?? '').toMatch(/<img/);
    expect(markupLeak('<style></style><figure style="--hl:x" onmouseover="alert(1)">') ?? '').toMatch(/event handler/);
    expect(markupLeak('<style></style><style>') ?? '').toMatch(/extra <style>/);
  });
});
