import type { BoilerplateIndex } from '../../core/library/boilerplate-index';
import { readDossierFile, writeDossierFile } from '../store/dossier-dir';

/** `.dossier/cache/boilerplate.bin`: each dump's line keys, by path and content hash. */
const FILE = 'cache/boilerplate.bin';
const MAGIC = 0x444c4231; // "DLB1"
/** A planted file must not make us allocate without bound (10,000 dumps take about 8 MB). */
export const MAX_BOILERPLATE_CACHE_BYTES = 256 * 1024 * 1024;
/** More keys than one dump of the largest size could have lines of at most 320 characters is a forgery. */
const MAX_KEYS_PER_FILE = 1 << 20;
const MAX_STRING_BYTES = 4096;

/** Cached keys: path → content hash and the sorted distinct line keys read from those bytes. */
export type CachedLineKeys = Map<string, { contentHash: string; keys: Uint32Array }>;

/**
 * Layout (little-endian): magic u32, entry count u32, then per entry: path length u32, path
 * UTF-8, hash length u32, hash UTF-8, key count u32, keys u32 each.
 */
function encode(index: BoilerplateIndex): Uint8Array {
  const enc = new TextEncoder();
  const parts: Array<{ path: Uint8Array; hash: Uint8Array; keys: Uint32Array }> = [];
  let size = 8;
  for (const [path, e] of index.entries()) {
    const p = { path: enc.encode(path), hash: enc.encode(e.contentHash), keys: e.keys };
    parts.push(p);
    size += 12 + p.path.byteLength + p.hash.byteLength + p.keys.length * 4;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, parts.length, true);
  let at = 8;
  for (const p of parts) {
    for (const bytes of [p.path, p.hash]) {
      view.setUint32(at, bytes.byteLength, true);
      out.set(bytes, at + 4);
      at += 4 + bytes.byteLength;
    }
    view.setUint32(at, p.keys.length, true);
    at += 4;
    for (let i = 0; i < p.keys.length; i++, at += 4) view.setUint32(at, p.keys[i], true);
  }
  return out;
}

/** Parse a cache file; null when anything in it does not add up (then every dump's keys are computed again). */
export function decodeLineKeys(bytes: Uint8Array): CachedLineKeys | null {
  if (bytes.byteLength < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return null;
  const count = view.getUint32(4, true);
  const dec = new TextDecoder('utf-8', { fatal: true });
  const out: CachedLineKeys = new Map();
  let at = 8;
  const str = (): string | null => {
    if (at + 4 > bytes.byteLength) return null;
    const len = view.getUint32(at, true);
    if (len > MAX_STRING_BYTES || at + 4 + len > bytes.byteLength) return null;
    const s = dec.decode(bytes.subarray(at + 4, at + 4 + len));
    at += 4 + len;
    return s;
  };
  try {
    for (let e = 0; e < count; e++) {
      const path = str();
      const contentHash = str();
      if (path === null || contentHash === null || at + 4 > bytes.byteLength) return null;
      const n = view.getUint32(at, true);
      at += 4;
      if (n > MAX_KEYS_PER_FILE || at + n * 4 > bytes.byteLength) return null;
      const keys = new Uint32Array(n);
      for (let i = 0; i < n; i++, at += 4) {
        keys[i] = view.getUint32(at, true);
        // Sorted, distinct and never 0, as documentLineKeys makes them; anything else was not written by us.
        if (keys[i] === 0 || (i > 0 && keys[i] <= keys[i - 1])) return null;
      }
      out.set(path, { contentHash, keys });
    }
  } catch {
    return null;
  }
  return at === bytes.byteLength ? out : null;
}

/** The cached line keys of `folder`, or an empty map when there are none or they cannot be trusted. */
export async function loadLineKeys(folder: string): Promise<CachedLineKeys> {
  const bytes = await readDossierFile(folder, FILE, MAX_BOILERPLATE_CACHE_BYTES).catch(() => null);
  return (bytes && decodeLineKeys(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))) ?? new Map();
}

/** Save atomically; a failure (read-only folder, a linked `.dossier`) only costs computing the keys again next time. */
export async function saveLineKeys(folder: string, index: BoilerplateIndex): Promise<boolean> {
  try {
    await writeDossierFile(folder, FILE, encode(index));
    return true;
  } catch {
    return false;
  }
}
