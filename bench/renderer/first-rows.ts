import type { Page } from 'playwright-core';

/**
 * When the library's first rows were drawn, timed in the page: from the start of navigation
 * (the Performance API's time origin) to the first frame after a story row is in the DOM. Timed
 * there rather than by Playwright polling from the bench's process, which shares its event loop
 * with the services and reports a row only once both are free. Passed as a string: tsx's
 * `__name` helper does not exist in the page.
 */
const SCRIPT = `(() => {
  const seen = () => document.querySelector('[data-story-id]') !== null;
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__firstRowsMs = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Install the timing; call before the page loads. */
export async function installFirstRows(page: Page): Promise<void> {
  await page.addInitScript(SCRIPT);
}

/**
 * Ms from navigation to the first rows drawn; waits until they are. Polled with `evaluate` (a
 * DevTools call the page's CSP allows), not `waitForFunction`, whose polling evaluates a string.
 */
export async function firstRowsMs(page: Page, timeoutMs: number): Promise<number> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const ms = (await page.evaluate('window.__firstRowsMs ?? null')) as number | null;
    if (typeof ms === 'number') return ms;
    if (performance.now() > until) throw new Error(`the library showed no rows within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
