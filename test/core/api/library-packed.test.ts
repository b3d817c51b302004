import { describe, expect, it } from 'vitest';
import { packLibrary, unpackLibrary } from '../../../electron/core/api/library-packed';
import type { FileSummary, StorySummary } from '../../../electron/core/api/views';

const file = (path: string, docId: string, stories: number): FileSummary => ({
  docId,
  path,
  status: 'ok',
  encoding: 'utf-8',
  lossy: false,
  size: 1200,
  stories,
});
const FILES = [file('wires/2025-06.txt', 'd1', 2), file('Вестник/июнь.md', 'd2', 1)];
const STORIES: StorySummary[] = [
  {
    id: 's1',
    docId: 'd1',
    path: 'wires/2025-06.txt',
    index: 0,
    title: 'Harbour fees rise "sharply"',
    date: '2025-06-12',
    source: 'Tidewater Press',
    byline: 'Mari Holm',
    language: 'en',
    words: 310,
  },
  {
    id: 's2',
    docId: 'd1',
    path: 'wires/2025-06.txt',
    index: 1,
    title: 'Quay <closed>',
    date: null,
    source: null,
    byline: null,
    language: 'und',
    words: 12,
  },
  {
    id: 's3',
    docId: 'd2',
    path: 'Вестник/июнь.md',
    index: 0,
    title: 'Заявление министерства',
    date: '2025-06-03',
    // Its year came from another line: the timeline must still be able to say so.
    dateGuessed: true,
    source: 'Вестник',
    byline: null,
    language: 'ru',
    words: 80,
  },
];

describe('packed library listing', () => {
  it('gives the renderer exactly the stories and files the plain listings give', () => {
    const out = unpackLibrary(packLibrary(FILES, STORIES));
    expect(out).toEqual({ files: FILES, stories: STORIES, total: 3 });
  });

  it('says how many stories the whole listing holds when it packs one page of it', () => {
    const out = unpackLibrary(packLibrary(FILES.slice(0, 1), STORIES.slice(0, 2), 30_000));
    expect(out?.stories.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(out?.total).toBe(30_000);
    // A total smaller than the page itself is not believed.
    expect(unpackLibrary(packLibrary(FILES, STORIES, 1))?.total).toBe(3);
  });

  it('sends each path once however many stories its file holds', () => {
    const json = packLibrary(FILES, STORIES);
    expect(json.split('wires/2025-06.txt').length - 1).toBe(1);
  });

  it('leaves out a story whose file is not in the listing instead of inventing one', () => {
    const orphan = { ...STORIES[0], id: 's9', path: 'gone.txt' };
    expect(unpackLibrary(packLibrary(FILES, [...STORIES, orphan]))?.stories.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  it('answers null for anything it did not make, so the caller falls back to the plain listings', () => {
    expect(unpackLibrary('')).toBeNull();
    expect(unpackLibrary('{"v":1,"files":[]')).toBeNull();
    expect(unpackLibrary('{"v":2,"files":[],"stories":[]}')).toBeNull();
    expect(unpackLibrary('null')).toBeNull();
    expect(unpackLibrary('{"v":1,"files":[],"stories":[[1,0]]}')).toEqual({ files: [], stories: [], total: 0 });
  });
});
