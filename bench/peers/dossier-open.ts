import { resolve } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import { noEmit } from '../../electron/core/api/emit';

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
  /** The kernel's peak resident set of the process (maxRSS), not a sampler's. */
  peakRssMb: number;
  files: number;
  stories: number;
  problems: number;
}

/**
 * Child process for the peer comparison: open a folder exactly as the app does (the same
 * `createServices`, so the index and the background discovery the app starts are included) and
 * print one JSON object with the three milestones, the CPU time and the peak memory. A fresh
 * process per run keeps the measurement cold in Dossier's own caches; the OS page cache is warm
 * for every tool.
 */
async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? '');
  const services = createServices({
    sampleFolder: folder,
    emit: noEmit,
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
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
  const run: DossierOpenRun = {
    openMs,
    searchableMs,
    readyMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    files: info.files,
    stories: info.stories,
    problems: info.problems,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
  // Watchers or timers the workspace may start must not keep this child alive.
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
