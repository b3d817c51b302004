import { Menu, type MenuItemConstructorOptions } from 'electron';

interface MenuActions {
  openFolder: () => void;
  openSample: () => void;
  revealWorkspace: () => void;
}

/** The application menu, with the platform's usual accelerators. */
export function buildMenu(actions: MenuActions, isMac: boolean, isDev: boolean): Menu {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: actions.openFolder },
      { label: 'Open Sample Library', accelerator: 'CmdOrCtrl+Shift+O', click: actions.openSample },
      {
        label: isMac ? 'Reveal Workspace in Finder' : 'Reveal Workspace',
        accelerator: 'CmdOrCtrl+Shift+R',
        click: actions.revealWorkspace,
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isDev ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
