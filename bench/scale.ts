import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MetricLine } from './report/metric';
import { CORPUS_ROOT, isCorpusWritten, peerCorpus } from './peers/corpus';
import { forgetDossier, openWithDossier } from './peers/run-peers';
import type { DossierOpenRun } from './peers/dossier-open';
import { median, repeatTimed } from './peers/timing';
import type { MeasuredScaleRow, ScaleRow } from './report/scale-section';

/** The cost curve: each size ten times the last, so growth that is worse than linear shows. */
export const SCALE_SIZES = [1_000, 10_000, 100_000] as const;

/** Bytes the generator writes per dump (~7.3 KB), with room for Dossier's cache beside it. */
const DISK_BYTES_PER_DUMP = 7_500 * 2;
const DISK_MARGIN = 512 * 1024 * 1024;
/** One cold open at 100,000 dumps on a loaded 2-core machine takes minutes, not seconds. */
const RUN_TIMEOUT_MS = 45 * 60_000;

interface ScaleOptions {
  sizes: readonly number[];
  log: (msg: string) => void;
  /** Free bytes where the corpus goes; injectable so the disk check can be tested. */
  freeBytes?: (dir: string) => number;
}

/** What `--scale` found: one row per size for RESULTS.md, and metric lines for the table. */
interface ScaleResult {
  rows: ScaleRow[];
  metrics: MetricLine[];
}

const AREA = 'scale';
const secs = (ms: number) => +(ms / 1000).toFixed(2);

/** Free bytes on the file system holding `dir` (or its nearest existing parent). */
export function freeDiskBytes(dir: string): number {
  for (let d = dir; ; d = dirname(d)) {
    try {
      const s = statfsSync(d);
      return s.bavail * s.bsize;
    } catch {
      if (dirname(d) === d) return 0;
    }
  }
}

/** Bytes a corpus of `dumps` needs on disk, corpus and cache together; 0 when it is already there. */
export function diskNeeded(dumps: number): number {
  return dumps * DISK_BYTES_PER_DUMP + DISK_MARGIN;
}

/**
 * `npm run bench -- --scale`: the peer comparison's cold open (a fresh child per run: open →
 * searchable → ready, CPU, the kernel's maxRSS) and then search p95 with and without facets,
 * at each size. A size the disk cannot hold is skipped and says so. Targets apply at 100,000.
 */
export async function runScale(opts: ScaleOptions): Promise<ScaleResult> {
  const rows: ScaleRow[] = [];
  const metrics: MetricLine[] = [];
  const free = opts.freeBytes ?? freeDiskBytes;
  for (const dumps of opts.sizes) {
    const where = CORPUS_ROOT;
    const need = diskNeeded(dumps);
    const have = free(where);
    if (!isCorpusWritten(dumps) && have < need) {
      const reason = `needs about ${gb(need)} GB free for the corpus and its cache, ${gb(have)} GB free at ${where}`;
      opts.log(`bench: scale ${dumps}: skipped, ${reason}`);
      rows.push({ dumps, skipped: reason });
      metrics.push({ area: AREA, metric: `scale.${dumps}`, skipped: true, reason });
      continue;
    }
    try {
      const corpus = peerCorpus(dumps);
      const mb = corpus.bytes / 1048576;
      opts.log(
        `bench: scale ${dumps}: ${mb.toFixed(0)} MB` +
          (corpus.generatedSeconds ? `, generated in ${corpus.generatedSeconds.toFixed(0)} s` : ''),
      );
      const runs: DossierOpenRun[] = [];
      // Three runs where they are cheap, one where a run takes minutes.
      await repeatTimed(
        () => {
          forgetDossier(corpus.dir);
          const r = openWithDossier(corpus.dir, RUN_TIMEOUT_MS, ['--search']);
          runs.push(r);
          opts.log(`bench: scale ${dumps}: ready in ${secs(r.readyMs)} s, ${Math.round(r.peakRssMb)} MB peak`);
          return r.readyMs;
        },
        { maxRuns: dumps <= 10_000 ? 3 : 1, budgetMs: 120_000 },
      );
      forgetDossier(corpus.dir);
      const row = summarise(dumps, mb, runs);
      rows.push(row);
      metrics.push(...rowMetrics(row));
    } catch (err) {
      const reason = `the cold open failed: ${err instanceof Error ? err.message : String(err)}`;
      rows.push({ dumps, skipped: reason });
      metrics.push({ area: AREA, metric: `scale.${dumps}`, skipped: true, reason });
    }
  }
  return { rows, metrics };
}

/** Medians over the runs; the peak is the worst run's, as a user would meet it. */
function summarise(dumps: number, mb: number, runs: DossierOpenRun[]): MeasuredScaleRow {
  const med = (f: (r: DossierOpenRun) => number | undefined) => median(runs.map((r) => f(r) ?? NaN));
  return {
    dumps,
    corpusMb: Math.round(mb),
    stories: runs[0].stories,
    runs: runs.length,
    openS: secs(med((r) => r.openMs)),
    searchableS: secs(med((r) => r.searchableMs)),
    readyS: secs(med((r) => r.readyMs)),
    cpuS: secs(med((r) => r.cpuMs)),
    peakRssMb: Math.round(Math.max(...runs.map((r) => r.peakRssMb))),
    searchP95Ms: +med((r) => r.searchP95Ms).toFixed(1),
    searchFacetsP95Ms: +med((r) => r.searchFacetsP95Ms).toFixed(1),
  };
}

/** Targets from the brief: at 10,000 dumps the issue's own (peak ≤ 400 MB, p95 ≤ 10 ms, facets ≤ 50 ms); at 100,000 peak < 1.5 GB, p95 ≤ 30 ms. */
function rowMetrics(r: MeasuredScaleRow): MetricLine[] {
  const at10k = r.dumps === 10_000;
  const at100k = r.dumps >= 100_000;
  const m = (metric: string, value: number, unit: string, target?: { text: string; ok: boolean }): MetricLine => ({
    area: AREA,
    metric: `scale.${r.dumps}.${metric}`,
    value,
    unit,
    runs: r.runs,
    ...(target ? { target: target.text, ok: target.ok } : {}),
  });
  const peak = at100k ? { text: '< 1536', ok: r.peakRssMb < 1536 } : at10k ? { text: '≤ 400', ok: r.peakRssMb <= 400 } : undefined;
  const p95 = at100k ? { text: '≤ 30', ok: r.searchP95Ms <= 30 } : at10k ? { text: '≤ 10', ok: r.searchP95Ms <= 10 } : undefined;
  const facets = at10k ? { text: '≤ 50', ok: r.searchFacetsP95Ms <= 50 } : undefined;
  return [
    m('open-searchable', r.searchableS, 's'),
    m('open-ready', r.readyS, 's'),
    m('open-ready-cpu', r.cpuS, 's'),
    m('peak-rss', r.peakRssMb, 'MB', peak),
    m('search-p95', r.searchP95Ms, 'ms', p95),
    m('search-facets-p95', r.searchFacetsP95Ms, 'ms', facets),
  ];
}

const gb = (b: number) => (b / 1024 ** 3).toFixed(1);
