import { resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createServices } from '../../electron/services/create-services';
import { noEmit } from '../../electron/core/api/emit';
import { SEARCH_QUERIES } from '../search-queries';

/** What one cold open of the corpus cost, as the peer comparison reads it from this child's stdout. */
export interface DossierOpenRun {
  /** `workspace.open` resolved: stories listed, the library can show rows. */
  openMs: number;
  /** The first search answered: the full-text index is built and queries run. */
  searchableMs: number;
  /** `discovery.whenReady()`: entities, near-duplicates and every other background fact computed. */
  readyMs: number;
  /** User + system CPU of the whole process (every worker thread included), open → ready. */
  cpuMs: number;
  /**
   * The longest the main thread's event loop was held, open → ready (a 10 ms timer's worst
   * lateness): in the app, how long the window's requests could go unanswered.
   */
  maxStallMs: number;
  /** The kernel's peak resident set of the process (maxRSS), not a sampler's. */
  peakRssMb: number;
  files: number;
  stories: number;
  problems: number;
  /** With `--search`: p95 of the fixed queries below (snippets, limit 20), measured after ready. */
  searchP95Ms?: number;
  /** With `--search`: the same queries with facets counted too. */
  searchFacetsP95Ms?: number;
}

type Services = ReturnType<typeof createServices>;

/** p95 of every query run five times after one warm-up pass, through the service the search box calls. */
async function searchP95(services: Services, facets: boolean): Promise<number> {
  for (const q of SEARCH_QUERIES) await services.discovery.search(q, 20, facets);
  const times: number[] = [];
  for (let r = 0; r < 5; r++)
    for (const q of SEARCH_QUERIES) {
      const t = performance.now();
      await services.discovery.search(q, 20, facets);
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  return times[Math.min(times.length - 1, Math.floor(times.length * 0.95))];
}

/**
 * Child process for the peer comparison: open a folder exactly as the app does (the same
 * `createServices`, so the index and the background discovery the app starts are included) and
 * print one JSON object with the three milestones, the CPU time and the peak memory. A fresh
 * process per run keeps the measurement cold in Dossier's own caches; the OS page cache is warm
 * for every tool. `--search` adds the search latency after ready (the peak memory is read before it).
 * The bench runs this file bundled with its workers (bundle-open.ts), as the app ships, not under tsx.
 */
async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? '');
  const withSearch = process.argv.includes('--search');
  const services = createServices({
    sampleFolder: folder,
    emit: noEmit,
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const info = await services.workspace.open(folder);
  const openMs = performance.now() - t0;
  // A query waits for the index, so its answer marks "searchable".
  await services.discovery.search('according', 20);
  const searchableMs = performance.now() - t0;
  await services.discovery.whenReady();
  const readyMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  loop.disable();
  const run: DossierOpenRun = {
    openMs,
    searchableMs,
    readyMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxStallMs: loop.max / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    files: info.files,
    stories: info.stories,
    problems: info.problems,
  };
  if (withSearch) {
    run.searchP95Ms = await searchP95(services, false);
    run.searchFacetsP95Ms = await searchP95(services, true);
  }
  process.stdout.write(`${JSON.stringify(run)}\n`);
  // Watchers or timers the workspace may start must not keep this child alive.
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
