import { describe, expect, it } from 'vitest';
import { NOISE_KINDS } from '../../electron/core/types';

describe('noise kinds', () => {
  it('lists each kind once', () => {
    expect(new Set(NOISE_KINDS).size).toBe(NOISE_KINDS.length);
  });
});
