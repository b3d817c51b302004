import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { dispatch, EVENT_CHANNEL, INVOKE_CHANNEL, type Services } from '../core/api';
import type { Emit } from '../core/api/emit';
import type { FolderGrants } from './folder-grants';
import { isTrustedPage } from './trusted-origin';

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: 'This page may not call Dossier.' } } as const;

/**
 * The only IPC handler: one prefixed channel, calls accepted only from the top frame of the
 * app's own page (an iframe, even one showing the app page, is refused), and everything
 * else decided by `dispatch` (which validates the arguments). `workspace.open` opens only
 * folders in `grants`: the page names a folder, the user's choice is what allows it.
 */
export function registerIpc(services: Services, pageUrl: string, grants: FolderGrants): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedPage(frame.url, pageUrl)) return FORBIDDEN;
    const refused = refusedFolder(method, args, grants);
    if (refused) return refused;
    return dispatch(services, method, args);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** A `workspace.open` of a folder nobody chose; malformed arguments are left to `dispatch`. */
function refusedFolder(method: unknown, args: unknown, grants: FolderGrants) {
  if (method !== 'workspace.open' || !args || typeof args !== 'object') return null;
  const folder = (args as { folder?: unknown }).folder;
  if (typeof folder !== 'string' || folder.length === 0 || grants.has(folder)) return null;
  return {
    ok: false,
    error: {
      code: 'not-allowed',
      message: 'Dossier opens only folders chosen with Open Folder…, the last workspace or the sample library.',
    },
  } as const;
}

/** Push events to the window's page; dropped silently while no window is open. */
export function eventSender(getContents: () => WebContents | null): Emit {
  return (event, payload) => {
    const wc = getContents();
    if (wc && !wc.isDestroyed()) wc.send(EVENT_CHANNEL, { event, payload });
  };
}
