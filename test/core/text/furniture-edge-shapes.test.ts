import { describe, expect, it } from 'vitest';
import { furnitureShaped } from '../../../electron/core/text/furniture-shape';

// Furniture shapes at the edge of their limits (furniture-shape.ts), on our own invented lines.

describe('furniture edge shapes', () => {
  it('"Short headline | Masthead" keeps its headline; a kicker or a desk byline stays furniture', () => {
    expect(furnitureShaped('Ferry fares frozen | The Harbour Ledger')).toBe(false);
    expect(furnitureShaped('Politics | Analysis')).toBe(true);
    expect(furnitureShaped('Mara Lindqvist | Valley Correspondent')).toBe(true);
    expect(furnitureShaped('Home › World news')).toBe(true);
  });
});
