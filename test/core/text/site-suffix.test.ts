import { describe, expect, it } from 'vitest';
import { withoutSiteSuffix } from '../../../electron/core/text/meta';

/** A page title's site name may end in a number ("Citywire 24", "Channel 4"): it is still the site, not the headline. */
describe('site suffix of a page title', () => {
  it.each([
    ['Ferry Route to Tolm Approved — Harbour Post 24', 'Ferry Route to Tolm Approved'],
    ['Ferry Route to Tolm Approved | The Harbour Ledger', 'Ferry Route to Tolm Approved'],
    ['Velmora ferry deal signed - report', 'Velmora ferry deal signed - report'],
  ])('%s → %s', (t, want) => {
    expect(withoutSiteSuffix(t)).toBe(want);
  });
});
