import { processDump } from '../text/index';

/** The decoded text of a dump exactly as offsets index it ('' when it cannot be decoded). */
export function decodeForDisplay(bytes: Uint8Array): string {
  const out = processDump(bytes);
  return out.status === 'ok' ? out.text : '';
}
