import { median } from '../peers/timing';
import type { PageRun } from './page-run';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Press `key` on the window and resolve with the ms until `selector` is in the page and a frame has been drawn. */
async function switchTo(run: PageRun, key: string, selector: string): Promise<number> {
  return run.page.evaluate(
    async ([k, sel]) => {
      const t = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      return new Promise<number>((resolve) => {
        const check = () => {
          if (document.querySelector(sel)) requestAnimationFrame(() => resolve(performance.now() - t));
          else if (performance.now() - t > 30_000) resolve(Number.NaN);
          else requestAnimationFrame(check);
        };
        check();
      });
    },
    [key, selector] as const,
  );
}

/**
 * The entity view and the timeline: from the key that shows one (2, 3) to its chart or list on
 * screen, with the whole library in it. The first entity view waits for the entity listing; it is
 * reported apart, and the target is for switching to a view whose data the app already holds.
 */
export async function measureViews(run: PageRun): Promise<void> {
  const { page, stories, emitLine } = run;
  await page.locator('[aria-label="Search stories"]').fill('');
  await page.waitForTimeout(300);
  const views = [
    { metric: 'renderer.timeline-view', key: '3', selector: '[role="slider"][aria-label^="Timeline range"]' },
    { metric: 'renderer.entity-view', key: '2', selector: '[data-entity-id]' },
  ];
  for (const v of views) {
    const first = await switchTo(run, v.key, v.selector);
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      await switchTo(run, '1', '.reader');
      await page.waitForTimeout(100);
      times.push(await switchTo(run, v.key, v.selector));
    }
    const ok = times.every((t) => Number.isFinite(t));
    emitLine({
      metric: v.metric,
      value: ok ? +median(times).toFixed(1) : null,
      unit: 'ms',
      target: '<= 100',
      ok: ok && median(times) <= 100,
      p95Ms: ok ? +p95(times).toFixed(1) : null,
      firstMs: +first.toFixed(1),
      stories,
    });
  }
  await switchTo(run, '1', '.reader');
}
