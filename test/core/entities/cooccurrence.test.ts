import { describe, expect, it } from 'vitest';
import { cooccurringEntities, type CooccurrenceSource } from '../../../electron/core/entities/cooccurrence';

const byStory: Record<string, string[]> = {
  s1: ['lavrov', 'wang', 'tianjin'],
  s2: ['lavrov', 'wang'],
  s3: ['lavrov', 'kim'],
  gone: ['lavrov', 'ghost'],
};
const names: Record<string, { name: string; kind: 'person' | 'place' }> = {
  lavrov: { name: 'Sergey Lavrov', kind: 'person' },
  wang: { name: 'Wang Yi', kind: 'person' },
  tianjin: { name: 'Tianjin', kind: 'place' },
  kim: { name: 'Kim Jong Un', kind: 'person' },
  ghost: { name: 'Ghost', kind: 'person' },
};
const source: CooccurrenceSource = { forStory: (sid) => byStory[sid] ?? [], entity: (id) => names[id] };

describe('entity co-occurrence', () => {
  it('counts each neighbour once per shared story, most shared first, never the entity itself', () => {
    expect(cooccurringEntities(source, 'lavrov', ['s1', 's2', 's3'])).toEqual([
      { id: 'wang', name: 'Wang Yi', kind: 'person', stories: 2 },
      { id: 'tianjin', name: 'Tianjin', kind: 'place', stories: 1 },
      { id: 'kim', name: 'Kim Jong Un', kind: 'person', stories: 1 },
    ]);
  });

  it('counts only the stories it is given and caps the list', () => {
    expect(cooccurringEntities(source, 'lavrov', ['s3']).map((e) => e.id)).toEqual(['kim']);
    expect(cooccurringEntities(source, 'lavrov', ['s1', 's2', 's3', 'gone'], 2).map((e) => e.id)).toEqual(['wang', 'tianjin']);
  });

  it('skips a neighbour the index no longer has instead of failing', () => {
    const partial: CooccurrenceSource = { forStory: source.forStory, entity: (id) => (id === 'wang' ? undefined : names[id]) };
    expect(cooccurringEntities(partial, 'lavrov', ['s1', 's2']).map((e) => e.id)).toEqual(['tianjin']);
  });
});
