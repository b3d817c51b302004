import { describe, expect, it } from 'vitest';
import { isEmptyChange, offlineChanges, pathsWithNewText } from '../../../electron/core/library/offline-changes';

describe('offlineChanges', () => {
  const known = new Map([
    ['a.txt', 'ha'],
    ['b.txt', 'hb'],
    ['c.txt', 'hc'],
    ['d.txt', 'hd'],
  ]);

  it('tells an added, an edited, a removed and a moved dump apart', () => {
    const change = offlineChanges(known, [
      { path: 'a.txt', contentHash: 'ha' },
      { path: 'b.txt', contentHash: 'hb2' },
      { path: 'new.txt', contentHash: 'hn' },
      { path: 'archive/c.txt', contentHash: 'hc', renamedFrom: 'c.txt' },
    ]);
    expect(change).toEqual({
      added: ['new.txt'],
      changed: ['b.txt'],
      removed: ['d.txt'],
      renamed: [{ from: 'c.txt', to: 'archive/c.txt' }],
    });
  });

  it('reports nothing when the folder is as it was left', () => {
    const change = offlineChanges(
      known,
      [...known].map(([path, contentHash]) => ({ path, contentHash })),
    );
    expect(isEmptyChange(change)).toBe(true);
  });

  it('on a first open (nothing known) every dump is new and nothing is removed', () => {
    const change = offlineChanges(new Map(), [
      { path: 'z.txt', contentHash: 'hz' },
      { path: 'y.txt', contentHash: '' },
    ]);
    expect(change).toEqual({ added: ['z.txt', 'y.txt'], changed: [], removed: [], renamed: [] });
  });

  it('lists removals sorted, and a dump that became unreadable counts as changed, not removed', () => {
    const change = offlineChanges(known, [{ path: 'c.txt', contentHash: '' }]);
    expect(change.removed).toEqual(['a.txt', 'b.txt', 'd.txt']);
    expect(change.changed).toEqual(['c.txt']);
  });

  it('names the paths that carry new text: added, changed and the target of a rename', () => {
    const change = offlineChanges(known, [
      { path: 'a.txt', contentHash: 'ha' },
      { path: 'b.txt', contentHash: 'hb2' },
      { path: 'moved/d.txt', contentHash: 'hd', renamedFrom: 'd.txt' },
      { path: 'n.txt', contentHash: 'hn' },
    ]);
    expect([...pathsWithNewText(change)].sort()).toEqual(['b.txt', 'moved/d.txt', 'n.txt']);
    expect(isEmptyChange(change)).toBe(false);
  });
});
