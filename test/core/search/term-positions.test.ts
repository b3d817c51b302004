import { describe, expect, it } from 'vitest';
import { TermPositions } from '../../../electron/core/search/term-positions';
import { int, mulberry32 } from '../../support/prng';

const TERMS = 20_000;

/** Add one document: `words` term ids in order. */
function addDoc(p: TermPositions, words: number[]): void {
  p.termsAdded(TERMS);
  words.forEach((tid, pos) => p.note(tid, pos));
  for (const tid of new Set(words)) p.endDoc(tid);
}

/** Documents over every term (so the flush has a long log and many streams to lay out). */
function docs(seed: number, count: number): number[][] {
  const r = mulberry32(seed);
  return Array.from({ length: count }, (_, d) => [d % TERMS, ...Array.from({ length: int(r, 1, 40) }, () => int(r, 0, TERMS - 1))]);
}

const streams = (p: TermPositions) => Array.from({ length: TERMS }, (_, t) => [...p.stream(t)]);

describe('word positions sorted into their streams in steps', () => {
  it('gives the streams a flush in one go gives, with a document added and a stream read between steps', async () => {
    const all = docs(7, TERMS);
    const late = [3, 17, 3, 19_999, 4];
    const once = new TermPositions();
    for (const d of all) addDoc(once, d);
    once.stream(0);
    addDoc(once, late);

    const stepped = new TermPositions();
    for (const d of all) addDoc(stepped, d);
    let pauses = 0;
    await stepped.flushInSlices(async () => {
      pauses++;
      // A document indexed while the log is being sorted, then a phrase search reading a stream.
      if (pauses === 1) addDoc(stepped, late);
      if (pauses === 2) expect([...stepped.stream(3)]).toEqual([...once.stream(3)]);
    });
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(streams(stepped)).toEqual(streams(once));
    expect(stepped.bytes).toBe(once.bytes);
  });

  it('lays the log out in several steps, and the streams are those of a flush in one go', async () => {
    const all = docs(11, TERMS);
    const once = new TermPositions();
    const stepped = new TermPositions();
    for (const d of all) {
      addDoc(once, d);
      addDoc(stepped, d);
    }
    let pauses = 0;
    await stepped.flushInSlices(async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(streams(stepped)).toEqual(streams(once));
  });
});
