import type { Page } from 'playwright-core';
import { dispatch, EVENT_NAMES, METHOD_NAMES, type Services } from '../../electron/core/api';

/**
 * Play the preload's role in a plain Chromium: `window.dossier` gets the same shape (one
 * function per method, `on` with unsubscribe), and every call reaches the same `dispatch`
 * the IPC handler uses, with real services. Only the IPC hop itself is replaced.
 */
export async function installBridge(page: Page, services: Services): Promise<void> {
  await page.exposeBinding('__dossierInvoke', (_source, method: unknown, args: unknown) => dispatch(services, method, args));
  await page.addInitScript(
    ({ methods, events }) => {
      type Cb = (payload: unknown) => void;
      const w = window as unknown as Record<string, unknown>;
      const invoke = w.__dossierInvoke as (m: string, a: unknown) => Promise<unknown>;
      const listeners = new Map<string, Set<Cb>>();
      Object.defineProperty(window, '__dossierEmit', {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((cb) => cb(payload)),
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
    .evaluate(([e, p]) => (window as unknown as { __dossierEmit?: (e: string, p: unknown) => void }).__dossierEmit?.(e, p), [
      event,
      payload,
    ] as const)
    .catch(() => undefined);
}
