import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MetricLine } from '../report/metric';
import { peerCorpus, type PeerCorpus } from './corpus';
import { ensureTool } from './tools';
import { errorSummary } from '../report/error-summary';
import { median, repeatTimed, timeCommand } from './timing';
import type { DossierOpenRun } from './dossier-open';
import { bundledOpenChild } from './bundle-open';

interface PeerOptions {
  dumps: number;
  /** performance.now() by which the peers must be done (the whole bench has 10 minutes). */
  deadline: number;
  log: (msg: string) => void;
}

const AREA = 'peers';
const secs = (ms: number) => +(ms / 1000).toFixed(3);
const skipped = (metric: string, reason: string): MetricLine => ({ area: AREA, metric, skipped: true, reason });

/** A word the generator puts in about half the sentences, so the scan really reports matches. */
const SCAN_TERM = 'according';

/**
 * Dossier against the tools an analyst could use instead, on the same generated corpus:
 * recollindex (a desktop search engine's full index), ripgrep (one full-text scan) and cat
 * (reading every byte: the floor no indexer can beat). Each comparison is a line with the
 * peer's time as `baseline` and `ratio` = Dossier ÷ peer.
 */
export async function runPeers(opts: PeerOptions): Promise<MetricLine[]> {
  const out: MetricLine[] = [];
  const left = () => opts.deadline - performance.now();
  let corpus: PeerCorpus;
  try {
    corpus = peerCorpus(opts.dumps);
  } catch (err) {
    return [skipped('peers', `could not generate the shared corpus: ${message(err)}`)];
  }
  const mb = corpus.bytes / 1024 / 1024;
  opts.log(
    `bench: peers on ${corpus.files} dumps, ${mb.toFixed(1)} MB` +
      (corpus.generatedSeconds ? ` (generated in ${corpus.generatedSeconds.toFixed(1)} s)` : ' (reused)'),
  );

  // Dossier first: every ratio needs it.
  let dossier: DossierOpenRun | null = null;
  try {
    const runs: DossierOpenRun[] = [];
    await repeatTimed(
      () => {
        // Dossier keeps identities and caches in <folder>/.dossier; remove them so every run is a
        // cold first open, like recollindex's fresh index, and so no peer reads Dossier's files.
        forgetDossier(corpus.dir);
        const r = openWithDossier(corpus.dir, Math.max(10_000, left()));
        runs.push(r);
        return r.readyMs;
      },
      { maxRuns: 3, budgetMs: Math.min(90_000, left() / 4) },
    );
    forgetDossier(corpus.dir);
    const med = (f: (r: DossierOpenRun) => number) => median(runs.map(f));
    dossier = { ...runs[0], openMs: med((r) => r.openMs), searchableMs: med((r) => r.searchableMs), readyMs: med((r) => r.readyMs) };
    dossier.cpuMs = med((r) => r.cpuMs);
    const rss = Math.max(...runs.map((r) => r.peakRssMb));
    const first = runs[0];
    const line = (metric: string, ms: number): MetricLine => ({ area: AREA, metric, value: secs(ms), unit: 's', runs: runs.length });
    out.push({ ...line('dossier.open-listed', dossier.openMs), files: first.files, problems: first.problems });
    out.push(line('dossier.open-searchable', dossier.searchableMs));
    out.push(line('dossier.open-ready', dossier.readyMs));
    out.push(line('dossier.open-ready-cpu', dossier.cpuMs));
    out.push({ area: AREA, metric: 'dossier.open-throughput', value: +(mb / (dossier.readyMs / 1000)).toFixed(2), unit: 'MB/s' });
    out.push({ area: AREA, metric: 'dossier.open-peak-rss', value: Math.round(rss), unit: 'MB', target: '≤ 400', ok: rss <= 400 });
    // Each run's worst event-loop hold, open → ready; the median of the runs.
    const stall = Math.round(med((r) => r.maxStallMs));
    out.push({ area: AREA, metric: 'dossier.open-max-stall', value: stall, unit: 'ms', target: '≤ 100', ok: stall <= 100 });
    if (first.files !== corpus.files) {
      out.push({
        area: AREA,
        metric: 'dossier.open-file-count',
        value: first.files,
        unit: 'files',
        target: `= ${corpus.files}`,
        ok: false,
      });
    }
  } catch (err) {
    out.push(skipped('dossier.open-same-corpus', `opening the corpus with createServices failed: ${message(err)}`));
  }
  const dossierMs = dossier?.readyMs ?? null;

  const compare = (metric: string, peerMs: number[], target?: { text: string; max: number }, ours = dossierMs): MetricLine => {
    const baseline = median(peerMs);
    if (ours === null) return skipped(metric, `the peer ran (${secs(baseline)} s) but Dossier's own open failed, so there is no ratio`);
    const ratio = +(ours / baseline).toFixed(2);
    return {
      area: AREA,
      metric,
      value: secs(ours),
      unit: 's',
      baseline: secs(baseline),
      ratio,
      runs: peerMs.length,
      ...(target ? { target: target.text, ok: ratio <= target.max } : {}),
    };
  };

  // recollindex builds a full-text index: Dossier's open → fully ready (stories, index, entities,
  // near-duplicates) must take at most half its time, open → searchable at most a fifth.
  const recoll = ensureTool('recollindex', 'recollcmd', opts.log);
  if (!recoll.ok) out.push(skipped('vs-recollindex', recoll.reason));
  else if (left() < 30_000) out.push(skipped('vs-recollindex', 'not enough of the 10-minute budget left to index the corpus'));
  else {
    try {
      const runs: ProcessCost[] = [];
      // At full size one index takes about 20 s here: up to three runs while the budget lasts.
      await repeatTimed(
        () => {
          const r = recollIndexOnce(corpus.dir, left());
          runs.push(r);
          return r.ms;
        },
        { maxRuns: 3, budgetMs: Math.min(60_000, left() / 3) },
      );
      const times = runs.map((r) => r.ms);
      out.push(compare('vs-recollindex', times, { text: 'ratio ≤ 0.5', max: 0.5 }));
      out.push(compare('vs-recollindex-searchable', times, { text: 'ratio ≤ 0.2', max: 0.2 }, dossier?.searchableMs ?? null));
      const cpu = runs.map((r) => r.cpuMs).filter((x): x is number => x !== null);
      if (cpu.length) out.push(compare('vs-recollindex-cpu', cpu, undefined, dossier?.cpuMs ?? null));
      const rss = runs.map((r) => r.peakRssMb).filter((x): x is number => x !== null);
      if (rss.length && dossier)
        out.push({
          area: AREA,
          metric: 'vs-recollindex-peak-rss',
          value: Math.round(dossier.peakRssMb),
          unit: 'MB',
          baseline: Math.round(median(rss)),
          ratio: +(dossier.peakRssMb / median(rss)).toFixed(2),
        });
    } catch (err) {
      out.push(skipped('vs-recollindex', `recollindex failed: ${message(err)}`));
    }
  }

  const rg = ensureTool('rg', 'ripgrep', opts.log);
  if (!rg.ok) out.push(skipped('vs-ripgrep-scan', rg.reason));
  else {
    try {
      // Exit 1 means "no match": still a complete scan.
      const times = await repeatTimed(
        () => timeCommand(rg.path, ['--count-matches', '--no-ignore', '--hidden', '--no-messages', SCAN_TERM, corpus.dir], {}, [0, 1]),
        { maxRuns: 5, budgetMs: Math.min(30_000, left() / 4) },
      );
      out.push(compare('vs-ripgrep-scan', times));
    } catch (err) {
      out.push(skipped('vs-ripgrep-scan', `rg failed: ${message(err)}`));
    }
  }

  try {
    const script = 'find "$1" -type f -print0 | xargs -0 cat > /dev/null';
    const times = await repeatTimed(() => timeCommand('sh', ['-c', script, 'sh', corpus.dir]), {
      maxRuns: 5,
      budgetMs: Math.min(30_000, left() / 4),
    });
    out.push(compare('vs-cat-floor', times));
  } catch (err) {
    out.push(skipped('vs-cat-floor', `cat failed: ${message(err)}`));
  }
  return out;
}

