import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROME_PATH). A clear instruction instead of a silent skip when missing. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. The e2e tests drive a real Chromium: install it with ` +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu), or point CHROME_PATH at a Chrome/Chromium binary.',
    );
  }
  return path;
}

/** The app's own headless flags (no network, GPU or profile), so tests launch Chromium as export does. */
export { HEADLESS_CHROMIUM_ARGS as CHROMIUM_ARGS } from '../../electron/services/briefs/headless-printer';
