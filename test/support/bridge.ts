import type { Page } from 'playwright-core';
import { dispatch, EVENT_NAMES, METHOD_NAMES, type Services } from '../../electron/core/api';

/**
 * Play the preload's role in a plain Chromium: `window.dossier` gets the same shape (one
 * function per method, `on` with unsubscribe), and every call reaches the same `dispatch`
 * the IPC handler uses, with real services. Only the IPC hop itself is replaced.
 *
 * Arguments, replies and events cross as one JSON string each: Playwright's own serialiser
 * pays per object (200 highlights, about 100 kB, took 100-150 ms to cross on a loaded machine),
 * where Electron's structured clone copies the same reply in about a millisecond. One string
 * keeps the hop's cost close to the app's, so the renderer's figures are not the harness's.
 */
export async function installBridge(page: Page, services: Services): Promise<void> {
  await page.exposeBinding('__dossierInvoke', async (_source, method: unknown, args: unknown) =>
    JSON.stringify(await dispatch(services, method, typeof args === 'string' ? (JSON.parse(args) as unknown) : undefined)),
  );
  await page.addInitScript(
    ({ methods, events }) => {
      type Cb = (payload: unknown) => void;
      const w = window as unknown as Record<string, unknown>;
      const binding = w.__dossierInvoke as (m: string, a: string | undefined) => Promise<string>;
      const invoke = (m: string, a: unknown) =>
        binding(m, a === undefined ? undefined : JSON.stringify(a)).then((r) => JSON.parse(r) as unknown);
      const listeners = new Map<string, Set<Cb>>();
      Object.defineProperty(window, '__dossierEmit', {
        value: (event: string, json: string | undefined) => {
          const payload = json === undefined ? undefined : (JSON.parse(json) as unknown);
          listeners.get(event)?.forEach((cb) => cb(payload));
        },
      });
      const table: Record<string, (args?: unknown) => Promise<unknown>> = {};
      for (const m of methods) table[m] = (args?: unknown) => invoke(m, args);
      w.dossier = Object.freeze({
        methods: Object.freeze(table),
        on(event: string, cb: Cb) {
          if (!events.includes(event)) throw new Error(`Unknown event: ${event}`);
          const set = listeners.get(event) ?? new Set<Cb>();
          listeners.set(event, set);
          set.add(cb);
          return () => set.delete(cb);
        },
      });
    },
    { methods: [...METHOD_NAMES] as string[], events: [...EVENT_NAMES] as string[] },
  );
}

/** Forward a service event into the page, as `webContents.send` does in the app. */
export async function emitToPage(page: Page, event: string, payload: unknown): Promise<void> {
  if (page.isClosed()) return;
  await page
    .evaluate(([e, p]) => (window as unknown as { __dossierEmit?: (e: string, p: string | undefined) => void }).__dossierEmit?.(e, p), [
      event,
      payload === undefined ? undefined : JSON.stringify(payload),
    ] as const)
    .catch(() => undefined);
}
