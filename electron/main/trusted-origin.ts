/** The custom scheme the packaged renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
/** The one host under that scheme, so the page's origin is exactly `app://dossier`. */
export const APP_HOST = 'dossier';
/** The renderer's entry page outside dev. */
const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where the window loads its page from, and the dev server (if any) that serves it. */
interface RendererSource {
  pageUrl: string;
  devServerUrl: string | undefined;
}

/**
 * The one page allowed to talk to main: the dev server under `npm run dev`, the bundled
 * page on `app://dossier` otherwise. A packaged app ignores ELECTRON_RENDERER_URL, so an
 * environment variable can never point the installed app at someone else's page.
 */
export function rendererSource(env: Record<string, string | undefined>, isPackaged: boolean): RendererSource {
  const candidate = isPackaged ? undefined : env.ELECTRON_RENDERER_URL;
  const devServerUrl = candidate && isHttpUrl(candidate) ? candidate : undefined;
  return { pageUrl: devServerUrl ?? APP_PAGE_URL, devServerUrl };
}

function isHttpUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Whether a frame's URL belongs to the app page. Custom and file: URLs have an opaque
 * `origin` ("null") in the URL API, so scheme and host are compared directly; a file: URL
 * with a host (a UNC share on Windows) is another machine's file, never the app's.
 */
export function isTrustedPage(frameUrl: string | undefined, pageUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const frame = new URL(frameUrl);
    const page = new URL(pageUrl);
    if (frame.protocol !== page.protocol || frame.host !== page.host) return false;
    if (page.protocol === 'file:') return frame.pathname === page.pathname;
    if (page.protocol === `${APP_SCHEME}:`) return true;
    return frame.origin === page.origin;
  } catch {
    return false;
  }
}
