import { describe, expect, it } from 'vitest';
import { IdentityMap } from '../../../electron/core/library/identity';
import { docIdForPath } from '../../../electron/core/library/story-ids';

describe('IdentityMap', () => {
  it('gives a new dump the path-derived docId it always had, so older annotations still match', () => {
    const m = new IdentityMap();
    expect(m.resolve('a/b.txt', 'h1')).toEqual({ docId: docIdForPath('a/b.txt') });
  });

  it('keeps the docId when the same path changes content (an edit)', () => {
    const m = new IdentityMap();
    const first = m.resolve('a.txt', 'h1').docId;
    expect(m.resolve('a.txt', 'h2')).toEqual({ docId: first });
    expect(m.get('a.txt')?.contentHash).toBe('h2');
  });

  it('pairs a vanished path with a new path holding the same bytes (a rename)', () => {
    const m = new IdentityMap();
    const id = m.resolve('old name.txt', 'same').docId;
    m.forget('old name.txt', 1);
    expect(m.resolve('sub/new name.txt', 'same')).toEqual({ docId: id, renamedFrom: 'old name.txt' });
    expect(m.knownPaths()).toEqual(['sub/new name.txt']);
  });

  it('does not pair different bytes, nor files whose bytes were never read', () => {
    const m = new IdentityMap();
    m.resolve('a.txt', 'h1');
    m.resolve('unreadable.txt', '');
    m.forget('a.txt', 1);
    m.forget('unreadable.txt', 1);
    expect(m.resolve('b.txt', 'h2').renamedFrom).toBeUndefined();
    expect(m.resolve('c.txt', '').renamedFrom).toBeUndefined();
  });

  it('does not pair with a copy that is still present', () => {
    const m = new IdentityMap();
    const a = m.resolve('a.txt', 'h').docId;
    const copy = m.resolve('copy.txt', 'h');
    expect(copy.renamedFrom).toBeUndefined();
    expect(copy.docId).not.toBe(a);
  });

  it("never hands out a docId twice, even when a new file takes a renamed file's old path", () => {
    const m = new IdentityMap();
    const a = m.resolve('a.txt', 'h1').docId;
    m.forget('a.txt', 1);
    expect(m.resolve('b.txt', 'h1').docId).toBe(a);
    const fresh = m.resolve('a.txt', 'h2').docId;
    expect(fresh).not.toBe(a);
  });

  it('round-trips through JSON, keeping vanished entries for renames seen on the next start', () => {
    const m = new IdentityMap();
    const id = m.resolve('x.txt', 'hx').docId;
    m.resolve('y.txt', 'hy');
    m.forget('x.txt', 5);
    const back = IdentityMap.fromJSON(JSON.parse(JSON.stringify(m.toJSON())));
    expect(back.knownPaths()).toEqual(['y.txt']);
    expect(back.resolve('moved/x.txt', 'hx')).toEqual({ docId: id, renamedFrom: 'x.txt' });
  });

  it.each([
    ['null', null],
    ['a string', 'nonsense'],
    ['bad entries', { version: 1, paths: { 'a.txt': { docId: 5 }, 'b.txt': null }, vanished: [{ nope: true }] }],
    [
      'duplicate docIds',
      { version: 1, paths: { 'a.txt': { docId: 'd', contentHash: 'h' }, 'b.txt': { docId: 'd', contentHash: 'h' } }, vanished: [] },
    ],
  ])('survives a damaged identity file (%s)', (_label, data) => {
    const m = IdentityMap.fromJSON(data);
    const ids = m.knownPaths().map((p) => m.get(p)!.docId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => m.resolve('new.txt', 'h')).not.toThrow();
  });
});
