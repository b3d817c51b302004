import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../../electron/core/text/meta';

// A kicker before a headline's dash looks like a wire dateline; only a lead's prose loses its dateline (meta.ts).

describe('headline kicker prefixes', () => {
  it('a headline keeps its upper-case kicker ("FACTBOX-...")', () => {
    expect(deriveTitle('FACTBOX-Mara Lindqvist tops poll of best ferry captains')).toBe(
      'FACTBOX-Mara Lindqvist tops poll of best ferry captains',
    );
  });

  it('a lead sentence still loses its dateline', () => {
    expect(deriveTitle('VELMORA - The harbour board approved a new ferry route on Monday.')).toBe(
      'The harbour board approved a new ferry route on Monday',
    );
  });
});
