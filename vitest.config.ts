import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Three projects, one per runtime: `node` for the framework-free core and the main-process
 * services, `dom` for Svelte components in jsdom, `e2e` for the built renderer in Debian's
 * Chromium bridged to the real core.
 */
/** `@core/…` is `electron/core/…`, as in tsconfig.json and electron.vite.config.ts. */
const alias = { '@core': resolve('electron/core') };

export default defineConfig({
  resolve: { alias },
  test: {
    // At least two files at once (vitest's default leaves one core idle, i.e. runs files one by
    // one on a 2-core machine): many files mostly wait on child processes, Chromium or the disk.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/main/**/*.test.ts',
            'test/services/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/bench/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [svelte({ configFile: resolve('svelte.config.js') })],
        resolve: { alias, conditions: ['browser'] },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/dom/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
