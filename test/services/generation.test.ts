import { describe, expect, it } from 'vitest';
import { DossierError } from '../../electron/core/errors';
import { Generation } from '../../electron/services/workspace/generation';

describe('Generation', () => {
  it('a token stays live until the next open or close, then stops its holder with superseded', () => {
    const gen = new Generation();
    const first = gen.next();
    const same = gen.current();
    expect(first.live).toBe(true);
    expect(() => first.check()).not.toThrow();
    gen.next();
    expect(first.live).toBe(false);
    expect(same.live).toBe(false);
    expect(() => first.check()).toThrow(DossierError);
    try {
      first.check();
    } catch (err) {
      expect((err as DossierError).code).toBe('superseded');
    }
    expect(gen.current().live).toBe(true);
  });
});
