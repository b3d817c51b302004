import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDump } from '../../../electron/core/text/index';
import { segmentDump } from '../../../electron/core/text/segment';
import { invariantError, prng } from './helpers';

const FIXTURES = join(__dirname, '../../fixtures/text');
const FIXTURE_LINES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(FIXTURES, f), 'utf8').split('\n'));

const ODD_LINES = [
  '',
  '',
  '',
  ' ',
  '\u00a0',
  '–',
  'TT',
  'Agencies',
  'Related Articles',
  'logo',
  'Comments',
  'Updated on: May 16, 2024 / 7:51 AM EDT / CBS/AP',
  'MOSCOW, May 16 (Reuters) – Something happened.',
  'MOSCOW (Reuters) -',
  '(Reuters)',
  'Item 1 of 3',
  '[1/3]',
  'time2 hours ago',
  '  • Somewhere',
  'Sign up here.',
  'Reporting by',
  'x'.repeat(3000),
  '\ufffd\ufffd',
  '😀 emoji line 😀',
  'a (b) – c',
  '\ud800 lone surrogate',
  'Day: ',
  '— (@x) May 1, 2024',
  '#a #b #c',
  'https://t.co/x',
  'Title Like Line',
  'Title Like Line',
  'Learn more about your ad choices',
];

function randomText(rand: () => number): string {
  const n = Math.floor(rand() * 60);
  const eol = ['\n', '\r\n', '\r'][Math.floor(rand() * 3)];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.45) out.push(FIXTURE_LINES[Math.floor(rand() * FIXTURE_LINES.length)]);
    else if (r < 0.75) out.push(ODD_LINES[Math.floor(rand() * ODD_LINES.length)]);
    else {
      // random characters from a mixed alphabet
      const len = Math.floor(rand() * 120);
      let s = '';
      for (let k = 0; k < len; k++) {
        const pick = rand();
        s += pick < 0.6 ? 'abcdefghij KLMNOP.,:;()–—#@/'[Math.floor(rand() * 30)] : String.fromCharCode(Math.floor(rand() * 0x3000));
      }
      out.push(s);
    }
  }
  return out.join(eol);
}

describe('segmentation properties', () => {
  it('random dumps: sorted, non-overlapping, in range, noise inside stories, titles slice back', () => {
    const rand = prng(20240516);
    for (let iter = 0; iter < 1500; iter++) {
      const text = randomText(rand);
      const stories = segmentDump(text);
      const err = invariantError(text, stories);
      if (err) throw new Error(`iteration ${iter}: ${err}\n${JSON.stringify(text).slice(0, 2000)}`);
    }
  });

  it('processDump never throws on random bytes and always returns a status', () => {
    const rand = prng(7);
    const statuses = new Set<string>();
    for (let iter = 0; iter < 3000; iter++) {
      const len = Math.floor(rand() * 400);
      const bytes = new Uint8Array(len);
      const mode = iter % 4;
      for (let i = 0; i < len; i++) {
        const r = rand();
        // mode 0: raw noise; 1: mostly ASCII text with high bytes; 2: UTF-16-ish; 3: ASCII with blank lines
        if (mode === 0) bytes[i] = Math.floor(r * 256);
        else if (mode === 1) bytes[i] = r < 0.9 ? 32 + Math.floor(rand() * 95) : 128 + Math.floor(rand() * 128);
        else if (mode === 2) bytes[i] = i % 2 ? 0 : 32 + Math.floor(r * 95);
        else bytes[i] = r < 0.1 ? 10 : 32 + Math.floor(rand() * 95);
      }
      if (iter % 50 === 0) bytes.set([0xef, 0xbb, 0xbf].slice(0, len));
      if (iter % 51 === 0) bytes.set([0xfe, 0xff].slice(0, len));
      let out: ReturnType<typeof processDump> | undefined;
      expect(() => {
        out = processDump(bytes, {
          fixes: [
            { type: 'split', at: Math.floor(rand() * len) },
            { type: 'noise', start: 0, end: len, kind: null },
          ],
        });
      }).not.toThrow();
      statuses.add(out!.status);
      if (out!.status === 'ok') {
        const err = invariantError(out!.text, out!.stories);
        if (err) throw new Error(`bytes iteration ${iter}: ${err}`);
      }
    }
    expect(statuses).toEqual(new Set(['ok', 'error', 'skipped']));
  });

  // The bounds catch a quadratic blow-up (minutes on these inputs), not slowness, so they hold on a
  // loaded 2-core machine; how fast segmentation is belongs to `npm run bench` (text.throughput).
  it('a 2 MB single line and a 20 MB dump stay fast (no quadratic behaviour)', () => {
    const line = 'word '.repeat(400_000);
    let t = performance.now();
    const one = segmentDump(line);
    expect(one).toHaveLength(1);
    expect(one[0].words).toBe(400_000);
    expect(performance.now() - t).toBeLessThan(20_000);

    const block =
      readFileSync(join(FIXTURES, 'wire-and-tweets.txt'), 'utf8') +
      '\n\n\n\n' +
      readFileSync(join(FIXTURES, 'aggregator-page.txt'), 'utf8') +
      '\n\n\n\n';
    const big = block.repeat(Math.ceil((20 * 1024 * 1024) / block.length));
    t = performance.now();
    const stories = segmentDump(big);
    const ms = performance.now() - t;
    expect(stories.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);

  it('many identical short lines do not blow up (repeat maps stay linear)', () => {
    const text = ('Same Title Line\n'.repeat(50_000) + 'Body sentence here.\n').repeat(2);
    const t = performance.now();
    expect(invariantError(text, segmentDump(text))).toBeNull();
    expect(performance.now() - t).toBeLessThan(30_000);
  }, 60_000);
});
