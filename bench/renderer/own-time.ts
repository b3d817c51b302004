import type { Page } from 'playwright-core';

/**
 * The renderer's own main-thread time, apart from the bridge. Installed after the bridge, this
 * script wraps `window.dossier` so each reply and event is timed from the moment the app's code
 * gets it (the bridge has decoded it by then) to the start of the next task: the app's
 * continuations, Svelte's update and, when a frame falls in between, its style, layout and paint.
 * After each such stretch it also times the next frame (from its animation-frame callbacks to the
 * next task), so the rendering of what the app changed is counted even when it runs later.
 * The app's timer callbacks are timed the same way. `begin()` opens a stretch for work the bench
 * starts itself (a keystroke, a click). Stretches
 * are kept as intervals and merged, so overlaps count once. Passed as a string: tsx's `__name`
 * helper does not exist in the page.
 */
const SCRIPT = `(() => {
  const spans = [];
  const open = [];
  const port = new MessageChannel();
  port.port1.onmessage = () => {
    const s = open.shift();
    if (s !== undefined) spans.push([s, performance.now()]);
  };
  let frameAsked = false;
  const frame = () => {
    frameAsked = false;
    open.push(performance.now());
    port.port2.postMessage(0);
  };
  const begin = () => {
    open.push(performance.now());
    port.port2.postMessage(0);
    if (!frameAsked) {
      frameAsked = true;
      requestAnimationFrame(frame);
    }
  };
  // The app's own timers (hits painted after the frame, debounced work) are its time too.
  const setTimer = window.setTimeout.bind(window);
  window.setTimeout = (fn, ms, ...rest) => setTimer(typeof fn === 'function' ? (...a) => (begin(), fn(...a)) : fn, ms, ...rest);
  const bridge = window.dossier;
  if (!bridge) return;
  const methods = {};
  for (const [name, fn] of Object.entries(bridge.methods))
    methods[name] = (args) => fn(args).then((value) => (begin(), value));
  window.dossier = Object.freeze({
    methods: Object.freeze(methods),
    on: (event, cb) => bridge.on(event, (payload) => (begin(), cb(payload))),
  });
  window.__ownTime = {
    begin,
    reset: () => { spans.length = 0; },
    total: () => {
      const sorted = spans.slice().sort((a, b) => a[0] - b[0]);
      let sum = 0, from = 0, to = 0;
      sorted.forEach(([a, b], i) => {
        if (i === 0 || a > to) { sum += to - from; from = a; to = b; }
        else if (b > to) to = b;
      });
      return sum + (to - from);
    },
  };
})();`;

/** Install the accounting; call after `installBridge`, before the page loads. */
export async function installOwnTime(page: Page): Promise<void> {
  await page.addInitScript(SCRIPT);
}

/** Forget the stretches timed so far (at the start of a measured interaction). */
export async function resetOwnTime(page: Page): Promise<void> {
  await page.evaluate('window.__ownTime && window.__ownTime.reset()');
}

/** The renderer's own main-thread ms since the last reset (merged stretches). */
export async function ownTimeMs(page: Page): Promise<number> {
  return (await page.evaluate('window.__ownTime ? window.__ownTime.total() : NaN')) as number;
}
