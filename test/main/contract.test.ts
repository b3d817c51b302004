import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, EVENT_NAMES, INVOKE_CHANNEL, METHOD_NAMES, routes, type Services } from '../../electron/core/api';

// A stand-in for the parts of `electron` the preload and ipc.ts use: the real binary
// cannot run in plain Node, and the point here is what they register, not Electron itself.
const exposed: Record<string, unknown> = {};
const handlers = new Map<string, (...a: unknown[]) => unknown>();
const invoke = vi.fn(async (..._a: unknown[]) => ({ ok: true, value: null }));
const rendererListeners = new Map<string, Set<(...a: unknown[]) => void>>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...a: unknown[]) => invoke(...a),
    on: (ch: string, l: (...a: unknown[]) => void) => {
      const set = rendererListeners.get(ch) ?? new Set();
      rendererListeners.set(ch, set);
      set.add(l);
    },
    removeListener: (ch: string, l: (...a: unknown[]) => void) => rendererListeners.get(ch)?.delete(l),
  },
  ipcMain: {
    handle: (ch: string, h: (...a: unknown[]) => unknown) => handlers.set(ch, h),
    removeHandler: (ch: string) => handlers.delete(ch),
  },
}));

interface Bridge {
  methods: Record<string, (args?: unknown) => Promise<unknown>>;
  on: (event: string, cb: (p: unknown) => void) => () => void;
}

describe('preload ↔ API contract', () => {
  beforeEach(async () => {
    await import('../../electron/preload/index');
  });

  it('exposes exactly the API method names and nothing generic', () => {
    const bridge = exposed.dossier as Bridge;
    expect(Object.keys(exposed)).toEqual(['dossier']);
    expect(Object.keys(bridge).sort()).toEqual(['methods', 'on']);
    expect(Object.keys(bridge.methods).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(routes).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('sends each method over the one prefixed channel', async () => {
    const bridge = exposed.dossier as Bridge;
    for (const m of METHOD_NAMES) {
      invoke.mockClear();
      await bridge.methods[m]({ probe: 1 });
      expect(invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, m, { probe: 1 });
    }
    expect(INVOKE_CHANNEL.startsWith('dossier:')).toBe(true);
  });

  it('delivers only subscribed events, refuses unknown ones, and unsubscribes', () => {
    const bridge = exposed.dossier as Bridge;
    expect(() => bridge.on('not.an.event', () => undefined)).toThrow(/Unknown event/);
    const got: unknown[] = [];
    const off = bridge.on(EVENT_NAMES[0], (p) => got.push(p));
    const fire = (event: string, payload: unknown) => rendererListeners.get(EVENT_CHANNEL)?.forEach((l) => l({}, { event, payload }));
    fire(EVENT_NAMES[0], 1);
    fire(EVENT_NAMES[1], 2);
    off();
    fire(EVENT_NAMES[0], 3);
    expect(got).toEqual([1]);
  });
});

describe('main ↔ API contract', () => {
  it('registers one handler that routes every method and refuses foreign pages', async () => {
    const { registerIpc } = await import('../../electron/main/ipc');
    const { FolderGrants } = await import('../../electron/main/folder-grants');
    const page = 'file:///app/out/renderer/index.html';
    // Services that record which method reached them: any call means dispatch routed it.
    const reached: string[] = [];
    const services = new Proxy({} as Services, {
      get: (_t, area: string) => new Proxy({}, { get: (_u, fn: string) => () => (reached.push(`${area}.${fn}`), null) }),
    });
    const unregister = registerIpc(services, page, new FolderGrants());
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    const handler = handlers.get(INVOKE_CHANNEL)!;
    const from = (url: string) => ({ senderFrame: { url, parent: null } });

    for (const m of METHOD_NAMES) {
      const res = (await handler(from(page), m, {})) as { ok: boolean; error?: { code: string } };
      expect(res.ok || res.error?.code !== 'unknown-method').toBe(true);
    }
    expect(reached.length).toBeGreaterThan(0);

    const foreign = (await handler(from('https://evil.example/'), METHOD_NAMES[0], {})) as { ok: boolean; error: { code: string } };
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const unknown = (await handler(from(page), 'fs.readFile', {})) as { ok: boolean; error: { code: string } };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    unregister();
    expect(handlers.size).toBe(0);
  });
});
