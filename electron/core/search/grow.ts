/** A typed array at least `min` long (doubling), with the old contents copied in. */
export function grow<T extends Uint32Array | Int32Array | Uint8Array>(a: T, min: number): T {
  const cap = Math.max(min, a.length * 2, 4);
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}
