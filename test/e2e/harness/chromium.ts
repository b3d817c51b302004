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

/** Flags for a headless Chromium on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
