import { describe, expect, it } from 'vitest';
import { furnitureShaped } from '../../../electron/core/text/furniture-shape';

// Timestamp lines a little longer than the date-line limit (furniture-shape.ts), on our own invented lines.

describe('long date lines', () => {
  it('a "First published <weekday> <date>" line just over forty characters is a timestamp, not a headline', () => {
    expect(furnitureShaped('First published Wednesday 14 November 2012')).toBe(true);
    expect(furnitureShaped('Ferry Route Approved After Long Dispute')).toBe(false);
  });
});