/** One cold open in a fresh child process running the bundled code (see dossier-open.ts, bundle-open.ts); `extra` are the child's flags. */
export function openWithDossier(dir: string, timeoutMs: number, extra: string[] = []): DossierOpenRun {
  const r = spawnSync(process.execPath, [bundledOpenChild(), dir, ...extra], {
    encoding: 'utf8',
    timeout: Math.round(timeoutMs),
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0)
    throw new Error(
      r.signal ? `killed by ${r.signal} (time limit ${Math.round(timeoutMs / 1000)} s?)` : errorSummary(r.stderr) || `exit ${r.status}`,
    );
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as DossierOpenRun;
}

/** Wall time, CPU (user + system) and peak memory of one child process; null where unmeasured. */
interface ProcessCost {
  ms: number;
  cpuMs: number | null;
  peakRssMb: number | null;
}

/**
 * One full recoll index in a fresh configuration directory, so every run starts from nothing
 * like Dossier's cold open does. Spelling suggestions (aspell) are off: Dossier builds no
 * spelling dictionary, so leaving it on would flatter Dossier. GNU time, when installed,
 * reports the indexer's CPU and peak memory the same way Dossier's child reports its own.
 */
function recollIndexOnce(dir: string, timeoutMs: number): ProcessCost {
  const conf = mkdtempSync(join(tmpdir(), 'dossier-recoll-'));
  try {
    mkdirSync(conf, { recursive: true });
    writeFileSync(
      join(conf, 'recoll.conf'),
      [`topdirs = ${dir}`, 'noaspell = 1', 'loglevel = 1', `logfilename = ${join(conf, 'log.txt')}`, ''].join('\n'),
    );
    const costFile = join(conf, 'cost.txt');
    const gnuTime = existsSync('/usr/bin/time');
    const [cmd, args] = gnuTime
      ? ['/usr/bin/time', ['-f', '%U %S %M', '-o', costFile, 'recollindex', '-c', conf, '-z']]
      : ['recollindex', ['-c', conf, '-z']];
    const ms = timeCommand(cmd, args, { timeout: Math.round(timeoutMs), env: { ...process.env, RECOLL_CONFDIR: conf, HOME: conf } });
    if (dirSize(join(conf, 'xapiandb')) === 0) throw new Error('recollindex wrote no index');
    const [user, sys, maxKb] = gnuTime ? readFileSync(costFile, 'utf8').trim().split(/\s+/).map(Number) : [];
    const measured = [user, sys, maxKb].every((x) => Number.isFinite(x));
    return { ms, cpuMs: measured ? (user + sys) * 1000 : null, peakRssMb: measured ? maxKb / 1024 : null };
  } finally {
    rmSync(conf, { recursive: true, force: true });
  }
}

/** Remove Dossier's identities and caches from the corpus, so the next open is cold. */
export function forgetDossier(dir: string): void {
  rmSync(join(dir, '.dossier'), { recursive: true, force: true });
}

function dirSize(dir: string): number {
  try {
    return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  } catch {
    return 0;
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
