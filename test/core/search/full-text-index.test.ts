import { describe, expect, it } from 'vitest';
import { FullTextIndex, withinEdits } from '../../../electron/core/search/full-text-index';

const word = (term: string) => ({ term, prefix: false, fuzzy: false });

describe('FullTextIndex', () => {
  it('survives a serialize/deserialize round trip with the same answers', () => {
    const idx = new FullTextIndex();
    idx.add('x', 'Kremlin gas deal', 'Gazprom and the Kremlin agreed on gas prices.');
    idx.add('y', 'Пекин', 'Лавров в Пекине.');
    idx.remove('x');
    idx.add('x', 'Kremlin oil deal', 'Rosneft and the Kremlin agreed on oil.');
    const back = FullTextIndex.deserialize(idx.serialize())!;
    expect(back.size).toBe(2);
    expect([...back.search([word('oil')]).hits.keys()]).toEqual(['x']);
    expect([...back.search([word('gas')]).hits.keys()]).toEqual([]);
    expect([...back.search([word('пекине')]).hits.keys()]).toEqual(['y']);
    // Still writable after a load.
    back.add('z', 'Gas again', 'gas');
    expect([...back.search([word('gas')]).hits.keys()]).toEqual(['z']);
  });

  it('refuses bytes that are not a snapshot instead of crashing', () => {
    expect(FullTextIndex.deserialize(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(FullTextIndex.deserialize(new TextEncoder().encode('DSIX garbage garbage'))).toBeNull();
  });

  it('compacts after many removals and keeps answering correctly', () => {
    const idx = new FullTextIndex();
    for (let i = 0; i < 1500; i++) idx.add(`s${i}`, `story ${i}`, i % 2 ? 'odd words here' : 'even words here');
    for (let i = 0; i < 1000; i++) idx.remove(`s${i}`);
    expect(idx.size).toBe(500);
    expect(idx.search([word('odd')]).hits.size).toBe(250);
  });

  it('counts a swapped pair of letters as one typo', () => {
    expect(withinEdits('lavorv', 'lavrov', 1)).toBe(true);
    expect(withinEdits('lavrov', 'putin', 2)).toBe(false);
  });
});
