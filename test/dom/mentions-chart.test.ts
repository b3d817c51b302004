import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import MentionsChart from '../../renderer/src/components/charts/MentionsChart.svelte';
import { mentionsSeries } from '../../renderer/src/lib/views/mentions-series';

afterEach(() => cleanup());

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

describe("an entity's mentions over time", () => {
  it('buckets mentions by week over a continuous axis, bar heights in proportion to the busiest week', () => {
    const series = mentionsSeries([
      { date: '2025-11-03', count: 3 },
      { date: '2025-11-05T10:00:00Z', count: 1 },
      { date: '2025-11-20', count: 2 },
      { date: '2025-12-22', count: 1 },
      { date: null, count: 5 },
      { date: '0001-01-01', count: 9 },
    ]);
    expect(series.unit).toBe('week');
    // Seven weeks from 3 Nov: a quiet week is a gap, not a missing bar.
    expect(series.bars.map((b) => [b.start, b.mentions, b.stories])).toEqual([
      ['2025-11-03', 4, 2],
      ['2025-11-10', 0, 0],
      ['2025-11-17', 2, 1],
      ['2025-11-24', 0, 0],
      ['2025-12-01', 0, 0],
      ['2025-12-08', 0, 0],
      ['2025-12-15', 0, 0],
      ['2025-12-22', 1, 1],
    ]);
    // Undated stories, and a date no news story has, are counted apart rather than stretching the axis.
    expect(series.undated).toBe(14);

    render(MentionsChart, { series, name: 'Anna Lindqvist', height: 82 });
    const bars = [...document.querySelectorAll<SVGRectElement>('rect.bar')].map((r) => [
      Number(r.dataset.mentions),
      Number(r.getAttribute('height')),
    ]);
    expect(bars).toEqual([
      [4, 80],
      [0, 0],
      [2, 40],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 20],
    ]);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Mentions of Anna Lindqvist by week, 3 Nov to 22 Dec: 7 in all, most (4) in 3 Nov',
    );
    expect(screen.getByText('14 more in undated stories')).toBeTruthy();
  });

  it('says so when no mention is dated', () => {
    render(MentionsChart, { series: mentionsSeries([{ date: null, count: 2 }]), name: 'Ilse Varga' });
    expect(screen.getByText('No dated mentions (2 in undated stories).')).toBeTruthy();
    expect(document.querySelector('svg')).toBeNull();
  });
});
