import type { ApiArgs, ApiError, ApiEvents, ApiResult, ApiValue, EventName, MethodName } from '@core/api';
import type { DossierBridge } from '@core/api/bridge';

/**
 * The only file that touches `window.dossier`. Everything else in the renderer calls the
 * typed `call` and `on` below, so the bridge can be swapped (preload in the app, a
 * Playwright binding in e2e, a fake in component tests) without touching a pane.
 */
declare global {
  interface Window {
    dossier?: DossierBridge;
  }
}

const missing: ApiError = {
  code: 'no-bridge',
  message: 'Dossier could not reach its main process. Restart the app; if it persists, reinstall it.',
};

/** `call`'s arguments after the method: required when the method's schema needs them, optional when it takes none. */
export type CallArgs<M extends MethodName> = undefined extends ApiArgs<M> ? [args?: ApiArgs<M>] : [args: ApiArgs<M>];

/** Call an API method; a failure (including no bridge or a lost IPC message) is an `ok: false` result, never a throw. */
export async function call<M extends MethodName>(method: M, ...[args]: CallArgs<M>): Promise<ApiResult<ApiValue<M>>> {
  const bridge = window.dossier;
  if (!bridge) return { ok: false, error: missing };
  try {
    return await bridge.methods[method](args);
  } catch (err) {
    return { ok: false, error: { code: 'ipc', message: `The request could not be delivered (${String(err)}).` } };
  }
}

export function on<E extends EventName>(event: E, callback: (payload: ApiEvents[E]) => void): () => void {
  return window.dossier?.on(event, callback) ?? (() => undefined);
}
