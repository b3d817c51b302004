import type { ApiArgs, ApiEvents, ApiValue } from './index';
import type { EventName, MethodName } from './names';
import type { ApiResult } from './result';

/**
 * The shape of `window.dossier`: one function per API method (nothing generic) and `on`,
 * which returns its own unsubscribe function. The preload builds it over IPC; the e2e
 * harness builds the same shape over a Playwright binding.
 */
export interface DossierBridge {
  methods: { [M in MethodName]: (args?: ApiArgs<M>) => Promise<ApiResult<ApiValue<M>>> };
  on<E extends EventName>(event: E, callback: (payload: ApiEvents[E]) => void): () => void;
}
