import { describe, expect, it } from 'vitest';
import { followDocRename } from '../../../electron/core/annotations/doc-rename';
import type { Highlight, HighlightAnchor } from '../../../electron/core/annotations/model';
import { emptyData } from '../../../electron/core/annotations/schema';
import { getRow, setRow } from '../../../electron/core/annotations/table';
import { verifyReport } from '../../../electron/core/annotations/verify-report';

const NOW = '2026-01-01T00:00:00.000Z';

function highlight(id: string, docPath: string, start: number, anchor: Partial<HighlightAnchor> = {}, exact = 'quoted text'): Highlight {
  return {
    id,
    storyId: 's1',
    docPath,
    selectors: { quote: { exact, prefix: '', suffix: '' }, position: { start, end: start + exact.length } },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: NOW,
    updatedAt: NOW,
    anchor: { status: 'ok', start, end: start + exact.length, checkedAt: NOW, ...anchor },
  };
}

describe('following a renamed dump', () => {
  it('moves the highlights and fixes of that dump only, and lists the rows it changed', () => {
    const d = emptyData();
    setRow(d, 'highlights', 'h1', highlight('h1', 'old.txt', 0));
    setRow(d, 'highlights', 'h2', highlight('h2', 'other.txt', 0));
    setRow(d, 'fixes', 'f1', { id: 'f1', docPath: 'old.txt', fix: { type: 'split', at: 5 }, createdAt: NOW });
    setRow(d, 'fixes', 'f2', { id: 'f2', docPath: 'other.txt', fix: { type: 'split', at: 5 }, createdAt: NOW });

    expect(followDocRename(d, 'old.txt', 'new.txt')).toEqual([
      { table: 'highlights', key: 'h1' },
      { table: 'fixes', key: 'f1' },
    ]);
    expect(getRow(d, 'highlights', 'h1')?.docPath).toBe('new.txt');
    expect(getRow(d, 'fixes', 'f1')?.docPath).toBe('new.txt');
    expect(getRow(d, 'highlights', 'h2')?.docPath).toBe('other.txt');
    expect(followDocRename(d, 'old.txt', 'new.txt')).toEqual([]);
  });
});

describe('verify report', () => {
  it('counts by status and explains each highlight that is not ok, in reading order', () => {
    const report = verifyReport([
      highlight('gone', 'a.txt', 50, { status: 'orphaned', start: null, end: null }, `a  long\n${'word '.repeat(20)}`),
      highlight('fine', 'a.txt', 0),
      highlight('moved', 'a.txt', 10, { status: 'moved', start: 12, end: 23 }),
    ]);
    expect(report).toMatchObject({ highlights: 3, ok: 1, moved: 1, orphaned: 1 });
    expect(report.problems.map((p) => p.highlightId)).toEqual(['moved', 'gone']);
    expect(report.problems[0].message).toBe('"quoted text" was found at a different place in a.txt.');
    expect(report.problems[1].message).toMatch(/^"a long word word .*…" could not be found in a\.txt; re-attach it/);
  });
});
