import { describe, expect, it } from 'vitest';
import { FullTextIndex, type QueryWord } from '../../../electron/core/search/full-text-index';
import { withinEdits } from '../../../electron/core/search/edit-distance';
import { terms } from '../../../electron/core/search/tokenize';

const word = (term: string) => ({ term, prefix: false, fuzzy: false });

/** Story id → BM25 score for an AND query, through the doc-number path the search engine reads. */
function hits(idx: FullTextIndex, words: QueryWord[]): Map<string, number> {
  const r = idx.searchDocs(words);
  return new Map(Array.from(r.docs, (doc, i) => [idx.docId(doc), r.scores[i]]));
}

describe('FullTextIndex', () => {
  it('survives a serialize/deserialize round trip with the same answers', () => {
    const idx = new FullTextIndex();
    idx.add('x', 'Kremlin gas deal', 'Gazprom and the Kremlin agreed on gas prices.');
    idx.add('y', 'Пекин', 'Лавров в Пекине.');
    idx.remove('x');
    idx.add('x', 'Kremlin oil deal', 'Rosneft and the Kremlin agreed on oil.');
    const back = FullTextIndex.deserialize(idx.serialize())!;
    expect(back.size).toBe(2);
    expect([...hits(back, [word('oil')]).keys()]).toEqual(['x']);
    expect([...hits(back, [word('gas')]).keys()]).toEqual([]);
    expect([...hits(back, [word('пекине')]).keys()]).toEqual(['y']);
    // Still writable after a load.
    back.add('z', 'Gas again', 'gas');
    expect([...hits(back, [word('gas')]).keys()]).toEqual(['z']);
  });

  it('indexes exactly the words a query for them produces, in any script or mix', () => {
    // The indexer reads ASCII words straight from the text; the query side goes through terms().
    const texts = [
      'Plain ASCII words, digits 2024 and CAPS.',
      'Zürich’s Café-Müller: naïve “quotes” — done',
      'Лавров в Пекине; Ёлка',
      'mixedWordЖ tail',
      'e\u0301clair ½ ﬁne',
      'x',
    ];
    texts.forEach((text, i) => {
      const idx = new FullTextIndex();
      idx.add(`s${i}`, '', text);
      for (const t of terms(text)) expect([...hits(idx, [word(t)]).keys()], `${t} in ${text}`).toEqual([`s${i}`]);
    });
    const idx = new FullTextIndex();
    idx.add('a', '', 'Zürich’s');
    expect([...hits(idx, [word('zurich')]).keys()]).toEqual(['a']);
    expect([...hits(idx, [word('s')]).keys()]).toEqual(['a']);
  });

  it('ranks by BM25 after a reload exactly as before it', () => {
    const idx = new FullTextIndex();
    for (let i = 0; i < 50; i++) idx.add(`s${i}`, i % 7 ? 'other' : 'gas deal', `gas ${'word '.repeat(i)} gas ${i % 3 ? 'oil' : ''}`);
    const before = [...hits(idx, [word('gas'), word('oil')])];
    const after = [...hits(FullTextIndex.deserialize(idx.serialize())!, [word('gas'), word('oil')])];
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(10);
  });

  it('refuses bytes that are not a snapshot instead of crashing', () => {
    expect(FullTextIndex.deserialize(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(FullTextIndex.deserialize(new TextEncoder().encode('DSIX garbage garbage'))).toBeNull();
  });

  it('refuses forged snapshots: lengths past the end, postings pointing at no story, ids that are not strings', () => {
    const idx = new FullTextIndex();
    idx.add('a', 'Gas deal', 'gas and oil');
    idx.add('b', 'Oil', 'oil only');
    const good = idx.serialize();
    const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
    const hlen = view(good).getUint32(4);
    const body = 8 + hlen + ((4 - ((8 + hlen) % 4)) % 4);
    const forge = (edit: (b: Uint8Array) => void) => {
      const b = good.slice();
      edit(b);
      return FullTextIndex.deserialize(b);
    };
    expect(forge((b) => view(b).setUint32(4, 0xfffffff0))).toBeNull();
    // The last posting word: its doc number is moved past the two stories.
    expect(forge((b) => view(b).setUint32(b.byteLength - 4, (9 << 8) | 1, true))).toBeNull();
    // A posting with no occurrences, and a story length that reads as negative.
    expect(forge((b) => view(b).setUint32(b.byteLength - 4, 1 << 8, true))).toBeNull();
    expect(forge((b) => view(b).setUint32(body, 0xffffffff, true))).toBeNull();
    const header = (h: unknown) => {
      const json = new TextEncoder().encode(JSON.stringify(h));
      const out = new Uint8Array(8 + json.length + 64);
      view(out).setUint32(0, 0x44534958);
      view(out).setUint32(4, json.length);
      out.set(json, 8);
      return FullTextIndex.deserialize(out);
    };
    expect(header({ v: 2, ids: [1, { x: 1 }], terms: [] })).toBeNull();
    expect(header({ v: 2, ids: ['a', 'a'], terms: [] })).toBeNull();
    expect(header({ v: 2, ids: [], terms: ['x', 'x'] })).toBeNull();
    expect(header(null)).toBeNull();
  });

  it('never throws on a damaged snapshot, and whatever loads still answers queries', () => {
    const idx = new FullTextIndex();
    for (let i = 0; i < 40; i++) idx.add(`s${i}`, `story ${i}`, `gas oil ${i % 3 ? 'kremlin' : 'beijing'} ${'word '.repeat(i % 5)}`);
    const good = idx.serialize();
    let seed = 7;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 400; round++) {
      const b = good.slice(0, round % 10 === 0 ? Math.floor(rand() * good.length) : good.length);
      for (let k = 0; k < 1 + (round % 4); k++) if (b.length) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
      const back = FullTextIndex.deserialize(b);
      if (!back) continue;
      back.searchDocs([word('gas'), word('kremlin')]);
      back.searchDocs([{ term: 'beij', prefix: true, fuzzy: true }]);
      back.docsContaining('oil');
      back.docsWithRun([new Set(['gas']), new Set(['oil'])], back.liveDocNumbers(), back.size);
      back.add('new', 'Gas', 'gas');
      back.remove('s1');
      expect(hits(back, [word('gas')]).has('new')).toBe(true);
    }
  });

  it('refuses a snapshot whose word positions do not fit its postings, or one written without positions', () => {
    const idx = new FullTextIndex();
    for (let i = 0; i < 20; i++) idx.add(`s${i}`, `story ${i}`, `gas and oil ${'word '.repeat(i)} gas`);
    const good = idx.serialize();
    const phrase = (x: FullTextIndex) => [...x.docsWithRun([new Set(['gas']), new Set(['and'])], x.liveDocNumbers(), x.size)];
    const want = phrase(FullTextIndex.deserialize(good)!);
    expect(want.filter((f) => f === 1).length).toBe(20);
    // The position streams are the file's last bytes (up to 3 of padding after them).
    let refused = 0;
    for (let k = 1; k <= 48; k++) {
      for (const v of [0, 1, 0x7f, 0x80, 0xff]) {
        const b = good.slice();
        if (b[b.length - k] === v) continue;
        b[b.length - k] = v;
        const back = FullTextIndex.deserialize(b);
        if (!back) refused++;
        // Only a change to the padding may load, and then it answers as before.
        else expect(phrase(back)).toEqual(want);
      }
    }
    expect(refused).toBeGreaterThan(150);
    // An older snapshot (version 4 had no positions) is rebuilt, not loaded.
    const hlen = new DataView(good.buffer).getUint32(4);
    const header = new TextDecoder().decode(good.subarray(8, 8 + hlen));
    const old = good.slice();
    old.set(new TextEncoder().encode(header.replace('"v":6', '"v":4')), 8);
    expect(FullTextIndex.deserialize(old)).toBeNull();
  });

  it('compacts after many removals and keeps answering correctly', () => {
    const idx = new FullTextIndex();
    for (let i = 0; i < 1500; i++) idx.add(`s${i}`, `story ${i}`, i % 2 ? 'odd words here' : 'even words here');
    for (let i = 0; i < 1000; i++) idx.remove(`s${i}`);
    expect(idx.size).toBe(500);
    expect(hits(idx, [word('odd')]).size).toBe(250);
  });

  it('keeps doc numbers when stories with hidden lines are saved or one of them is removed', () => {
    // Each story here has a hidden tier too, so the index holds twice as many docs as stories.
    const idx = new FullTextIndex();
    for (let i = 0; i < 1500; i++) idx.add(`s${i}`, `story ${i}`, 'body words here', 'a caption line');
    const layout = idx.layout;
    idx.serialize();
    expect(idx.layout).toBe(layout);
    idx.remove('s7');
    expect(idx.layout).toBe(layout);
    expect(idx.size).toBe(1499);
    // A quarter of the docs gone: then it renumbers, and still answers.
    for (let i = 0; i < 400; i++) idx.remove(`s${i}`);
    expect(idx.layout).not.toBe(layout);
    expect(hits(idx, [word('caption')]).size).toBe(1100);
  });

  it('gives both tiers of a story holding an excluded word, in either tier, after compaction and reload too', () => {
    const idx = new FullTextIndex();
    idx.add('gone', 'Filler', 'filler text');
    idx.add('a', 'Drones over the port', 'The harbour was quiet.', 'Photo: a fishing boat.');
    idx.add('b', 'Boats', 'Fishing boats left early.', 'Caption: drones filmed it.');
    idx.add('c', 'Drones again', 'No caption here.');
    const tiers = (x: FullTextIndex, term: string) =>
      [...x.docsContaining(term)].map((d) => `${x.docId(d)}${x.isHidden(d) ? ':hidden' : ''}`).sort();
    const want = ['a', 'a:hidden', 'b', 'b:hidden', 'c'];
    expect(tiers(idx, 'drones')).toEqual(want);
    idx.remove('gone');
    idx.compact();
    expect(tiers(idx, 'drones')).toEqual(want);
    expect(tiers(FullTextIndex.deserialize(idx.serialize())!, 'drones')).toEqual(want);
    idx.add('b', 'Boats', 'Fishing boats left early.');
    expect(tiers(idx, 'drones')).toEqual(['a', 'a:hidden', 'c']);
  });

  it('counts a swapped pair of letters as one typo', () => {
    expect(withinEdits('lavorv', 'lavrov', 1)).toBe(true);
    expect(withinEdits('lavrov', 'putin', 2)).toBe(false);
  });
});
