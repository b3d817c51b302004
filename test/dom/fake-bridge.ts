import type { DossierBridge } from '@core/api/bridge';
import { METHOD_NAMES, type ApiArgs, type ApiValue, type MethodName } from '@core/api';

/**
 * Answers for the methods a test fakes, typed by the API: when a method's arguments or
 * result change, the fixtures that no longer fit fail the typecheck instead of passing on
 * data the app would never receive.
 */
type FakeHandlers = { [M in MethodName]?: (args: ApiArgs<M>) => ApiValue<M> | Promise<ApiValue<M>> };

/** A `window.dossier` whose methods answer from a table, for component tests in jsdom. */
export function installFakeBridge(handlers: FakeHandlers): { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const methods = Object.fromEntries(
    METHOD_NAMES.map((m) => [
      m,
      async (args: unknown) => {
        calls.push([m, args]);
        const h = handlers[m] as ((a: unknown) => unknown) | undefined;
        if (!h) return { ok: false, error: { code: 'not-in-test', message: `${m} is not faked` } };
        try {
          return { ok: true, value: await h(args) };
        } catch (e) {
          return { ok: false, error: { code: 'failed', message: String(e) } };
        }
      },
    ]),
  );
  window.dossier = { methods, on: () => () => undefined } as unknown as DossierBridge;
  return { calls };
}
