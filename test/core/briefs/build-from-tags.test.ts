import { describe, expect, it } from 'vitest';
import { buildFromTags } from '../../../electron/core/briefs/build-from-tags';
import { fixtureSource, HIGHLIGHTS, STORIES } from './fixture';

const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('buildFromTags', () => {
  it('makes one section per story in published-date order, undated stories last', () => {
    const src = fixtureSource({ stories: STORIES, highlights: HIGHLIGHTS });
    const b = buildFromTags(src, { title: 'Daily', tags: [], date: '2025-07-01', newId: counter() });
    expect(b.sections.map((s) => s.heading)).toEqual([
      'Заявление министерства о портовых сборах',
      'Harbour fees rise to £40 a tonne at Port Elsmere',
      'Quay workers plan a résumé of talks',
    ]);
    // Each section opens with the story reference, then its highlights.
    expect(b.sections[1].items.map((i) => i.kind)).toEqual(['story', 'highlight', 'highlight']);
  });

  it('includes only highlights carrying one of the tags, case-insensitively', () => {
    const src = fixtureSource({ stories: STORIES, highlights: HIGHLIGHTS });
    const b = buildFromTags(src, { title: 'Fees', tags: ['fees'], date: '2025-07-01', newId: counter() });
    const ids = b.sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'highlight' ? [i.highlightId] : [])));
    expect(ids).toEqual(['h3', 'h1', 'h2']);
    const labour = buildFromTags(src, { title: 'L', tags: ['labour', 'nothing'], date: '2025-07-01', newId: counter() });
    expect(labour.sections).toHaveLength(1);
    expect(buildFromTags(src, { title: 'None', tags: ['nothing'], date: '2025-07-01', newId: counter() }).sections).toEqual([]);
  });

  it('orders highlights within a story by where they are in the text, not when they were made', () => {
    const reversed = [HIGHLIGHTS[1], HIGHLIGHTS[0]];
    const src = fixtureSource({ stories: STORIES, highlights: reversed });
    const b = buildFromTags(src, { title: 'T', tags: [], date: '2025-07-01', newId: counter() });
    expect(b.sections[0].items.slice(1).map((i) => (i.kind === 'highlight' ? i.highlightId : ''))).toEqual(['h1', 'h2']);
  });

  it('adds a connections section only when two included stories are linked', () => {
    const links = [{ from: 's-late', to: 's-early', label: 'contradicts' }];
    const withLink = buildFromTags(fixtureSource({ stories: STORIES, highlights: HIGHLIGHTS, links }), {
      title: 'T',
      tags: ['fees'],
      date: '2025-07-01',
      newId: counter(),
    });
    expect(withLink.sections.at(-1)?.items).toEqual([{ kind: 'links', id: expect.any(String) }]);
    const outside = buildFromTags(fixtureSource({ stories: STORIES, highlights: HIGHLIGHTS, links }), {
      title: 'T',
      tags: ['labour'],
      date: '2025-07-01',
      newId: counter(),
    });
    expect(outside.sections.some((s) => s.items.some((i) => i.kind === 'links'))).toBe(false);
  });

  it('skips highlights whose story has left the workspace instead of failing', () => {
    const src = fixtureSource({ stories: STORIES.slice(0, 1), highlights: HIGHLIGHTS.slice(0, 2) });
    const orig = src.highlights;
    src.highlights = () => [...orig(), { ...orig()[0], id: 'stray', storyId: 'gone' }];
    const b = buildFromTags(src, { title: 'T', tags: [], date: '2025-07-01', newId: counter() });
    expect(b.sections).toHaveLength(1);
  });
});

describe('buildFromTags with hierarchical tags', () => {
  it('takes highlights tagged below a requested tag, but not tags that merely share a prefix', () => {
    const hl = [
      { ...HIGHLIGHTS[0], tags: ['region/elsmere'] },
      { ...HIGHLIGHTS[2], tags: ['regional'] },
    ];
    const b = buildFromTags(fixtureSource({ stories: STORIES, highlights: hl }), {
      title: 'T',
      tags: ['Region'],
      date: '2025-07-01',
      newId: counter(),
    });
    expect(b.sections.map((s) => s.heading)).toEqual(['Harbour fees rise to £40 a tonne at Port Elsmere']);
  });
});
