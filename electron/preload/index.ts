import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, EVENT_NAMES, INVOKE_CHANNEL, METHOD_NAMES, type EventName } from '../core/api/names';

/**
 * Exposes exactly the API: one function per method name in the fixed list, and `on` for
 * the fixed event names. No raw ipcRenderer, no arbitrary channel reaches the page.
 */
const methods = Object.freeze(
  Object.fromEntries(METHOD_NAMES.map((m) => [m, (args?: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, m, args)])),
);

function on(event: EventName, callback: (payload: unknown) => void): () => void {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event: ${String(event)}`);
  if (typeof callback !== 'function') throw new Error('on(event, callback) needs a function');
  const listener = (_e: IpcRendererEvent, msg: { event: string; payload: unknown }) => {
    if (msg && msg.event === event) callback(msg.payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, listener);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  };
}

contextBridge.exposeInMainWorld('dossier', Object.freeze({ methods, on }));
