import type { StoryFacts } from '../../core/related/story-facts';
import { NUM_HASHES } from '../../core/related/minhash';
import { TimeSlices } from '../time-slices';

/**
 * Per-story facts as one binary file: a header, every MinHash signature in one block, then
 * each story's id, packed entities, exact hash and top words as length-prefixed UTF-8 and its
 * word count as a 32-bit number. At 20,000 stories
 * the JSON this replaces was a 57 MB string (the packed entities' control characters escaped
 * six bytes each, signatures in base64) built in memory next to its copy for the write; this
 * file is sized first and written once, about 40 MB of bytes outside the JS heap.
 */
const MAGIC = 0x54434644; // "DFCT"
const HEADER_BYTES = 12;
const SIG_BYTES = NUM_HASHES * 4;

/** The facts as the bytes `decodeFacts` reads back. */
export function encodeFacts(facts: ReadonlyMap<string, StoryFacts>): Buffer {
  const steps = encodeSteps(facts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `encodeFacts` in slices of about `sliceMs` with `pause()` awaited between them: 20,000
 * stories take a few hundred milliseconds, which would otherwise hold the main thread at
 * the end of every open. The facts are the ones in the map when it was called.
 */
export async function encodeFactsInSlices(facts: ReadonlyMap<string, StoryFacts>, slices = new TimeSlices()): Promise<Buffer> {
  const steps = encodeSteps(facts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await slices.pause();
  }
}

/** Stories between chances to pause. */
const STEP = 256;

/** The encoding, yielding every STEP stories; its return value is the file. */
function* encodeSteps(facts: ReadonlyMap<string, StoryFacts>): Generator<void, Buffer> {
  // A snapshot: the map may change while the caller pauses, and the size must match the writes.
  const all = [...facts];
  let size = HEADER_BYTES + all.length * SIG_BYTES;
  for (let i = 0; i < all.length; i++) {
    const [id, f] = all[i];
    size += 20 + Buffer.byteLength(id) + Buffer.byteLength(f.entities) + Buffer.byteLength(f.exactHash) + Buffer.byteLength(f.terms);
    if (i % STEP === STEP - 1) yield;
  }
  const buf = Buffer.alloc(size);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(NUM_HASHES, 4);
  buf.writeUInt32LE(all.length, 8);
  let sig = HEADER_BYTES;
  let at = HEADER_BYTES + all.length * SIG_BYTES;
  const put = (s: string) => {
    const n = buf.write(s, at + 4, 'utf8');
    buf.writeUInt32LE(n, at);
    at += 4 + n;
  };
  for (let i = 0; i < all.length; i++) {
    const [id, f] = all[i];
    buf.set(new Uint8Array(f.signature.buffer, f.signature.byteOffset, SIG_BYTES), sig);
    sig += SIG_BYTES;
    put(id);
    put(f.entities);
    put(f.exactHash);
    put(f.terms);
    buf.writeUInt32LE(f.words >>> 0, at);
    at += 4;
    if (i % STEP === STEP - 1) yield;
  }
  return buf;
}

/**
 * The facts back, or null when the bytes are not a whole facts file of this signature size
 * (the caller then recomputes them). Lengths are checked before every read: the file is
 * workspace content and may be cut short or forged. All signatures share one typed array.
 */
export function decodeFacts(bytes: Uint8Array): Map<string, StoryFacts> | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.byteLength < HEADER_BYTES || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== NUM_HASHES) return null;
  const count = buf.readUInt32LE(8);
  const strings = HEADER_BYTES + count * SIG_BYTES;
  if (strings > buf.byteLength) return null;
  // One copy, so the signatures are aligned and do not keep the file's buffer alive.
  const sigs = new Uint32Array(count * NUM_HASHES);
  new Uint8Array(sigs.buffer).set(buf.subarray(HEADER_BYTES, strings));
  const out = new Map<string, StoryFacts>();
  let at = strings;
  const take = (): string | null => {
    if (at + 4 > buf.byteLength) return null;
    const n = buf.readUInt32LE(at);
    if (at + 4 + n > buf.byteLength) return null;
    const s = buf.toString('utf8', at + 4, at + 4 + n);
    at += 4 + n;
    return s;
  };
  for (let i = 0; i < count; i++) {
    const id = take();
    const entities = take();
    const exactHash = take();
    const terms = take();
    if (id === null || entities === null || exactHash === null || terms === null || at + 4 > buf.byteLength) return null;
    const words = buf.readUInt32LE(at);
    at += 4;
    out.set(id, { entities, signature: sigs.subarray(i * NUM_HASHES, (i + 1) * NUM_HASHES), exactHash, terms, words });
  }
  return at === buf.byteLength ? out : null;
}
