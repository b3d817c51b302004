import type { PageRun } from './page-run';

/** Library scroll: the unfiltered list scrolled by script, one step per animation frame. */
export async function measureLibraryScroll({ page, stories, emitLine }: PageRun): Promise<void> {
  await page.locator('[aria-label="Search stories"]').fill('');
  await page.waitForTimeout(500);
  const scroll = await page.evaluate(async () => {
    const list = document.querySelector('.library [role="listbox"]') as HTMLElement | null;
    if (!list) return null;
    const frames: number[] = [];
    let last = performance.now();
    const end = last + 3000;
    return new Promise<{ fps: number; p95: number; frames: number }>((resolve) => {
      const step = (now: number) => {
        frames.push(now - last);
        last = now;
        list.scrollTop = (list.scrollTop + 97) % Math.max(1, list.scrollHeight - list.clientHeight);
        if (now < end) requestAnimationFrame(step);
        else {
          const sorted = frames.slice(1).sort((a, b) => a - b);
          const total = sorted.reduce((a, b) => a + b, 0);
          resolve({ fps: (1000 * sorted.length) / total, p95: sorted[Math.floor(sorted.length * 0.95)], frames: sorted.length });
        }
      };
      requestAnimationFrame(step);
    });
  });
  if (!scroll) emitLine({ metric: 'renderer.library-scroll-fps', skipped: true, reason: 'the library list was not on screen' });
  else
    emitLine({
      metric: 'renderer.library-scroll-fps',
      value: +scroll.fps.toFixed(1),
      unit: 'fps',
      target: '> 50',
      ok: scroll.fps > 50,
      frameP95Ms: +scroll.p95.toFixed(1),
      frames: scroll.frames,
      stories: stories,
    });
}
