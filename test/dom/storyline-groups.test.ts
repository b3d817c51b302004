import { describe, expect, it } from 'vitest';
import type { StorySummary } from '@core/api';
import type { StorylineSummary } from '@core/ports/discovery-port';
import { groupRows } from '../../renderer/src/lib/library/group';
import { storylineIndex } from '../../renderer/src/lib/library/storyline-groups';

const story = (id: string, date: string | null): StorySummary => ({
  id,
  docId: id,
  path: `${id}.txt`,
  index: 0,
  title: id,
  date,
  source: 'Reuters',
  byline: null,
  language: 'en',
  words: 10,
});

const line = (id: string, label: string, stories: string[], first: string | null, last: string | null): StorylineSummary => ({
  id,
  label,
  first,
  last,
  sources: ['Reuters'],
  stories,
});

describe('the library grouped by storyline', () => {
  it('labels each group with its storyline and dates, lists stories in their storyline order (oldest first), and the rest last', () => {
    const stories = [
      story('a', '2025-11-05'),
      story('b', '2025-11-03'),
      story('c', null),
      story('d', '2025-11-04'),
      story('e', '2025-11-01'),
    ];
    const of = storylineIndex([
      line('sl-x', 'Korsa grounding', ['b', 'a'], '2025-11-03', '2025-11-05'),
      line('sl-y', 'Hotline talks', ['e', 'd', 'c'], '2025-11-01', '2025-11-04'),
    ]);
    const rows = groupRows(stories, 'storyline', undefined, of);
    const shape = rows.map((r) => (r.type === 'group' ? `# ${r.label} · ${r.detail ?? ''} (${r.count})` : r.story.id));
    expect(shape).toEqual([
      expect.stringMatching(/^# Hotline talks · .*2025.* – .*2025.* \(3\)$/),
      'e',
      'd',
      'c',
      expect.stringMatching(/^# Korsa grounding · .* \(2\)$/),
      'b',
      'a',
    ]);
    expect(groupRows([...stories, story('z', '2025-11-02')], 'storyline', undefined, of).slice(-2)).toEqual([
      { type: 'group', key: 'g:', label: 'Not in a storyline', count: 1 },
      { type: 'story', key: 'z', story: expect.objectContaining({ id: 'z' }) },
    ]);
  });

  it('a one-day storyline shows one date, and a search that keeps part of a storyline counts only what it shows', () => {
    const of = storylineIndex([line('sl-x', 'Korsa grounding', ['a', 'b'], '2025-11-03', '2025-11-03')]);
    const rows = groupRows([story('a', '2025-11-03')], 'storyline', undefined, of);
    expect(rows[0]).toMatchObject({ type: 'group', count: 1 });
    expect(rows[0]).toMatchObject({ label: 'Korsa grounding', detail: expect.stringContaining('2025') });
    expect((rows[0] as { detail: string }).detail).not.toContain('–');
  });

  it('groups 30,000 stories in one pass over a map built once', () => {
    const stories = Array.from({ length: 30_000 }, (_, i) => story(`s${i}`, `2025-${String((i % 12) + 1).padStart(2, '0')}-01`));
    const lines = Array.from({ length: 3_000 }, (_, k) =>
      line(
        `sl-${k}`,
        `line ${k}`,
        stories.slice(k * 8, k * 8 + 8).map((s) => s.id),
        '2025-01-01',
        '2025-12-01',
      ),
    );
    const of = storylineIndex(lines);
    expect(of.size).toBe(24_000);
    const rows = groupRows(stories, 'storyline', undefined, of);
    expect(rows.filter((r) => r.type === 'group')).toHaveLength(3_001);
    expect(rows.filter((r) => r.type === 'story')).toHaveLength(30_000);
  });
});
