import { resolve } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import { noEmit } from '../../electron/core/api/emit';

/**
 * Child process for the peer comparison: open a folder exactly as the app does (the same
 * `createServices`, so whatever indexing the workspace does on open is included) and print
 * one JSON object with the time and the process's peak memory. A fresh process per run keeps
 * the measurement cold in Dossier's own caches; the OS page cache is warm for every tool.
 */
async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? '');
  const services = createServices({
    sampleFolder: folder,
    emit: noEmit,
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
  const t0 = performance.now();
  const info = await services.workspace.open(folder);
  const ms = performance.now() - t0;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, peakRssMb, files: info.files, stories: info.stories, problems: info.problems })}\n`);
  // Watchers or timers the workspace may start must not keep this child alive.
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
