import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../electron/core/related/duplicates';
import { signature, similarity } from '../../../electron/core/related/minhash';
import { wordDiff } from '../../../electron/core/related/word-diff';
import { FIXTURES } from '../../support/label-score';

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const item = (id: string, text: string) => ({
  id,
  signature: signature(text),
  exactHash: text === '' ? '' : `h:${text.length}:${text.slice(0, 50)}:${text.slice(-50)}`,
});

describe('near-duplicates', () => {
  const korea = fixture('03_korea_drone.txt');
  const copy = fixture('04_korea_drone_copy.txt');

  it('scores a lightly edited wire copy high and an unrelated story low', () => {
    expect(similarity(signature(korea), signature(copy))).toBeGreaterThan(0.8);
    expect(similarity(signature(korea), signature(fixture('06_lavrov_pyongyang.txt')))).toBeLessThan(0.2);
  });

  it('clusters copies across files, exact copies at similarity 1, and leaves the rest alone', async () => {
    const names = [
      '01_lavrov_tianjin.txt',
      '02_xi_putin_call.txt',
      '05_blinken_beijing.txt',
      '06_lavrov_pyongyang.txt',
      '07_peskov_sanctions.txt',
    ];
    const items = [
      item('k1', korea),
      item('k2', copy),
      item('x1', fixture('10_cafe_diacritics.txt')),
      item('x2', fixture('10_cafe_diacritics.txt')),
      ...names.map((n) => item(n, fixture(n))),
    ];
    const clusters = await findDuplicates(items);
    expect(clusters.map((c) => c.storyIds)).toEqual(
      expect.arrayContaining([
        ['k1', 'k2'],
        ['x1', 'x2'],
      ]),
    );
    expect(clusters).toHaveLength(2);
    expect(clusters.find((c) => c.id === 'x1')!.similarity).toBe(1);
    expect(clusters.find((c) => c.id === 'k1')!.similarity).toBeGreaterThan(0.8);
  });

  it('handles empty and tiny stories without false clusters or crashes', async () => {
    const clusters = await findDuplicates([item('a', ''), item('b', 'Hi.'), item('c', 'Completely different words here.')]);
    expect(clusters).toEqual([]);
  });
});

describe('word diff', () => {
  it('marks exactly the changed words in each variant', () => {
    const a = 'state news agency KCNA reported on Sunday';
    const b = 'state news agency KCNA said on Sunday';
    const d = wordDiff(a, b);
    expect(d.removed.map((r) => a.slice(r.start, r.end))).toEqual(['reported']);
    expect(d.added.map((r) => b.slice(r.start, r.end))).toEqual(['said']);
  });

  it('finds the two edits between the Korea fixture and its copy', () => {
    const a = fixture('03_korea_drone.txt');
    const b = fixture('04_korea_drone_copy.txt');
    const d = wordDiff(a, b);
    expect(d.added.map((r) => b.slice(r.start, r.end))).toEqual(['said', 'serious']);
    expect(d.removed.map((r) => a.slice(r.start, r.end))).toEqual(['reported', 'grave']);
  });
});

describe('near-duplicates at scale', () => {
  it('groups hundreds of copies of one wire story into one cluster instead of failing', async () => {
    // Copies that are not byte-identical share no exact hash, so every pair is checked and linked: ~180,000 pairs.
    const sig = signature(fixture('03_korea_drone.txt'));
    const items = Array.from({ length: 600 }, (_, i) => ({ id: `s${String(i).padStart(3, '0')}`, signature: sig, exactHash: `copy${i}` }));
    const clusters = await findDuplicates(items);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].storyIds).toHaveLength(600);
    expect(clusters[0].similarity).toBe(1);
  });
});
