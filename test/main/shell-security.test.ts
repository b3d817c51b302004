import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, type Services } from '../../electron/core/api';

// The parts of `electron` the shell uses, recorded instead of run: the real binary cannot
// start in plain Node, and what matters here is what the shell registers and refuses.
const handlers = new Map<string, (...a: unknown[]) => unknown>();
const privileged: unknown[] = [];
const protocolHandlers = new Map<string, (req: { url: string; method?: string }) => Promise<Response>>();
const dialogAnswer = { canceled: false, filePaths: [] as string[] };

vi.mock('electron', () => ({
  ipcMain: {
    handle: (ch: string, h: (...a: unknown[]) => unknown) => handlers.set(ch, h),
    removeHandler: (ch: string) => handlers.delete(ch),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes),
    handle: (scheme: string, h: (req: { url: string }) => Promise<Response>) => protocolHandlers.set(scheme, h),
    unhandle: (scheme: string) => protocolHandlers.delete(scheme),
  },
  dialog: { showOpenDialog: async () => ({ ...dialogAnswer }), showMessageBox: async () => ({ response: 1 }) },
  shell: { openExternal: async () => undefined },
}));

const ROOT = resolve(import.meta.dirname, '../..');
const PAGE = 'app://dossier/index.html';

/** A main frame of the app page, or a subframe (an iframe) inside it. */
const mainFrame = { url: PAGE, parent: null };
const subFrame = { url: PAGE, parent: mainFrame };
const fromFrame = (senderFrame: unknown) => ({ senderFrame, sender: { mainFrame } });

/** Services whose workspace records every folder it was asked to open. */
function recordingServices() {
  const opened: string[] = [];
  const workspace = {
    open: async (folder: string) => (opened.push(folder), { folder, isSample: false }),
    openSample: async () => ({ folder: '/sample', isSample: true }),
    current: () => null,
  };
  const services = new Proxy({ workspace } as unknown as Services, {
    get: (t, area: string) => (t as unknown as Record<string, unknown>)[area] ?? new Proxy({}, { get: () => () => null }),
  });
  return { services, workspace, opened };
}

type Result = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

describe('IPC accepts only the app page’s main frame', () => {
  beforeEach(() => handlers.clear());

  it('refuses a call from a subframe, even one showing the app page', async () => {
    const { registerIpc } = await import('../../electron/main/ipc');
    const { FolderGrants } = await import('../../electron/main/folder-grants');
    const { services } = recordingServices();
    registerIpc(services, PAGE, new FolderGrants());
    const handler = handlers.get(INVOKE_CHANNEL)!;
    const sub = (await handler(fromFrame(subFrame), 'workspace.current', {})) as Result;
    expect(sub).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const gone = (await handler(fromFrame(null), 'workspace.current', {})) as Result;
    expect(gone).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const top = (await handler(fromFrame(mainFrame), 'workspace.current', {})) as Result;
    expect(top.ok).toBe(true);
  });
});

describe('workspace.open from the renderer', () => {
  beforeEach(() => handlers.clear());

  it('refuses a folder nobody chose, and opens one picked in the dialog', async () => {
    const { registerIpc } = await import('../../electron/main/ipc');
    const { FolderGrants } = await import('../../electron/main/folder-grants');
    const { ElectronAppPort } = await import('../../electron/main/app-port');
    const { services, workspace, opened } = recordingServices();
    const grants = new FolderGrants();
    (services as unknown as { app: unknown }).app = new ElectronAppPort(() => null, workspace as never, grants);
    registerIpc(services, PAGE, grants);
    const handler = handlers.get(INVOKE_CHANNEL)!;

    const arbitrary = (await handler(fromFrame(mainFrame), 'workspace.open', { folder: '/etc' })) as Result;
    expect(arbitrary).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const sneaky = (await handler(fromFrame(mainFrame), 'workspace.open', { folder: '/home/ana/dumps/../../../etc' })) as Result;
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(opened).toEqual([]);

    dialogAnswer.filePaths = ['/home/ana/dumps'];
    const chosen = (await handler(fromFrame(mainFrame), 'app.chooseFolder', {})) as Result;
    expect(chosen.ok).toBe(true);
    expect(opened).toEqual(['/home/ana/dumps']);
    const again = (await handler(fromFrame(mainFrame), 'workspace.open', { folder: '/home/ana/dumps/' })) as Result;
    expect(again.ok).toBe(true);
    expect(opened).toEqual(['/home/ana/dumps', '/home/ana/dumps/']);
    const other = (await handler(fromFrame(mainFrame), 'workspace.open', { folder: '/home/ana' })) as Result;
    expect(other).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });
});

