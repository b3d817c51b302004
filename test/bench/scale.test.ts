import { describe, expect, it } from 'vitest';
import { extractScaleSection, renderScaleSection, spliceScaleSection, type ScaleRow } from '../../bench/report/scale-section';
import { runScale } from '../../bench/scale';

const rows: ScaleRow[] = [
  {
    dumps: 1_000,
    corpusMb: 7,
    stories: 1_987,
    runs: 3,
    openS: 2.1,
    searchableS: 2.9,
    readyS: 4.4,
    cpuS: 5.2,
    peakRssMb: 310,
    searchP95Ms: 4.2,
    searchFacetsP95Ms: 9.9,
  },
  { dumps: 100_000, skipped: 'needs about 1.9 GB free' },
];
const info = { date: new Date('2026-12-01T23:00:00Z'), command: 'npm run bench -- --scale' };

describe('the cost curve in RESULTS.md', () => {
  it('shows one row per size, and why a size was not measured', () => {
    const md = renderScaleSection(rows, info);
    expect(md).toMatch(/\| 1,000 \| 7 MB \| 1,987 \| 3 \| 2.10 s \| 2.90 s \| 4.40 s \| 5.20 s \| 310 MB \| 4.20 ms \| 9.90 ms \|/);
    expect(md).toMatch(/\| 100,000 \| not measured: needs about 1.9 GB free \|/);
  });

  it('a scale run replaces only its own section, and a full run keeps it', () => {
    const full = '# Benchmark results\n\n| area | metric |\n| a | b |\n';
    const once = spliceScaleSection(full, renderScaleSection(rows, info));
    expect(once.startsWith(full.trimEnd())).toBe(true);
    const newer = renderScaleSection([rows[1]], { ...info, date: new Date('2026-12-02T00:00:00Z') });
    const twice = spliceScaleSection(once, newer);
    expect(twice.match(/## Cost curve/g)).toHaveLength(1);
    expect(twice).toContain('2026-12-02 00:00');
    expect(twice).not.toContain('1,987');
    // A full run writes RESULTS.md afresh and puts the last curve back.
    const kept = extractScaleSection(twice)!;
    expect(spliceScaleSection('# Benchmark results\n\nnew table\n', kept)).toContain('not measured: needs about 1.9 GB free');
  });

  it('skips a size the disk cannot hold, saying how much it needs', async () => {
    const logs: string[] = [];
    const r = await runScale({ sizes: [123_457], log: (m) => logs.push(m), freeBytes: () => 10 * 1024 * 1024 });
    expect(r.rows).toEqual([{ dumps: 123_457, skipped: expect.stringMatching(/needs about 2\.\d GB free .* 0\.0 GB free/) }]);
    expect(r.metrics[0]).toMatchObject({ area: 'scale', metric: 'scale.123457', skipped: true });
    expect(logs.join('\n')).toMatch(/skipped/);
  });
});
