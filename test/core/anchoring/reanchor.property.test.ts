import { describe, expect, it } from 'vitest';
import { buildSelectors } from '../../../electron/core/anchoring/selectors';
import { reanchor } from '../../../electron/core/anchoring/reanchor';

/** A small seeded PRNG so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'port council fleet budget tram mayor harbour spring autumn vote delay report minister river bridge market'.split(' ');

function makeText(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(WORDS[Math.floor(r() * WORDS.length)] + (r() < 0.08 ? '.\n' : ''));
  }
  return out.join(' ');
}

function randomInsert(r: () => number): string {
  return ` ${makeText(r, 1 + Math.floor(r() * 6))} `;
}

describe('reanchor properties (200 seeded cases each)', () => {
  it('edits outside the quote and its context never lose it or move it to other text', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      const text = makeText(r, 400);
      const start = 500 + Math.floor(r() * 1000);
      const end = start + 20 + Math.floor(r() * 80);
      const sel = buildSelectors(text, start, end);
      // Insert random text well away from the quote and its 32-character context.
      let next = text;
      let shift = 0;
      for (let k = 0; k < 3; k++) {
        const before = r() < 0.5;
        const at = before ? Math.floor(r() * (start - 40)) : end + 40 + Math.floor(r() * (text.length - end - 41));
        const ins = randomInsert(r);
        // `at` is in original-text terms; earlier insertions before the quote shifted it by `shift`
        // (an index off by an earlier insertion still lands on the same side of the quote).
        next = next.slice(0, at + shift) + ins + next.slice(at + shift);
        if (before) shift += ins.length;
      }
      const a = reanchor(next, sel);
      expect(a.status, `seed ${seed}`).not.toBe('orphaned');
      expect(next.slice(a.start!, a.end!), `seed ${seed}`).toBe(sel.quote.exact);
      expect(a.start, `seed ${seed}`).toBe(start + shift);
    }
  });

  it('a few character edits inside the quote still find it, overlapping where it was', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed * 7919);
      const text = makeText(r, 300);
      const start = 300 + Math.floor(r() * 800);
      const end = start + 40 + Math.floor(r() * 60);
      const sel = buildSelectors(text, start, end);
      // Up to 10% of the quote's characters substituted.
      const chars = text.split('');
      const edits = 1 + Math.floor(r() * ((end - start) / 10));
      for (let k = 0; k < edits; k++) chars[start + Math.floor(r() * (end - start))] = '#';
      const next = chars.join('');
      const a = reanchor(next, sel);
      expect(a.status, `seed ${seed}`).not.toBe('orphaned');
      expect(Math.abs(a.start! - start), `seed ${seed}`).toBeLessThanOrEqual(3);
      expect(Math.abs(a.end! - end), `seed ${seed}`).toBeLessThanOrEqual(3);
    }
  });

  it('text that shares no words with the quote orphans it', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const r = rng(seed * 31);
      const text = makeText(r, 200);
      const start = 200 + Math.floor(r() * 300);
      const sel = buildSelectors(text, start, start + 50);
      const other = 'zzz qqq xxx '.repeat(200);
      expect(reanchor(other, sel).status, `seed ${seed}`).toBe('orphaned');
    }
  });
});
