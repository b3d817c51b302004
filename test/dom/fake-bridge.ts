import type { DossierBridge } from '../../electron/core/api/bridge';
import { METHOD_NAMES } from '../../electron/core/api';

type Handler = (args: unknown) => unknown;

/** A `window.dossier` whose methods answer from a table, for component tests in jsdom. */
export function installFakeBridge(handlers: Partial<Record<(typeof METHOD_NAMES)[number], Handler>>): { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const methods = Object.fromEntries(
    METHOD_NAMES.map((m) => [
      m,
      async (args: unknown) => {
        calls.push([m, args]);
        const h = handlers[m];
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
