import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMetricLine, type MetricLine } from './report/metric';
import { errorSummary } from './report/error-summary';

const here = dirname(fileURLToPath(import.meta.url));
const TSX_CLI = join(here, '../node_modules/tsx/dist/cli.mjs');

interface AreaRun {
  area: string;
  dumps: number;
  timeoutMs: number;
  /** Where the area benches live; tests point it at fixtures. */
  benchDir?: string;
  /** Called with each metric line as it arrives, so stdout streams during a long run. */
  onMetric: (m: MetricLine) => void;
}

/**
 * Run `bench/<area>.ts --dumps N` in its own process and collect its metric lines. A bench
 * that is missing, crashes, prints nothing or overruns its share of the time becomes one
 * `skipped` line with the reason; the lines it printed before failing are kept.
 */
export function runArea(run: AreaRun): Promise<{ metrics: MetricLine[]; seconds: number }> {
  const file = join(run.benchDir ?? here, `${run.area}.ts`);
  const metrics: MetricLine[] = [];
  const emit = (m: MetricLine) => {
    const line = { ...m, area: run.area };
    metrics.push(line);
    run.onMetric(line);
  };
  if (!existsSync(file)) {
    emit({ metric: run.area, skipped: true, reason: `bench/${run.area}.ts does not exist yet` });
    return Promise.resolve({ metrics, seconds: 0 });
  }
  const t0 = performance.now();
  return new Promise((resolvePromise) => {
    // Own process group, so a timeout also ends any Chromium or worker the bench started.
    const child = spawn(process.execPath, [TSX_CLI, file, '--dumps', String(run.dumps)], {
      cwd: join(here, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      // An area that repeats a scenario (live-sync) reads its share and does as many runs as fit.
      env: { ...process.env, DOSSIER_BENCH_AREA_MS: String(run.timeoutMs) },
    });
    let stderrText = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, run.timeoutMs);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = parseMetricLine(line);
      if (m) emit(m);
      else if (line.trim()) process.stderr.write(`[${run.area}] ${line}\n`);
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      process.stderr.write(`[${run.area}] ${line}\n`);
      if (stderrText.length < 200_000) stderrText += `${line}\n`;
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      emit({ metric: run.area, skipped: true, reason: `could not start: ${err.message}` });
      resolvePromise({ metrics, seconds: (performance.now() - t0) / 1000 });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - t0) / 1000;
      const tail = errorSummary(stderrText);
      const printed = metrics.length;
      if (timedOut) {
        emit({
          metric: run.area,
          skipped: true,
          reason:
            `stopped after ${Math.round(run.timeoutMs / 1000)} s, its share of the 10-minute budget` +
            (printed ? ` (${printed} lines printed before that are kept)` : ''),
        });
      } else if (code !== 0) {
        emit({
          metric: run.area,
          skipped: true,
          reason: `exited with ${code ?? signal}${tail ? `: ${tail}` : ''}${printed ? ` (${printed} lines printed before that are kept)` : ''}`,
        });
      } else if (printed === 0) {
        emit({ metric: run.area, skipped: true, reason: 'ran but printed no metric lines' });
      }
      resolvePromise({ metrics, seconds });
    });
  });
}
