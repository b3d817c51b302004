import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { devPageHtml } from './electron/main/csp';

/**
 * Under `npm run dev` only, widen the page's meta CSP by the dev server's own websocket
 * (hot reload); the built page keeps the strict policy written in renderer/index.html.
 */
function devCsp(): Plugin {
  return {
    name: 'dossier-dev-csp',
    apply: 'serve',
    transformIndexHtml(html, ctx) {
      const url = ctx.server?.resolvedUrls?.local[0] ?? `http://localhost:${ctx.server?.config.server.port ?? 5173}`;
      return devPageHtml(html, url);
    },
  };
}

/**
 * Three bundles: the main process (ESM), the preload (CommonJS, fully bundled: a sandboxed
 * preload can only `require('electron')`), and the Svelte renderer served from `renderer/`.
 */
/** `@core/…` is `electron/core/…` in every bundle, as in tsconfig.json and vitest.config.ts. */
const alias = { '@core': resolve('electron/core') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // The ingest worker_thread runs as its own file beside index.js (see ingest-worker-pool.ts).
          'ingest-worker': resolve('electron/services/workers/ingest-worker.ts'),
          // Dropped HTML pages are read in their own worker_thread, with a time budget (see html-converter.ts).
          'html-worker': resolve('electron/services/workers/html-worker.ts'),
          // Discovery's per-story facts are computed in their own worker_thread (see facts-pool.ts).
          'facts-worker': resolve('electron/services/workers/facts-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    plugins: [svelte({ configFile: resolve('svelte.config.js') }), devCsp()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
