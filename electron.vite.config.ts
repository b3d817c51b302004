import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Three bundles: the main process (ESM), the preload (CommonJS, fully bundled: a sandboxed
 * preload can only `require('electron')`), and the Svelte renderer served from `renderer/`.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // The ingest worker_thread runs as its own file beside index.js (see ingest-worker-pool.ts).
          'ingest-worker': resolve('electron/main/services/ingest-worker.ts'),
          // Dropped HTML pages are read in their own worker_thread, with a time budget (see html-converter.ts).
          'html-worker': resolve('electron/main/services/html-worker.ts'),
        },
      },
    },
  },
  preload: {
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
    plugins: [svelte({ configFile: resolve('svelte.config.js') })],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
