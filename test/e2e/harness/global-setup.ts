import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { chromiumPath } from '../../support/chromium';

/**
 * Fail fast with install instructions if Chromium is missing; build the renderer once. Only
 * the renderer: the e2e tests serve it to Chromium and run main's services from source, so
 * the main and preload bundles would be built for nothing. The config is electron-vite's own
 * resolution of electron.vite.config.ts, so the bundle is the one `npm run build` makes.
 */
export default async function setup(): Promise<void> {
  chromiumPath();
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
  if (process.env.DOSSIER_SKIP_BUILD === '1') return;
  // resolveConfig sets NODE_ENV for the build; the test workers must keep vitest's.
  const env = { NODE_ENV: process.env.NODE_ENV, NODE_ENV_ELECTRON_VITE: process.env.NODE_ENV_ELECTRON_VITE };
  try {
    process.env.NODE_ENV_ELECTRON_VITE = 'production';
    const { config } = await resolveConfig(
      { root, configFile: resolve(root, 'electron.vite.config.ts'), logLevel: 'warn' },
      'build',
      'production',
    );
    if (!config?.renderer) throw new Error('electron.vite.config.ts has no renderer config');
    await build(config.renderer);
  } finally {
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
