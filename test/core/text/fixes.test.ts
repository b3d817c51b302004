import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, type SegmentFix } from '../../../electron/core/text/fixes';
import { processDump } from '../../../electron/core/text/index';
import { segmentDump } from '../../../electron/core/text/segment';
import { cleanBody, expectInvariants } from './helpers';

const FIXTURES = join(__dirname, '../../fixtures/text');
const text = readFileSync(join(FIXTURES, 'run-together.txt'), 'utf8');
const stories = segmentDump(text);

describe('applyFixes', () => {
  it('merge joins a story with the next one, keeping both noise sets', () => {
    const out = applyFixes(text, stories, [{ type: 'merge', at: stories[0].start }]);
    expect(out).toHaveLength(1);
    expect(out[0].title).toBe('Ferry fares to rise in autumn');
    expect(out[0].end).toBe(stories[1].end);
    expect(out[0].noise.filter((n) => n.kind === 'agency-tag')).toHaveLength(2);
    expect(out[0].words).toBe(stories[0].words + stories[1].words);
    expectInvariants(text, out);
  });

  it('split then merge round-trips; split snaps to the start of the line', () => {
    const merged = applyFixes(text, stories, [{ type: 'merge', at: stories[0].start }]);
    const mid = text.indexOf('Kessel museum') + 5; // inside the line: snaps to its start
    const split = applyFixes(text, merged, [{ type: 'split', at: mid }]);
    expect(split.map((s) => [s.title, s.start, s.end])).toEqual(stories.map((s) => [s.title, s.start, s.end]));
    expectInvariants(text, split);
  });

  it('split inside a story derives a title for the new part', () => {
    const at = text.indexOf('The operators blamed');
    const out = applyFixes(text, stories, [{ type: 'split', at }]);
    expect(out.map((s) => s.title)).toEqual([
      'Ferry fares to rise in autumn',
      'The operators blamed higher fuel prices and new port fees',
      'Kessel museum reopens after renovation',
    ]);
    expectInvariants(text, out);
  });

  it('noise fixes add and remove noise and recount words', () => {
    const start = text.indexOf('Passenger groups');
    const end = text.indexOf('\n', start);
    const marked = applyFixes(text, stories, [{ type: 'noise', start, end, kind: 'ad' }]);
    expect(cleanBody(text, marked[0])).not.toContain('Passenger groups');
    expect(marked[0].words).toBeLessThan(stories[0].words);
    const tag = marked[0].noise.find((n) => n.kind === 'agency-tag')!;
    const unmarked = applyFixes(text, marked, [{ type: 'noise', start: tag.start, end: tag.end, kind: null }]);
    expect(cleanBody(text, unmarked[0])).toContain('Updated on: August 12');
    expectInvariants(text, unmarked);
  });

  it('noise fix over part of a span splits the span', () => {
    const tag = stories[0].noise[0];
    const out = applyFixes(text, stories, [{ type: 'noise', start: tag.start + 3, end: tag.start + 6, kind: null }]);
    expect(out[0].noise.slice(0, 2).map((n) => [n.start, n.end])).toEqual([
      [tag.start, tag.start + 3],
      [tag.start + 6, tag.end],
    ]);
  });

  const STALE: Array<[string, SegmentFix[]]> = [
    [
      'offset past the end',
      [
        { type: 'split', at: 1e9 },
        { type: 'merge', at: 1e9 },
        { type: 'noise', start: 1e9, end: 1e9 + 5, kind: 'ad' },
      ],
    ],
    [
      'negative and NaN offsets',
      [
        { type: 'split', at: -5 },
        { type: 'merge', at: Number.NaN },
        { type: 'noise', start: Number.NaN, end: 4, kind: 'ad' },
      ],
    ],
    ['split at the first line (would make an empty story)', [{ type: 'split', at: 0 }]],
    ['merge of the last story', [{ type: 'merge', at: stories[1].start }]],
    ['reversed noise range', [{ type: 'noise', start: 50, end: 10, kind: 'ad' }]],
    ['unknown kind', [{ type: 'noise', start: 0, end: 10, kind: 'banner' as never }]],
    ['unknown fix type', [{ type: 'explode', at: 3 } as never, null as never]],
    ['offset in the gap between stories', [{ type: 'split', at: stories[0].end }]],
  ];
  for (const [name, fixes] of STALE) {
    it(`ignores stale or malformed fixes: ${name}`, () => {
      let out: ReturnType<typeof applyFixes> = [];
      expect(() => (out = applyFixes(text, stories, fixes))).not.toThrow();
      expect(out.map((s) => [s.start, s.end, s.title, s.words])).toEqual(stories.map((s) => [s.start, s.end, s.title, s.words]));
    });
  }

  it('fixes made for an older version of the file degrade gracefully', () => {
    const fixes: SegmentFix[] = [
      { type: 'merge', at: stories[0].start },
      { type: 'noise', start: 40, end: 80, kind: 'ad' },
    ];
    const edited = 'Short new note.\n';
    const out = processDump(new TextEncoder().encode(edited), { fixes });
    expect(out.status).toBe('ok');
    if (out.status === 'ok') expectInvariants(out.text, out.stories);
  });

  it('processDump applies fixes', () => {
    const out = processDump(new TextEncoder().encode(text), { fixes: [{ type: 'merge', at: 0 }] });
    expect(out.status === 'ok' && out.stories.length).toBe(1);
  });
});
