import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './trusted-origin';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Make `app:` a standard, secure scheme, so the page gets an exact origin (`app://dossier`),
 * a secure context, storage, and a CSP header that applies (file:// pages ignore headers).
 * Electron allows this only before the app is ready, and only once.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serve `app://dossier/…` from the built renderer folder, each response carrying `csp`. */
export function serveAppProtocol(rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request, csp));
}

/**
 * One response of the app protocol. Only GET/HEAD on the app host, only files inside
 * `root`: a path that decodes to `..`, a backslash or a NUL is refused, as is anything that
 * resolves outside the folder.
 */
async function appResponse(root: string, request: { url: string; method?: string }, csp: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' };
  const fail = (status: number) => new Response(null, { status, headers });
  const method = (request.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return fail(405);
  const file = fileFor(root, request.url);
  if (!file) return fail(403);
  try {
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'Content-Type': type } });
  } catch {
    return fail(404);
  }
}

function fileFor(root: string, url: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (/[\\\0]/.test(path) || path.split('/').includes('..')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${path === '/' ? '/index.html' : path}`);
  const rel = relative(base, file);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return null;
  return file;
}