describe('which page is trusted', () => {
  it('does not trust a file: URL on another host, nor an app: URL of another host', async () => {
    const { isTrustedPage } = await import('../../electron/main/trusted-origin');
    const filePage = 'file:///app/out/renderer/index.html';
    expect(isTrustedPage(filePage, filePage)).toBe(true);
    expect(isTrustedPage('file://evil.example/app/out/renderer/index.html', filePage)).toBe(false);
    expect(isTrustedPage(PAGE, PAGE)).toBe(true);
    expect(isTrustedPage('app://dossier/other.html', PAGE)).toBe(true);
    expect(isTrustedPage('app://evil/index.html', PAGE)).toBe(false);
    expect(isTrustedPage('file:///index.html', PAGE)).toBe(false);
    expect(isTrustedPage('https://dossier/index.html', PAGE)).toBe(false);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    const { rendererSource } = await import('../../electron/main/trusted-origin');
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(rendererSource(env, true)).toEqual({ pageUrl: PAGE, devServerUrl: undefined });
    expect(rendererSource(env, false)).toEqual({ pageUrl: 'http://localhost:5173', devServerUrl: 'http://localhost:5173' });
    expect(rendererSource({}, false)).toEqual({ pageUrl: PAGE, devServerUrl: undefined });
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'javascript:alert(1)' }, false).devServerUrl).toBeUndefined();
  });
});

describe('the app:// protocol', () => {
  const base = mkdtempSync(join(tmpdir(), 'dossier-proto-'));
  const root = join(base, 'a', 'b', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'index.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'top secret');
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('is registered as a privileged standard, secure scheme before ready', async () => {
    const { registerAppScheme } = await import('../../electron/main/app-protocol');
    registerAppScheme();
    expect(privileged).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
    });
  });

  it('serves the built page with the CSP header and the right types', async () => {
    const { serveAppProtocol } = await import('../../electron/main/app-protocol');
    const { contentSecurityPolicy } = await import('../../electron/main/csp');
    serveAppProtocol(root, contentSecurityPolicy());
    const handle = protocolHandlers.get('app')!;
    const page = await handle({ url: PAGE, method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await page.text()).toContain('<title>Dossier</title>');
    const bare = await handle({ url: 'app://dossier/', method: 'GET' });
    expect(await bare.text()).toContain('<title>Dossier</title>');
    const js = await handle({ url: 'app://dossier/assets/index.js', method: 'GET' });
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const css = await handle({ url: 'app://dossier/assets/index.css', method: 'GET' });
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    const missing = await handle({ url: 'app://dossier/nope.js', method: 'GET' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it('refuses paths outside the renderer folder and other hosts', async () => {
    const { serveAppProtocol } = await import('../../electron/main/app-protocol');
    serveAppProtocol(root, "default-src 'none'");
    const handle = protocolHandlers.get('app')!;
    const attempts = [
      'app://dossier/../../etc/passwd',
      'app://dossier/..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      'app://dossier/%2e%2e/%2e%2e/%2e%2e/secret.txt',
      'app://dossier/..%2f..%2f..%2fsecret.txt',
      'app://dossier/..%5c..%5c..%5csecret.txt',
      'app://dossier//etc/passwd',
      'app://dossier/%E0%A4%A',
      'app://dossier/index.html%00.js',
      'app://evil/index.html',
    ];
    for (const url of attempts) {
      const res = await handle({ url, method: 'GET' });
      const body = await res.text();
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(body, url).not.toMatch(/root:|top secret|<title>/);
    }
  });
});

describe('content security policy', () => {
  it('the page’s meta policy is the strict one: no websocket to any local port', async () => {
    const { metaContentSecurityPolicy } = await import('../../electron/main/csp');
    const html = readFileSync(join(ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(metaContentSecurityPolicy());
    expect(meta).not.toMatch(/ws:|localhost|127\.0\.0\.1/);
    expect(meta).toMatch(/connect-src 'self'(;|$)/);
  });

  it('lets only the dev server’s own websocket in, and only in the dev page', async () => {
    const { devPageHtml, metaContentSecurityPolicy } = await import('../../electron/main/csp');
    const html = readFileSync(join(ROOT, 'renderer/index.html'), 'utf8');
    const dev = devPageHtml(html, 'http://localhost:5173/');
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).not.toContain(metaContentSecurityPolicy());
  });
});

describe('packaging', () => {
  it('flips the Electron fuses that close the run-as-node and debugging back doors', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Every key must be one electron-builder knows, or it would be rejected (or ignored).
    const scheme = JSON.parse(readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const key of Object.keys(pkg.build.electronFuses)) expect(known).toContain(key);
    expect(pkg.build.asar).toBe(true);
  });
});
