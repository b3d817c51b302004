import { describe, expect, it } from 'vitest';
import { FullTextIndex, withinEdits } from '../../../electron/core/search/full-text-index';
import { terms } from '../../../electron/core/search/tokenize';

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

  it('indexes exactly the words a query for them produces, in any script or mix', () => {
    // The indexer reads ASCII words straight from the text; the query side goes through terms().
    const texts = ['Plain ASCII words, digits 2024 and CAPS.', 'Zürich’s Café-Müller: naïve “quotes” — done', 'Лавров в Пекине; Ёлка', 'mixedWordЖ tail', 'e\u0301clair ½ ﬁne', 'x'];
    texts.forEach((text, i) => {
      const idx = new FullTextIndex();
      idx.add(`s${i}`, '', text);
      for (const t of terms(text)) expect([...idx.search([word(t)]).hits.keys()], `${t} in ${text}`).toEqual([`s${i}`]);
    });
    const idx = new FullTextIndex();
    idx.add('a', '', 'Zürich’s');
    expect([...idx.search([word('zurich')]).hits.keys()]).toEqual(['a']);
    expect([...idx.search([word('s')]).hits.keys()]).toEqual(['a']);
  });

  it('ranks by BM25 after a reload exactly as before it', () => {
    const idx = new FullTextIndex();
    for (let i = 0; i < 50; i++) idx.add(`s${i}`, i % 7 ? 'other' : 'gas deal', `gas ${'word '.repeat(i)} gas ${i % 3 ? 'oil' : ''}`);
    const before = [...idx.search([word('gas'), word('oil')]).hits];
    const after = [...FullTextIndex.deserialize(idx.serialize())!.search([word('gas'), word('oil')]).hits];
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(10);
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
