import { buildSync } from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
/** Git-ignored; rebuilt by every bench process that opens a corpus, so it never runs stale code. */
const OUT = join(root, 'bench/.built');
const WORKERS = join(root, 'electron/services/workers');

let built: string | null = null;

/**
 * The open child (dossier-open.ts) bundled the way the app ships its main process: one ES
 * module with every worker entry (`electron/services/workers/*-worker.ts`) as its own file
 * beside it, where `workerSource` looks first. Under tsx each thread would load tsx and
 * transpile the core again (seconds of CPU and tens of MB per worker that a user never
 * pays), so the peer figures would describe the dev loader, not Dossier. npm packages stay
 * external, resolved from node_modules as in the app. Returns the child's path.
 */
export function bundledOpenChild(): string {
  if (built) return built;
  const entryPoints: Record<string, string> = { 'dossier-open': join(here, 'dossier-open.ts') };
  for (const f of readdirSync(WORKERS)) if (f.endsWith('-worker.ts')) entryPoints[f.slice(0, -3)] = join(WORKERS, f);
  buildSync({
    entryPoints,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    // No `target`: with one (node20) esbuild rewrites every \p{…} regex literal as a
    // `new RegExp` built where it stands, each call; electron-vite's build keeps them as written.
    alias: { '@core': join(root, 'electron/core') },
    logLevel: 'error',
  });
  built = join(OUT, 'dossier-open.js');
  return built;
}
