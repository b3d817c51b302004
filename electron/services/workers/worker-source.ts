import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** How to start a worker thread: a bundled JS file, or (under tsx/vitest) an eval bootstrap that loads the TypeScript source. */
export type WorkerSource = { eval: false; file: string } | { eval: true; code: string };

/**
 * Start a worker from `src`, unref'd: a worker that is booting or idle must not keep a
 * one-shot process (the CLI, a test) alive; its owner refs it while it has work. Throws as
 * `new Worker` does, so the owner can fall back to working in-process.
 */
export function startWorker(src: WorkerSource): Worker {
  const worker = src.eval ? new Worker(src.code, { eval: true }) : new Worker(src.file);
  worker.unref();
  return worker;
}

const cached = new Map<string, WorkerSource | null>();

/**
 * Where the worker entry `name` (e.g. `ingest-worker`) is in this runtime: in the
 * electron-vite bundle it is `name.js` next to the main bundle (its own input in
 * electron.vite.config.ts); under tsx/vitest it is `name.ts` beside this file, loaded
 * through tsx's `tsImport` from a tiny eval bootstrap. Null when neither exists.
 */
export function workerSource(name: string): WorkerSource | null {
  if (cached.has(name)) return cached.get(name)!;
  const found = locate(name);
  cached.set(name, found);
  return found;
}

function locate(name: string): WorkerSource | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = [join(here, `${name}.js`), join(here, '..', `${name}.js`)].find((f) => existsSync(f));
  if (bundled) return { eval: false, file: bundled };
  const source = join(here, `${name}.ts`);
  if (!existsSync(source)) return null;
  let tsxApi: string;
  try {
    // require.resolve picks tsx's CommonJS build; its ESM twin sits beside it and is the one that works in a worker.
    tsxApi = createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs');
  } catch {
    return null;
  }
  if (!existsSync(tsxApi)) return null;
  const entry = JSON.stringify(pathToFileURL(source).href);
  // An eval worker runs as a CommonJS script: import tsx's API and let it load the TypeScript entry.
  // A failure is rethrown outside the promise so the owner sees an 'error' event and falls back.
  const api = JSON.stringify(pathToFileURL(tsxApi).href);
  const code = `import(${api}).then((m) => m.tsImport(${entry}, ${entry})).catch((e) => setImmediate(() => { throw e; }));`;
  return { eval: true, code };
}
