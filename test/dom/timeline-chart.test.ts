import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import type { StorySummary } from '@core/api';
import TimelineChart from '../../renderer/src/panes/timeline/TimelineChart.svelte';
import { buildTimelineModel } from '../../renderer/src/lib/views/timeline-model';
import { lanesBySource } from '../../renderer/src/lib/views/lanes';
import type { BrushRange } from '../../renderer/src/lib/views/brush';

afterEach(() => cleanup());

// jsdom has no layout, so no ResizeObserver (Svelte's bind:clientWidth needs one): the chart measures 0 and draws at its fallback width.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const story = (id: string, date: string | null, source: string | null, dateGuessed = false): StorySummary => ({
  id,
  docId: `d-${id}`,
  path: `${id}.txt`,
  index: 0,
  title: `Story ${id}`,
  date,
  ...(dateGuessed ? { dateGuessed: true } : {}),
  source,
  byline: null,
  language: 'en',
  words: 100,
});

// Four days in a row (day bars), Reuters busiest: day 1 has 4 Reuters stories, day 3 has 2 and
// one Nordwire story whose date is guessed; day 2 is empty and day 4 has one Nordwire story.
const STORIES = [
  ...['a', 'b', 'c', 'd'].map((id) => story(id, '2025-11-03', 'Reuters')),
  story('e', '2025-11-05', 'Reuters'),
  story('f', '2025-11-05T09:30:00Z', 'Reuters'),
  story('g', '2025-11-05', 'Nordwire', true),
  story('h', '2025-11-06', 'Nordwire'),
  story('u', null, 'Reuters'),
];

/** Render the chart the way the timeline view does: the range is the parent's, fed back through onrange. */
function renderChart() {
  const model = buildTimelineModel(STORIES, lanesBySource(), 'day');
  const applied: BrushRange[] = [];
  let cleared = 0;
  const view = render(TimelineChart, {
    model,
    range: null,
    onrange: (r: BrushRange | null) => void view.rerender({ range: r }),
    onapply: (r: BrushRange) => void applied.push(r),
    onclear: () => void cleared++,
  });
  const slider = screen.getByRole('slider', { name: /Timeline range, lanes by outlet/ });
  const brush = async () => {
    await tick();
    const b = document.querySelector<SVGRectElement>('rect.brush');
    return b ? [Number(b.dataset.from), Number(b.dataset.to)] : null;
  };
  return { model, slider, brush, applied, cleared: () => cleared };
}

const heights = (selector: string) =>
  [...document.querySelectorAll<SVGRectElement>(selector)].map((r) => [Number(r.dataset.count), Number(r.getAttribute('height'))]);

describe('the timeline chart', () => {
  it('draws one bar per non-empty bucket and lane, heights in proportion to the busiest bar', () => {
    const { model } = renderChart();
    expect(model.buckets).toEqual(['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06']);
    expect(model.undated).toBe(1);
    expect(model.guessed).toBe(1);
    // Lanes share one scale: Reuters' 4 is full height (24 - 6), its 2 half; Nordwire's 1s a quarter.
    expect(heights('rect.bar[data-lane="Reuters"]')).toEqual([
      [4, 18],
      [2, 9],
    ]);
    expect(heights('rect.bar[data-lane="Nordwire"]')).toEqual([
      [1, 5],
      [1, 5],
    ]);
    // The overview sums the lanes; the empty day has no bar at all.
    expect(heights('rect.bar.total').map(([c]) => c)).toEqual([4, 3, 1]);
    expect(document.querySelectorAll('rect.bar.total[data-bucket="2025-11-04"]')).toHaveLength(0);
    // The guessed date is drawn apart (hatched) and said in the bar's tooltip.
    expect(document.querySelectorAll('rect.guess').length).toBe(2);
    expect(document.querySelector('rect.bar[data-lane="Nordwire"] title')?.textContent).toMatch(/1 story \(1 with a guessed date\)/);
  });

  it('brushes with the keyboard: arrows move the range, Shift+arrows widen it, Enter applies, Esc clears', async () => {
    const { slider, brush, applied, cleared } = renderChart();
    expect(await brush()).toBeNull();
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(await brush()).toEqual([0, 0]);
    await fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    expect(await brush()).toEqual([0, 1]);
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(await brush()).toEqual([1, 2]);
    // The range never runs off the axis.
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(await brush()).toEqual([2, 3]);
    await fireEvent.keyDown(slider, { key: 'Home' });
    expect(await brush()).toEqual([0, 1]);
    expect(slider.getAttribute('aria-valuetext')).toMatch(/to .*: 4 stories\. Enter filters the library/);
    expect(applied).toEqual([]);
    await fireEvent.keyDown(slider, { key: 'Enter' });
    expect(applied).toEqual([{ from: 0, to: 1 }]);
    await fireEvent.keyDown(slider, { key: 'Escape' });
    expect(await brush()).toBeNull();
    expect(cleared()).toBe(1);
  });

  it('brushes with the pointer: the drag, either way, is the range applied on release', async () => {
    const { slider, brush, applied } = renderChart();
    // jsdom lays nothing out: the chart draws at its fallback 600 px, 150 px a bucket.
    await fireEvent.pointerDown(slider, { clientX: 460, button: 0, pointerId: 1 });
    expect(await brush()).toEqual([3, 3]);
    await fireEvent.pointerMove(slider, { clientX: 200, pointerId: 1 });
    expect(await brush()).toEqual([1, 3]);
    await fireEvent.pointerUp(slider, { clientX: 170, pointerId: 1 });
    await tick();
    expect(applied).toEqual([{ from: 1, to: 3 }]);
  });
});
