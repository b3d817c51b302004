/**
 * A small, stable, dependency-free string hash (two FNV-1a 32-bit lanes → 13 base-36 chars).
 * Used for ids that must be identical in every process and run; not for security.
 */
export function stableHash(input: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  const a = (h1 >>> 0).toString(36).padStart(7, '0');
  const b = ((h2 >>> 0) & 0x3fffffff).toString(36).padStart(6, '0');
  return a + b;
}
