import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The built renderer, rebuilt only when a source file is newer than the build: a rebuild
 * costs most of a minute, which the bench's 10-minute budget should not spend for nothing.
 */
export function ensureRendererBuilt(root: string, log: (m: string) => void): string {
  const out = join(root, 'out/renderer');
  const index = join(out, 'index.html');
  const stale = !existsSync(index) || newest(join(root, 'renderer')) > statSync(index).mtimeMs;
  if (stale) {
    log('renderer-latency: building the renderer');
    execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return out;
}
