import { BrowserWindow, nativeTheme, session } from 'electron';
import { join } from 'node:path';
import { contentSecurityPolicy } from './csp';
import { isTrustedPage } from './trusted-origin';

interface WindowOptions {
  preloadPath: string;
  pageUrl: string;
  devServerUrl?: string;
  /** Called when the page asks to open an http(s) link (target=_blank or window.open). */
  onExternalLink: (url: string) => void;
}

/**
 * The app window, locked down per Electron's security checklist: isolated, sandboxed
 * renderer without Node, a strict CSP, no navigation away from the app page, no new
 * windows, no permissions, and files dropped on it never navigate.
 */
export function createMainWindow(opts: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Dossier',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#f7f6f3',
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });

  // The app:// protocol sets the header itself; only the dev server's responses need it added.
  if (opts.devServerUrl) {
    const csp = contentSecurityPolicy(opts.devServerUrl);
    win.webContents.session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }

  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedPage(url, opts.pageUrl)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isTrustedPage(url, opts.pageUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:/i.test(url)) opts.onExternalLink(url);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => win.show());

  void win.loadURL(opts.pageUrl);
  return win;
}

/** Deny every permission request (camera, notifications, geolocation...): Dossier needs none. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function rendererDir(mainDir: string): string {
  return join(mainDir, '../renderer');
}
