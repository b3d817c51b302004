import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromiumPath } from './chromium';

/** Fail fast with install instructions if Chromium is missing; build the renderer once. */
export default function setup(): void {
  chromiumPath();
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
  if (process.env.DOSSIER_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
