import { describe, expect, it } from 'vitest';
import { withoutSiteSuffix } from '../../../electron/core/text/meta';

// A headline's " - Speaker" tail is part of the headline; a site name after a bar or a dash still goes (meta.ts).

describe('speaker suffix', () => {
  it("keeps one word after a plain hyphen (a quote headline's speaker)", () => {
    expect(withoutSiteSuffix('Ferry route will not be sold - Lindqvist')).toBe('Ferry route will not be sold - Lindqvist');
  });

  it('still drops a site name after a bar, a dash, or a hyphen with several words', () => {
    expect(withoutSiteSuffix('Ferry route will not be sold | The Harbour Ledger')).toBe('Ferry route will not be sold');
    expect(withoutSiteSuffix('Ferry route will not be sold - Harbour Ledger')).toBe('Ferry route will not be sold');
  });
});
