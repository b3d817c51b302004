import * as v from 'valibot';
import { isColor } from './colors';
import { MAX_TAG_LENGTH } from './tag-names';
import { NOISE_KINDS } from '../types';

/**
 * The field schemas an annotation is made of, shared by the API (which checks what the
 * renderer sends) and the store (which checks what it reads back from db.json and the
 * journal), so a value the API would refuse is never loaded from disk either.
 */
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
export const relPath = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));
export const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));
export const color = v.pipe(
  v.string(),
  v.maxLength(7),
  v.check(isColor, 'use a palette color (yellow, green, blue, pink, purple, orange, red, gray) or #rrggbb'),
);
export const tag = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TAG_LENGTH));
export const tags = v.pipe(v.array(tag), v.maxLength(100));
export const note = v.pipe(v.string(), v.maxLength(20_000));
export const exact = v.pipe(v.string(), v.minLength(1), v.maxLength(50_000));
export const linkLabel = v.pipe(v.string(), v.maxLength(80));

export const segmentFix = v.variant('type', [
  v.strictObject({ type: v.literal('split'), at: offset }),
  v.strictObject({ type: v.literal('merge'), at: offset }),
  v.strictObject({ type: v.literal('noise'), start: offset, end: offset, kind: v.nullable(v.picklist(NOISE_KINDS)) }),
]);
