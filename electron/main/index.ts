import { app, BrowserWindow, Menu, shell } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ElectronAppPort } from './app-port';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { contentSecurityPolicy } from './csp';
import { FolderGrants } from './folder-grants';
import { ElectronBriefExporter } from './pdf/electron-brief-exporter';
import { eventSender, registerIpc } from './ipc';
import { buildMenu } from './menu';
import { SettingsStore } from './settings';
import { rendererSource } from './trusted-origin';
import { createMainWindow, lockDownSession, rendererDir } from './window';
import { createServices } from '../services/create-services';

const mainDir = dirname(fileURLToPath(import.meta.url));
const { pageUrl, devServerUrl } = rendererSource(process.env, app.isPackaged);
registerAppScheme();

/** The sample library ships inside the app (extraResources) or sits in the repo in dev. */
function sampleFolder(): string {
  const packaged = join(process.resourcesPath, 'sample-library');
  return app.isPackaged && existsSync(packaged) ? packaged : join(app.getAppPath(), 'resources', 'sample-library');
}

let win: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  void app.whenReady().then(start);
}

/** Boot order: settings → services → IPC → menu → window → workspace. Shutdown reverses it. */
async function start(): Promise<void> {
  lockDownSession();
  serveAppProtocol(rendererDir(mainDir), contentSecurityPolicy());
  const settings = new SettingsStore(app.getPath('userData'));
  // Folders the page may ask to open: the remembered one, the sample, and whatever the user opens.
  const grants = new FolderGrants();
  grants.grant(settings.get().lastWorkspace);
  grants.grant(sampleFolder());
  const emit = eventSender(() => win?.webContents ?? null);
  const services = createServices({
    sampleFolder: sampleFolder(),
    // The sample is opened as a copy here, never inside the installed app.
    dataFolder: app.getPath('userData'),
    emit,
    app: (ws) => new ElectronAppPort(() => win, ws, grants),
    briefExporter: new ElectronBriefExporter(() => win),
    onOpened: (info) => {
      grants.grant(info.folder);
      void settings
        .set({ lastWorkspace: info.isSample ? null : info.folder })
        .catch((err) => console.warn('[dossier] could not remember the workspace:', err));
    },
  });
  const { workspace, app: appPort } = services;
  const unregister = registerIpc(services, pageUrl, grants);

  const openSafely = (p: Promise<unknown>) => p.catch((err) => console.error('[dossier] open failed:', err));
  Menu.setApplicationMenu(
    buildMenu(
      {
        openFolder: () => void openSafely(appPort.chooseFolder()),
        openSample: () => void openSafely(workspace.openSample()),
        revealWorkspace: () => {
          const folder = workspace.current()?.folder;
          if (folder) void shell.openPath(folder);
        },
      },
      process.platform === 'darwin',
      !app.isPackaged,
    ),
  );

  win = createMainWindow({
    preloadPath: join(mainDir, '../preload/index.cjs'),
    pageUrl,
    devServerUrl,
    onExternalLink: (url) => void appPort.openLink(url),
  });
  win.on('closed', () => (win = null));

  // Reopen the last workspace; fall back to the sample library if it is gone.
  const last = settings.get().lastWorkspace;
  await (last && existsSync(last) ? workspace.open(last) : workspace.openSample()).catch(() => openSafely(workspace.openSample()));

  app.on('window-all-closed', () => app.quit());
  // Shutdown in reverse boot order: stop taking calls, then the services (discovery's
  // background work, the watcher, and last the store, which folds its journal into db.json
  // and releases the workspace lock) before exiting.
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    unregister();
    void services
      .stop()
      .catch((err) => console.error('[dossier] shutdown:', err))
      .finally(() => app.quit());
  });
}
