import { grow } from './grow';

/**
 * Where each term stands in each document it is in, so a phrase is answered from the index
 * instead of by reading every candidate story's text (1.6 s for "joint statement" at 10,000
 * dumps). Per term, one byte stream parallel to its postings: for each posting, the word
 * positions as LEB128 deltas (the first counted from -1, so every delta is at least 1), then
 * a 0 byte. No varint of a value ≥ 1 holds a 0 byte, so a posting is skipped with one
 * `indexOf(0)` and the streams carry no offsets. A 75 MB library of ~11 million words costs
 * about 1.6 bytes a word.
 */
export class TermPositions {
  /** Per term: its stream; capacity may exceed `lens[t]` while the index is being written. */
  streams: Uint8Array[] = [];
  lens: number[] = [];
  /** Per term: its last position + 1 in the document being added, 0 when not seen in it yet. */
  private last: Int32Array = new Int32Array(1024);

  /** Make room for term ids below `n`. */
  termsAdded(n: number): void {
    while (this.streams.length < n) {
      this.streams.push(EMPTY);
      this.lens.push(0);
    }
    if (this.last.length < n) this.last = grow(this.last, n);
  }

  /** Term `tid` stands at word `pos` of the document being added (positions increase). */
  note(tid: number, pos: number): void {
    let v = pos + 1 - this.last[tid];
    this.last[tid] = pos + 1;
    let s = this.streams[tid];
    let n = this.lens[tid];
    // A full stream (or a view into a loaded snapshot) is copied into a larger one before writing.
    if (n + 5 > s.length) s = this.streams[tid] = grow(s, n + 5);
    while (v >= 0x80) {
      s[n++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    s[n++] = v;
    this.lens[tid] = n;
  }

  /** Close term `tid`'s posting of the document being added (a term with no position, such as a concept, closes an empty one). */
  endDoc(tid: number): void {
    let s = this.streams[tid];
    const n = this.lens[tid];
    if (n + 1 > s.length) s = this.streams[tid] = grow(s, n + 1);
    s[n] = 0;
    this.lens[tid] = n + 1;
    this.last[tid] = 0;
  }

  /** Term `tid`'s stream, exactly as long as written. */
  stream(tid: number): Uint8Array {
    return this.streams[tid].subarray(0, this.lens[tid]);
  }

  /** Keep only the postings `keep` says (by posting index), for compaction. */
  filter(tid: number, keep: (i: number) => boolean): void {
    const s = this.streams[tid];
    const len = this.lens[tid];
    const out = new Uint8Array(len);
    let k = 0;
    for (let at = 0, i = 0; at < len; i++) {
      const end = s.indexOf(0, at) + 1;
      if (keep(i)) {
        out.set(s.subarray(at, end), k);
        k += end - at;
      }
      at = end;
    }
    this.streams[tid] = k ? out.slice(0, k) : EMPTY;
    this.lens[tid] = k;
  }

  /** Adopt loaded streams (views into a snapshot that `checkStreams` accepted). */
  load(streams: Uint8Array[]): void {
    this.streams = streams;
    this.lens = streams.map((s) => s.length);
    this.last = new Int32Array(Math.max(1024, streams.length));
  }

  /** Bytes held, for the memory figure. */
  get bytes(): number {
    return this.streams.reduce((n, s) => n + s.length, 0);
  }
}

const EMPTY = new Uint8Array(0);

/**
 * Append the positions of the posting starting at byte `at` to `into` (growing `into.out` as
 * needed); returns the byte after its terminator.
 */
export function readPositions(s: Uint8Array, at: number, into: { out: Int32Array; n: number }): number {
  let out = into.out;
  let n = into.n;
  let pos = -1;
  for (;;) {
    let b = s[at++];
    if (b === 0) break;
    let v = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = s[at++];
      v |= (b & 0x7f) << shift;
    }
    pos += v;
    if (n === out.length) out = into.out = grow(out, n + 1);
    out[n++] = pos;
  }
  into.n = n;
  return at;
}

/** The longest varint a valid stream holds: positions stay below 2^28. */
const MAX_VARINT_BYTES = 4;

/**
 * True when `s` is a well-formed stream for `postings` (packed `doc << 8 | tf`): one terminated
 * posting each, minimal varints of at most MAX_VARINT_BYTES bytes, and every position within
 * its document's length (`docLens[doc]`, which counts the title, its gap and the body).
 */
export function checkStream(s: Uint8Array, postings: Uint32Array, docLens: Int32Array): boolean {
  let at = 0;
  for (let i = 0; i < postings.length; i++) {
    const limit = docLens[postings[i] >>> 8];
    let pos = -1;
    for (;;) {
      if (at >= s.length) return false;
      let b = s[at++];
      if (b === 0) break;
      let v = b & 0x7f;
      let bytes = 1;
      while (b & 0x80) {
        if (at >= s.length || ++bytes > MAX_VARINT_BYTES) return false;
        b = s[at++];
        v |= (b & 0x7f) << (7 * (bytes - 1));
      }
      // A trailing 0 group is not minimal, and a stream with one could hide a terminator.
      if (bytes > 1 && b === 0) return false;
      pos += v;
      if (pos > limit) return false;
    }
  }
  return at === s.length;
}
