import { describe, expect, it } from 'vitest';
import { clusterVariants, duplicatesByStory } from '../../../electron/core/related/cluster-variants';
import type { DuplicateCluster } from '../../../electron/core/related/duplicates';

const texts: Record<string, string> = {
  a: 'Lavrov met Wang Yi in Tianjin on Monday.',
  b: 'Lavrov met Wang Yi in Tianjin on Tuesday.',
  c: 'Lavrov met Wang Yi in Tianjin on Monday, officials said.',
};
const meta: Record<string, { path: string; title: string }> = {
  a: { path: 'a.txt', title: 'Lavrov in Tianjin' },
  b: { path: 'b.txt', title: 'Lavrov in Tianjin (AFP)' },
};
const cluster: DuplicateCluster = {
  id: 'a',
  storyIds: ['a', 'b', 'c'],
  similarity: 0.75,
  pairs: [
    { a: 'b', b: 'a', similarity: 0.9 },
    { a: 'b', b: 'c', similarity: 0.75 },
  ],
};

describe('near-duplicate variants', () => {
  const variants = clusterVariants(
    cluster,
    (id) => meta[id],
    (id) => texts[id],
  );

  it('makes the first story the reference with no differences', () => {
    expect(variants[0]).toEqual({
      storyId: 'a',
      path: 'a.txt',
      title: 'Lavrov in Tianjin',
      text: texts.a,
      similarity: 1,
      added: [],
      removed: [],
    });
  });

  it('marks each variant’s words against the reference, with its similarity to it', () => {
    const b = variants[1];
    expect(b.similarity).toBe(0.9);
    expect(b.added.map((r) => b.text.slice(r.start, r.end))).toEqual(['Tuesday']);
    expect(b.removed.map((r) => texts.a.slice(r.start, r.end))).toEqual(['Monday']);
  });

  it('falls back to the group similarity for a story linked through another, and to empty labels for one the catalog lost', () => {
    const c = variants[2];
    expect(c.similarity).toBe(0.75);
    expect(c.path).toBe('');
    expect(c.title).toBe('');
    expect(c.added.map((r) => c.text.slice(r.start, r.end)).join(' ')).toContain('officials');
  });

  it('lists every story’s duplicates in both directions', () => {
    const dup = duplicatesByStory([cluster]);
    expect(dup.get('a')).toEqual([{ storyId: 'b', similarity: 0.9 }]);
    expect(dup.get('b')).toEqual([
      { storyId: 'a', similarity: 0.9 },
      { storyId: 'c', similarity: 0.75 },
    ]);
    expect(dup.get('c')).toEqual([{ storyId: 'b', similarity: 0.75 }]);
  });
});
