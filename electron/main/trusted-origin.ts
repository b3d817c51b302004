import { pathToFileURL } from 'node:url';

/**
 * The one page allowed to talk to main: the dev server in development, the bundled
 * index.html in production. Anything else (a navigated frame, an iframe) is refused.
 */
export function appPageUrl(rendererDir: string, devServerUrl: string | undefined): string {
  return devServerUrl ?? pathToFileURL(`${rendererDir}/index.html`).href;
}

export function isTrustedPage(frameUrl: string | undefined, pageUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const frame = new URL(frameUrl);
    const page = new URL(pageUrl);
    if (page.protocol === 'file:') return frame.protocol === 'file:' && frame.pathname === page.pathname;
    return frame.origin === page.origin;
  } catch {
    return false;
  }
}
