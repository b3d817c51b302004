import { describe, expect, it } from 'vitest';
import { ChangeQueue } from '../../../electron/core/library/change-queue';

describe('ChangeQueue', () => {
  it('reads a file written many times once', () => {
    const q = new ChangeQueue();
    expect(q.upsert('a.txt', 1)).toBe(true);
    expect(q.upsert('a.txt', 2)).toBe(false);
    expect(q.take(10)).toEqual({ upserts: [{ path: 'a.txt', force: false }], removes: [] });
    expect(q.size).toBe(0);
  });

  it('keeps the last word: add then delete is a delete, delete then add is a re-read', () => {
    const q = new ChangeQueue();
    q.upsert('a.txt', 1);
    q.remove('a.txt', 2);
    q.remove('b.txt', 1);
    q.upsert('b.txt', 2);
    expect(q.take(10)).toEqual({ upserts: [{ path: 'b.txt', force: false }], removes: ['a.txt'] });
  });

  it('takes at most a batch and leaves the rest in order', () => {
    const q = new ChangeQueue();
    for (let i = 0; i < 5; i++) q.upsert(`${i}.txt`, i);
    expect(q.take(2).upserts.map((u) => u.path)).toEqual(['0.txt', '1.txt']);
    expect(q.take(10).upserts.map((u) => u.path)).toEqual(['2.txt', '3.txt', '4.txt']);
  });

  it('holds back young removals so a rename can pair, and reports when the youngest arrived', () => {
    const q = new ChangeQueue();
    q.remove('old.txt', 100);
    q.remove('older.txt', 10);
    expect(q.take(10, 50)).toEqual({ upserts: [], removes: ['older.txt'] });
    expect(q.youngestRemoval()).toBe(100);
    expect(q.take(10, 100).removes).toEqual(['old.txt']);
    expect(q.youngestRemoval()).toBeNull();
  });

  it('keeps a forced re-read forced when the watcher also reports the file', () => {
    const q = new ChangeQueue();
    q.upsert('a.txt', 1, true);
    q.upsert('a.txt', 2);
    expect(q.take(1).upserts).toEqual([{ path: 'a.txt', force: true }]);
  });
});
