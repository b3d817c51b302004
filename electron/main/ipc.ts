import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { dispatch, EVENT_CHANNEL, INVOKE_CHANNEL, type Services } from '../core/api';
import type { Emit } from '../core/api/emit';
import { isTrustedPage } from './trusted-origin';

/**
 * The only IPC handler: one prefixed channel, calls accepted only from the app's own page,
 * and everything else decided by `dispatch` (which validates the arguments).
 */
export function registerIpc(services: Services, pageUrl: string): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    if (!isTrustedPage(event.senderFrame?.url, pageUrl)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not call Dossier.' } };
    }
    return dispatch(services, method, args);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Push events to the window's page; dropped silently while no window is open. */
export function eventSender(getContents: () => WebContents | null): Emit {
  return (event, payload) => {
    const wc = getContents();
    if (wc && !wc.isDestroyed()) wc.send(EVENT_CHANNEL, { event, payload });
  };
}
