import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../electron/core/anchoring/match-quote';
import { reanchor } from '../../../electron/core/anchoring/reanchor';
import { buildSelectors } from '../../../electron/core/anchoring/selectors';
import { prose } from '../../support/prose';

// Re-anchoring runs for every highlight at open, against dumps of up to ~20 MB, and db.json is
// untrusted: each highlight must cost bounded work however large the text or odd its selectors.
// The bounds are generous timeouts (a loaded two-core machine passes them easily); before the
// budget, each of these took many seconds.

const BIG = prose(8_000_000);

describe('fuzzy matching within a budget', () => {
  it('gives up on quotes that are nowhere in an 8 MB text quickly', { timeout: 5_000 }, () => {
    for (let i = 0; i < 20; i++) {
      const quote = `Q${i} ${prose(600, i + 2).toUpperCase()}`;
      expect(matchQuote(BIG, quote, { prefix: 'abc', suffix: 'def', hint: (i * 397_000) % BIG.length })).toBeNull();
    }
  });

  it('still finds an edited quote near where it was in a large text', () => {
    const start = 4_000_000;
    const sel = buildSelectors(BIG, start, start + 120);
    const edited = BIG.slice(0, start + 10) + 'XY' + BIG.slice(start + 12, start + 60) + BIG.slice(start + 61);
    const a = reanchor(edited, sel);
    expect(a.status).toBe('moved');
    expect(Math.abs(a.start! - start)).toBeLessThan(5);
  });

  it('finds an edited passage moved to the far end of a dump of ordinary size', () => {
    const text = prose(100_000, 9);
    const sel = buildSelectors(text, 1_000, 1_100);
    const quote = text.slice(1_000, 1_100);
    const moved = text.slice(0, 1_000) + text.slice(1_100) + ' ' + quote.slice(0, 40) + 'Z' + quote.slice(41);
    const a = reanchor(moved, sel);
    expect(a.status).toBe('moved');
    expect(a.start).toBeGreaterThan(95_000);
  });

  it('is not slowed down by a huge prefix and suffix in damaged selectors', { timeout: 5_000 }, () => {
    const text = prose(1_000_000, 3);
    const start = 500_000;
    const sel = buildSelectors(text, start, start + 50);
    sel.quote.prefix = 'P'.repeat(400_000);
    sel.quote.suffix = 'S'.repeat(400_000);
    // The quote is still there, so it is found in place; only the time it takes is at stake.
    expect(reanchor(text, sel)).toMatchObject({ status: 'ok', start });
  });

  it('scores only the occurrences of a one-letter quote nearest the old position', { timeout: 5_000 }, () => {
    for (let i = 0; i < 5; i++) {
      const a = matchQuote(BIG, 'e', { prefix: 'zzzzzzzz', suffix: 'qqqqqqqq', hint: 1_000_000 * i });
      expect(a).toBeNull();
    }
  });
});
