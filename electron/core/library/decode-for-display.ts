import { decodeBytes } from '../text/index';
import { MAX_DUMP_BYTES } from './limits';

/**
 * The decoded text of a dump exactly as offsets index it ('' when it cannot be decoded).
 * Decodes only (no segmenting), because the reader calls it on the main thread when a text
 * is not in the cache.
 */
export function decodeForDisplay(bytes: Uint8Array): string {
  const out = decodeBytes(bytes, { maxBytes: MAX_DUMP_BYTES });
  return out.status === 'ok' ? out.text : '';
}
