import { describe, expect, it } from 'vitest';
import { moveItem, moveSection, placeItem, regroup, removeItem } from '../../../electron/core/briefs/edit';
import type { BriefContent } from '../../../electron/core/briefs/model';

const text = (id: string) => ({ kind: 'text' as const, id, text: id });
const hl = (id: string) => ({ kind: 'highlight' as const, id, highlightId: id });

const base: BriefContent = {
  title: 'T',
  author: '',
  date: '2025-07-01',
  handling: '',
  summary: '',
  paper: 'A4',
  appendix: false,
  sections: [
    { id: 'A', heading: 'A', items: [text('a1'), text('a2'), text('a3')] },
    { id: 'B', heading: 'B', items: [text('b1')] },
  ],
};
const ids = (c: BriefContent) => c.sections.map((s) => s.items.map((i) => i.id).join(','));

describe('moveItem (keyboard reordering)', () => {
  it.each([
    ['down within a section', { section: 0, item: 0 }, 1, ['a2,a1,a3', 'b1'], { section: 0, item: 1 }],
    ['up within a section', { section: 0, item: 2 }, -1, ['a1,a3,a2', 'b1'], { section: 0, item: 1 }],
    ['down off the end into the next section', { section: 0, item: 2 }, 1, ['a1,a2', 'a3,b1'], { section: 1, item: 0 }],
    ['up off the top into the previous section', { section: 1, item: 0 }, -1, ['a1,a2,a3,b1', ''], { section: 0, item: 3 }],
    ['up at the very top stays put', { section: 0, item: 0 }, -1, ['a1,a2,a3', 'b1'], { section: 0, item: 0 }],
    ['down at the very end stays put', { section: 1, item: 0 }, 1, ['a1,a2,a3', 'b1'], { section: 1, item: 0 }],
  ] as const)('%s', (_n, at, delta, expected, where) => {
    const r = moveItem(base, at, delta);
    expect(ids(r.content)).toEqual(expected);
    expect(r.at).toEqual(where);
  });

  it('never changes the brief it was given', () => {
    moveItem(base, { section: 0, item: 0 }, 1);
    expect(ids(base)).toEqual(['a1,a2,a3', 'b1']);
  });
});

describe('other edits', () => {
  it('drags an item to another section, removes items, swaps sections', () => {
    expect(ids(placeItem(base, { section: 0, item: 0 }, { section: 1, item: 1 }))).toEqual(['a2,a3', 'b1,a1']);
    expect(ids(removeItem(base, { section: 0, item: 1 }))).toEqual(['a1,a3', 'b1']);
    expect(moveSection(base, 1, -1).sections.map((s) => s.id)).toEqual(['B', 'A']);
    expect(moveSection(base, 1, 1)).toBe(base);
  });

  it('regroups by story in date order and by tag, keeping analyst text in a closing section', () => {
    const c: BriefContent = {
      ...base,
      sections: [
        {
          id: 'x',
          heading: 'x',
          items: [hl('h1'), text('t'), hl('h2'), hl('h3'), { kind: 'story', id: 'st', storyId: 'late', comment: '' }],
        },
      ],
    };
    const story: Record<string, string> = { h1: 'late', h2: 'early', h3: 'late' };
    const tag: Record<string, string | null> = { h1: 'fees', h2: null, h3: 'army' };
    const info = {
      storyOf: (h: string) => story[h],
      tagOf: (h: string) => tag[h],
      storyTitle: (s: string) => `Story ${s}`,
      storyOrder: (s: string) => (s === 'early' ? '2025-01-01' : '2025-02-01'),
    };
    let n = 0;
    const byStory = regroup(c, 'story', info, () => `g${++n}`);
    expect(byStory.sections.map((s) => [s.heading, s.items.map((i) => i.id).join(',')])).toEqual([
      ['Story early', 'h2'],
      ['Story late', 'st,h1,h3'],
      ['Notes', 't'],
    ]);
    const byTag = regroup(c, 'tag', info, () => `g${++n}`);
    expect(byTag.sections.map((s) => [s.heading, s.items.map((i) => i.id).join(',')])).toEqual([
      ['army', 'h3'],
      ['fees', 'h1'],
      ['Untagged', 'h2'],
      ['Stories and notes', 't,st'],
    ]);
  });
});
