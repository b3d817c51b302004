/**
 * Wrap every service method so the bench can say how much of a measured interaction the
 * main process spent (dispatch's validation aside): the part a faster renderer cannot remove.
 */
export function timeServices<S extends object>(services: S): { services: S; reset: () => void; total: () => number } {
  let spent = 0;
  const wrap = (port: object) =>
    new Proxy(port, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const t = performance.now();
          const out = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (out instanceof Promise) return out.finally(() => (spent += performance.now() - t));
          spent += performance.now() - t;
          return out;
        };
      },
    });
  const proxied = Object.fromEntries(
    Object.entries(services).map(([k, port]) => [k, typeof port === 'object' && port ? wrap(port) : port]),
  ) as S;
  return { services: proxied, reset: () => (spent = 0), total: () => spent };
}
