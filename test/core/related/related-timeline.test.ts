import { describe, expect, it } from 'vitest';
import { relatedStories, type RelatedContext } from '../../../electron/core/related/related';
import { buildTimeline } from '../../../electron/core/related/timeline';

const stories: Record<string, { id: string; title: string; path: string; date: string | null }> = {
  me: { id: 'me', title: 'Lavrov in Tianjin', path: 'a.txt', date: '2024-06-03' },
  twin: { id: 'twin', title: 'Lavrov in Tianjin (AFP)', path: 'b.txt', date: '2024-06-03' },
  near: { id: 'near', title: 'Wang Yi hosts Lavrov', path: 'c.txt', date: '2024-06-05' },
  far: { id: 'far', title: 'Lavrov at the UN', path: 'd.txt', date: '2023-01-01' },
  other: { id: 'other', title: 'Budget vote', path: 'e.txt', date: '2024-06-03' },
};
const ents: Record<string, { name: string; stories: Map<string, number> }> = {
  lavrov: {
    name: 'Lavrov',
    stories: new Map([
      ['me', 3],
      ['twin', 3],
      ['near', 1],
      ['far', 2],
    ]),
  },
  wang: {
    name: 'Wang Yi',
    stories: new Map([
      ['me', 1],
      ['near', 2],
    ]),
  },
  tianjin: {
    name: 'Tianjin',
    stories: new Map([
      ['me', 1],
      ['near', 1],
    ]),
  },
};
const ctx = (dismissed: string[] = []): RelatedContext => ({
  story: (id) => stories[id],
  entitiesOf: (id) =>
    Object.entries(ents)
      .filter(([, e]) => e.stories.has(id))
      .map(([k]) => k),
  entity: (id) => ents[id],
  duplicatesOf: (id) => (id === 'me' ? [{ storyId: 'twin', similarity: 0.92 }] : []),
  totalStories: 100,
  dismissed: (a, b) => dismissed.includes(a === 'me' ? b : a),
});

describe('related stories', () => {
  it('puts the near-duplicate first and explains every suggestion', () => {
    const r = relatedStories(ctx(), 'me');
    expect(r.map((x) => x.storyId)).toEqual(['twin', 'near', 'far']);
    expect(r[0].reason).toBe("same story as 'Lavrov in Tianjin (AFP)' in file b.txt, 92% identical");
    expect(r[1].reason).toBe('shares Wang Yi, Tianjin, Lavrov; same week');
    expect(r[2].reason).toBe('shares Lavrov');
  });

  it('leaves dismissed suggestions out', () => {
    expect(relatedStories(ctx(['near', 'twin']), 'me').map((x) => x.storyId)).toEqual(['far']);
  });

  it('returns nothing for an unknown story', () => {
    expect(relatedStories(ctx(), 'nope')).toEqual([]);
  });
});

describe('timeline', () => {
  const list = [
    { id: '1', title: 'B', path: 'x', date: '2024-06-05', source: null },
    { id: '2', title: 'A', path: 'x', date: '2024-06-03T10:00:00Z', source: null },
    { id: '3', title: 'C', path: 'x', date: '2024-06-10', source: null },
    { id: '4', title: 'D', path: 'y', date: null, source: null },
    { id: '5', title: 'E', path: 'z', date: 'not a date', source: null },
  ];

  it('groups by ISO week (Monday to Sunday), oldest first, undated apart', () => {
    const t = buildTimeline(list, 'week');
    expect(t.groups.map((g) => [g.key, g.from, g.to, g.stories.map((s) => s.id)])).toEqual([
      ['2024-06-03', '2024-06-03', '2024-06-09', ['2', '1']],
      ['2024-06-10', '2024-06-10', '2024-06-16', ['3']],
    ]);
    expect(t.undated.map((s) => s.id)).toEqual(['4', '5']);
  });

  it('groups by day and by month', () => {
    expect(buildTimeline(list, 'day').groups.map((g) => g.key)).toEqual(['2024-06-03', '2024-06-05', '2024-06-10']);
    const m = buildTimeline(list, 'month');
    expect(m.groups.map((g) => [g.key, g.label, g.to, g.stories.length])).toEqual([['2024-06', 'June 2024', '2024-06-30', 3]]);
  });
});
