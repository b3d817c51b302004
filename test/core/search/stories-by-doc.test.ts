import { describe, expect, it } from 'vitest';
import { FullTextIndex } from '../../../electron/core/search/full-text-index';
import { StoriesByDoc } from '../../../electron/core/search/stories-by-doc';
import type { SearchableStory } from '../../../electron/core/search/search-engine';
import { VersionedMap } from '../../../electron/core/search/versioned-map';

const story = (id: string, source: string): SearchableStory => ({ id, path: `${id}.txt`, title: id, date: null, source, language: 'en' });

describe('StoriesByDoc', () => {
  const setup = () => {
    const idx = new FullTextIndex();
    idx.add('a', 'Alpha', 'Ships in the harbour.');
    idx.add('b', 'Beta', 'Trains at the station.', 'Photo caption about trains.');
    const meta = new VersionedMap<string, SearchableStory>([]);
    meta.set('a', story('a', 'Wire'));
    meta.set('b', story('b', 'Paper'));
    const byDoc = new StoriesByDoc();
    const table = () => byDoc.table(idx, meta);
    return { idx, meta, table };
  };

  it('gives each doc, hidden lines included, its story record', () => {
    const { idx, table } = setup();
    const rows = table();
    expect(rows[idx.storyDoc('a')]?.source).toBe('Wire');
    expect(rows[idx.storyDoc('b')]?.source).toBe('Paper');
    const hiddenDoc = [...Array(idx.docSlots).keys()].find((d) => idx.isHidden(d))!;
    expect(rows[hiddenDoc]?.id).toBe('b');
  });

  it('reads the catalog again after it changed, with the index untouched', () => {
    const { idx, meta, table } = setup();
    expect(table()[idx.storyDoc('a')]?.source).toBe('Wire');
    meta.set('a', story('a', 'Agency'));
    expect(table()[idx.storyDoc('a')]?.source).toBe('Agency');
    meta.delete('a');
    expect(table()[idx.storyDoc('a')]).toBeUndefined();
  });

  it('reads another catalog even when its count happens to match', () => {
    const { idx, meta, table } = setup();
    const byDoc = new StoriesByDoc();
    expect(byDoc.table(idx, meta)[idx.storyDoc('a')]?.source).toBe('Wire');
    const reopened = new VersionedMap<string, SearchableStory>();
    reopened.set('a', story('a', 'Agency'));
    reopened.set('b', story('b', 'Paper'));
    expect(reopened.version).toBe(meta.version);
    expect(byDoc.table(idx, reopened)[idx.storyDoc('a')]?.source).toBe('Agency');
    expect(table()[idx.storyDoc('a')]?.source).toBe('Wire');
  });

  it('covers docs the index added or renumbered since', () => {
    const { idx, meta, table } = setup();
    meta.set('c', story('c', 'Blog'));
    table();
    // The catalog is untouched from here: only the index changes.
    idx.add('c', 'Gamma', 'Planes at the airport.');
    expect(table()[idx.storyDoc('c')]?.source).toBe('Blog');
    idx.remove('a');
    table();
    idx.compact();
    expect(table()[idx.storyDoc('c')]?.source).toBe('Blog');
    expect(table()[idx.storyDoc('b')]?.source).toBe('Paper');
  });
});
