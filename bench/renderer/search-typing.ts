import { writeFileSync } from 'node:fs';
import { median } from '../peers/timing';
import { ownTimeMs, resetOwnTime } from './own-time';
import type { PageRun } from './page-run';
import type { Page } from 'playwright-core';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Search box → list updated (count line changed and painted), typing the two words of `pair` in turn. */
export async function measureSearchTyping(run: PageRun, pair: string[]): Promise<void> {
  const { page, browser, cdp, busyMs, cpuMs, mainTime, cpuProfile, tracePath, stories, emitLine } = run;
  if (pair.length < 2)
    emitLine({
      metric: 'renderer.search-typing',
      skipped: true,
      reason: 'no two title words with different hit counts under 500 in the corpus',
    });
  else {
    const times: number[] = [];
    const typeBusy: number[] = [];
    const typeCpu: number[] = [];
    const typeMain: number[] = [];
    const typeOwn: number[] = [];
    for (let i = 0; i < 20; i++) {
      const q = pair[i % 2];
      const busy0 = await busyMs();
      const cpu0 = await cpuMs();
      mainTime.reset();
      await resetOwnTime(page);
      if (cpuProfile && i === 10) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
      if (tracePath && i === 11)
        await browser.startTracing(page, {
          path: tracePath.replace(/(\.json)?$/, '.typing.json'),
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
        });
      const ms = await typeQuery(page, q);
      // Let replies still in flight (the facets) land inside this sample's accounting: until the filter
      // panel says its facets are the new query's, and a frame after, at most 400 ms.
      await page
        .waitForSelector('.library [aria-label="Filters"][aria-busy="false"]', { state: 'attached', timeout: 400 })
        .then(() => page.waitForTimeout(100))
        .catch(() => undefined);
      if (cpuProfile && i === 10)
        writeFileSync(
          cpuProfile.replace(/(\.cpuprofile)?$/, '.typing.cpuprofile'),
          JSON.stringify((await cdp.send('Profiler.stop')).profile),
        );
      if (tracePath && i === 11) await browser.stopTracing();
      if (i > 1) {
        times.push(ms); // the first two warm the index and the page
        typeBusy.push((await busyMs()) - busy0);
        typeCpu.push((await cpuMs()) - cpu0);
        typeMain.push(mainTime.total());
        typeOwn.push(await ownTimeMs(page));
      }
      if (!Number.isFinite(ms) && i > 2) break;
    }
    const good = times.filter(Number.isFinite);
    if (good.length === 0)
      emitLine({ metric: 'renderer.search-typing', skipped: true, reason: 'the story list never updated after typing (3 s)' });
    else {
      const v = p95(good);
      emitLine({
        metric: 'renderer.search-typing-p95',
        value: +v.toFixed(1),
        unit: 'ms',
        target: '≤ 50',
        ok: v <= 50,
        stories: stories,
        runs: good.length,
        lost: times.length - good.length,
        median: +median(good).toFixed(1),
      });
      // The renderer's own work (the app's code, Svelte's update, style, layout, paint), timed in
      // the page from each reply to the next task, with the bridge's decoding of replies left out.
      const own = p95(typeOwn);
      emitLine({
        metric: 'renderer.search-typing.renderer-own-p95',
        value: +own.toFixed(1),
        unit: 'ms',
        target: '≤ 16',
        ok: own <= 16,
        median: +median(typeOwn).toFixed(1),
        stories: stories,
      });
      // Every task on the page's main thread, the bridge's decoding of replies included.
      emitLine({
        metric: 'renderer.search-typing.main-thread-p95',
        value: +p95(typeBusy).toFixed(1),
        unit: 'ms',
        target: null,
        ok: null,
        median: +median(typeBusy).toFixed(1),
        cpuMedian: +median(typeCpu).toFixed(1),
        stories: stories,
      });
      // search.query in the main process, which the renderer cannot make faster (electron/core/search).
      emitLine({
        metric: 'renderer.search-typing.main-process-p95',
        value: +p95(typeMain).toFixed(1),
        unit: 'ms',
        target: null,
        ok: null,
        median: +median(typeMain).toFixed(1),
        stories: stories,
      });
    }
  }
}

/**
 * Type `query` into the search box (as one input event) and resolve with the milliseconds until
 * the result count shows it and a frame has been painted after; NaN after 3 s. The renderer's
 * own-time counter (own-time.ts) starts with the keystroke.
 */
export function typeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const input = document.querySelector('[aria-label="Search stories"]') as HTMLInputElement;
    const count = () => document.querySelector('.library .count [aria-live]')?.textContent ?? '';
    const before = count();
    const t = performance.now();
    (window as unknown as { __ownTime?: { begin: () => void } }).__ownTime?.begin();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return new Promise<number>((resolve) => {
      const check = () => {
        if (count() !== before && /match/.test(count())) requestAnimationFrame(() => resolve(performance.now() - t));
        else if (performance.now() - t > 3_000) resolve(Number.NaN);
        else requestAnimationFrame(check);
      };
      check();
    });
  }, query);
}
