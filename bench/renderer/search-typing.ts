import { writeFileSync } from 'node:fs';
import { median } from '../peers/timing';
import type { PageRun } from './page-run';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Search box → list updated (count line changed and painted), typing the two words of `pair` in turn. */
export async function measureSearchTyping(run: PageRun, pair: string[]): Promise<void> {
  const { page, cdp, busyMs, mainTime, cpuProfile, stories, emitLine } = run;
  if (pair.length < 2)
    emitLine({
      metric: 'renderer.search-typing',
      skipped: true,
      reason: 'no two title words with different hit counts under 500 in the corpus',
    });
  else {
    const times: number[] = [];
    const typeBusy: number[] = [];
    const typeMain: number[] = [];
    for (let i = 0; i < 20; i++) {
      const q = pair[i % 2];
      const busy0 = await busyMs();
      mainTime.reset();
      if (cpuProfile && i === 10) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
      const ms = await page.evaluate(async (query) => {
        const input = document.querySelector('[aria-label="Search stories"]') as HTMLInputElement;
        const count = () => document.querySelector('.library .count [aria-live]')?.textContent ?? '';
        const before = count();
        const t = performance.now();
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
      }, q);
      // Let replies still in flight (the rest of the results) land inside this sample's accounting.
      await page.waitForTimeout(400);
      if (cpuProfile && i === 10)
        writeFileSync(
          cpuProfile.replace(/(\.cpuprofile)?$/, '.typing.cpuprofile'),
          JSON.stringify((await cdp.send('Profiler.stop')).profile),
        );
      if (i > 1) {
        times.push(ms); // the first two warm the index and the page
        typeBusy.push((await busyMs()) - busy0);
        typeMain.push(mainTime.total());
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
      emitLine({
        metric: 'renderer.search-typing.renderer-busy-p95',
        value: +p95(typeBusy).toFixed(1),
        unit: 'ms',
        target: null,
        ok: null,
        median: +median(typeBusy).toFixed(1),
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
