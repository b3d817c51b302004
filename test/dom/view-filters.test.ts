import { describe, expect, it } from 'vitest';
import type { StorySummary } from '@core/api';
import { dateRangeIn, withDateRange } from '../../renderer/src/lib/views/date-range';
import { filtersEntity, withEntity } from '../../renderer/src/lib/views/entity-filter';
import { lanesBySource, lanesByStoryline } from '../../renderer/src/lib/views/lanes';
import { buildTimelineModel } from '../../renderer/src/lib/views/timeline-model';
import { autoUnit, bucketStart, dayOf } from '../../renderer/src/lib/views/time-buckets';

const story = (id: string, source: string | null, date: string | null = '2025-11-03'): StorySummary => ({
  id,
  docId: id,
  path: `${id}.txt`,
  index: 0,
  title: id,
  date,
  source,
  byline: null,
  language: 'en',
  words: 10,
});

describe('what the views write into the library query', () => {
  it('a brushed range replaces the date bounds and keeps every other term; before: is the day after the last', () => {
    expect(withDateRange('Korsa source:Reuters', { from: '2025-11-03', to: '2025-11-30' })).toBe(
      'Korsa source:Reuters after:2025-11-03 before:2025-12-01',
    );
    expect(withDateRange('after:2024-01-01 Korsa before:2024-02-01', { from: '2025-11-03', to: '2025-11-03' })).toBe(
      'Korsa after:2025-11-03 before:2025-11-04',
    );
    expect(withDateRange('Korsa after:2025-11-03 before:2025-12-01', null)).toBe('Korsa');
    // An exclusion the analyst typed is theirs, not the timeline's.
    expect(withDateRange('Korsa -after:2026-01-01', null)).toBe('Korsa -after:2026-01-01');
    expect(dateRangeIn('Korsa after:2025-11-03 before:2025-12-01')).toEqual({ from: '2025-11-03', to: '2025-11-30' });
    expect(dateRangeIn('Korsa')).toBeNull();
  });

  it('an entity click replaces the entity filter, quoting names with spaces', () => {
    expect(withEntity('Korsa entity:"Mira Holt"', 'Anna Lindqvist')).toBe('Korsa entity:"Anna Lindqvist"');
    expect(withEntity('entity:Veltria after:2025-11-03', 'Korsa')).toBe('after:2025-11-03 entity:Korsa');
    expect(withEntity('Korsa entity:"Anna Lindqvist"', null)).toBe('Korsa');
    expect(filtersEntity('Korsa entity:"Anna Lindqvist"', 'Anna Lindqvist')).toBe(true);
    expect(filtersEntity('Korsa entity:"Anna Lindqvist"', 'Anna')).toBe(false);
  });
});

describe('timeline lanes and buckets', () => {
  it('by outlet: busiest first, the rest in one lane, every story in a lane', () => {
    const stories = [
      ...['a', 'b', 'c'].map((id) => story(id, 'Reuters')),
      story('d', 'Nordwire'),
      story('e', 'Nordwire'),
      story('f', 'TT'),
      story('g', null),
    ];
    const a = lanesBySource(3)(stories);
    expect(a.lanes.map((l) => l.label)).toEqual(['Reuters', 'Nordwire', 'Other outlets']);
    expect(stories.map((s) => a.laneOf(s))).toEqual([0, 0, 0, 1, 1, 2, 2]);
    expect(lanesBySource(8)(stories).lanes.map((l) => l.label)).toEqual(['Reuters', 'Nordwire', 'TT', 'No outlet named']);
  });

  it('by storyline: the same chart fed storylines, largest first', () => {
    const stories = ['a', 'b', 'c', 'd'].map((id) => story(id, 'Reuters'));
    const adapter = lanesByStoryline([
      { id: 's1', label: 'Hotline talks', stories: ['b'] },
      { id: 's2', label: 'Korsa grounding', stories: ['a', 'c'] },
    ]);
    const model = buildTimelineModel(stories, adapter, 'day');
    expect(model.by).toBe('storyline');
    expect(model.lanes.map((l) => [l.label, l.total])).toEqual([
      ['Korsa grounding', 2],
      ['Hotline talks', 1],
      ['Other stories', 1],
    ]);
  });

  it('picks a readable unit, and a stray date never makes the axis centuries long', () => {
    expect(autoUnit('2025-11-03', '2025-11-20')).toBe('day');
    expect(autoUnit('2025-11-03', '2026-03-04')).toBe('week');
    expect(autoUnit('2020-01-01', '2026-03-04')).toBe('month');
    expect(autoUnit('1990-01-01', '2026-03-04')).toBe('year');
    expect(bucketStart('2025-11-06', 'week')).toBe('2025-11-03');
    expect(dayOf('0001-01-01')).toBeNull();
    expect(dayOf('2025-13-45')).toBeNull();
    const model = buildTimelineModel(
      [story('a', 'TT', '2025-11-03'), story('b', 'TT', '0002-02-02'), story('c', 'TT', 'soon')],
      lanesBySource(),
      'day',
    );
    expect(model.buckets).toEqual(['2025-11-03']);
    expect(model.undated).toBe(2);
    // A unit the span does not allow falls back to the readable one.
    const wide = buildTimelineModel([story('a', 'TT', '1900-01-01'), story('b', 'TT', '2100-01-01')], lanesBySource(), 'day');
    expect(wide.unit).toBe('year');
    expect(wide.units).toEqual(['year']);
  });
});
