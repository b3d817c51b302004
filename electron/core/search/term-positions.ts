import { grow } from './grow';

/**
 * Where each term stands in each document it is in, so a phrase is answered from the index
 * instead of by reading every candidate story's text (1.6 s for "joint statement" at 10,000
 * dumps). Per term, one byte stream parallel to its postings: for each posting, the word
 * positions as LEB128 deltas (the first counted from -1, so every delta is at least 1), then
 * a 0 byte. No varint of a value ≥ 1 holds a 0 byte, so a posting is skipped with one
 * `indexOf(0)` and the streams carry no offsets. A 75 MB library of ~11 million words costs
 * about 1.8 bytes a word.
 *
 * Writing 11 million positions into 200,000 growing per-term arrays cost more than the rest
 * of indexing a word, so a document's positions go to an append-only log instead (term id,
 * then its run), and the log is sorted into the streams, each at its exact size in one
 * buffer, the first time they are read.
 */
export class TermPositions {
  /** Per term: its stream, exactly `lens[t]` long once the log is flushed. */
  private streams: Uint8Array[] = [];
  private lens: Int32Array = new Int32Array(1024);
  /** Per term: its last position + 1 in the document being added, 0 when not seen in it yet. */
  private last: Int32Array = new Int32Array(1024);
  /** Per position of the document being added: the same term's previous position + 1, or 0. */
  private prev: Int32Array = new Int32Array(4096);
  /** Scratch for one term's positions in the document being added. */
  private run: Int32Array = new Int32Array(256);
  /** The log not yet sorted into the streams: full chunks, then `chunk` up to `used`. */
  private chunks: Uint8Array[] = [];
  private chunk: Uint8Array = new Uint8Array(LOG_CHUNK);
  private used = 0;
  /** Per term: the bytes its runs take in the log. */
  private gain: Int32Array = new Int32Array(1024);
  private logged = 0;
  private total = 0;
  /** A flush going on in steps (flushInSlices), and the log bytes it is sorting. */
  private pending: Generator<void, void> | null = null;
  private sorting = 0;

  /** Make room for term ids below `n`. */
  termsAdded(n: number): void {
    while (this.streams.length < n) this.streams.push(EMPTY);
    if (this.last.length < n) this.last = grow(this.last, n);
    if (this.lens.length < n) this.lens = grow(this.lens, n);
    if (this.gain.length < n) this.gain = grow(this.gain, n);
  }

  /** Term `tid` stands at word `pos` of the document being added (positions increase). */
  note(tid: number, pos: number): void {
    if (pos >= this.prev.length) this.prev = grow(this.prev, pos + 1);
    this.prev[pos] = this.last[tid];
    this.last[tid] = pos + 1;
  }

  /** Log term `tid`'s posting of the document being added (a term with no position, such as a concept, logs an empty one). */
  endDoc(tid: number): void {
    let k = 0;
    for (let p = this.last[tid]; p !== 0; p = this.prev[p - 1]) {
      if (k === this.run.length) this.run = grow(this.run, k + 1);
      this.run[k++] = p - 1;
    }
    this.last[tid] = 0;
    // At most 5 bytes a varint: the term id, each position, and the terminator.
    const need = 5 * (k + 2);
    if (this.used + need > this.chunk.length) {
      if (this.used) this.chunks.push(this.chunk.subarray(0, this.used));
      this.chunk = new Uint8Array(Math.max(LOG_CHUNK, need));
      this.used = 0;
    }
    const c = this.chunk;
    let n = writeVarint(c, this.used, tid);
    const start = n;
    for (let i = k - 1, at = -1; i >= 0; i--) {
      n = writeVarint(c, n, this.run[i] - at);
      at = this.run[i];
    }
    c[n++] = 0;
    this.gain[tid] += n - start;
    this.logged += n - start;
    this.used = n;
  }

  /**
   * Sort the log into the streams. A flush going on in steps (flushInSlices) is finished here
   * first: whoever reads a stream now must see every posting.
   */
  private flush(): void {
    if (this.pending) for (const _ of this.pending);
    if (this.logged) for (const _ of this.flushSteps());
  }

  /**
   * The flush in steps, `pause` awaited between them: after indexing 10,000 dumps the log is
   * tens of megabytes, and sorting it in one go held the main thread for a few hundred
   * milliseconds when the index was first saved. Documents added meanwhile log afresh (the
   * log being sorted is detached first); a reader meanwhile finishes the flush at once.
   */
  async flushInSlices(pause: () => Promise<unknown>): Promise<void> {
    if (!this.pending && this.logged) this.pending = this.flushSteps();
    const steps = this.pending;
    if (!steps) return;
    while (this.pending === steps && !steps.next().done) await pause();
  }

  /** Appended in place when the log is small, else every stream rebuilt into one exact buffer; yields between parts. */
  private *flushSteps(): Generator<void, void> {
    // Detached: what is logged from here on waits for the next flush.
    const log = [...this.chunks, this.chunk.subarray(0, this.used)];
    const gain = this.gain;
    const logged = this.logged;
    const n = this.streams.length;
    this.chunks = [];
    this.chunk = new Uint8Array(LOG_CHUNK);
    this.used = 0;
    this.gain = new Int32Array(gain.length);
    this.logged = 0;
    this.sorting = logged;
    // Built aside and swapped in at the end, so the streams stay whole between steps.
    const streams = this.streams.slice(0, n);
    const lens = this.lens.slice(0, n);
    if (logged * 8 > this.total) {
      const buf = new Uint8Array(this.total + logged);
      for (let t = 0, off = 0; t < n; t++) {
        const len = lens[t] + gain[t];
        if (lens[t]) buf.set(streams[t].subarray(0, lens[t]), off);
        streams[t] = buf.subarray(off, off + len);
        off += len;
        if (t % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
      }
    } else {
      for (let t = 0; t < n; t++) {
        if (t % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
        if (!gain[t]) continue;
        const s = new Uint8Array(lens[t] + gain[t]);
        s.set(streams[t].subarray(0, lens[t]));
        streams[t] = s;
      }
    }
    // Each term's log runs go after what its stream held, in the order they were logged (doc order).
    for (const c of log) {
      yield;
      for (let at = 0; at < c.length;) {
        let b = c[at++];
        let tid = b & 0x7f;
        for (let shift = 7; b & 0x80; shift += 7) {
          b = c[at++];
          tid |= (b & 0x7f) << shift;
        }
        const dst = streams[tid];
        let o = lens[tid];
        do {
          b = c[at++];
          dst[o++] = b;
        } while (b !== 0);
        lens[tid] = o;
      }
    }
    for (let t = 0; t < n; t++) {
      this.streams[t] = streams[t];
      this.lens[t] = lens[t];
    }
    this.total += logged;
    this.sorting = 0;
    this.pending = null;
  }

  /** Term `tid`'s stream. */
  stream(tid: number): Uint8Array {
    this.flush();
    return this.streams[tid];
  }

  /** Keep only the postings `keep` says (by posting index), for compaction. */
  filter(tid: number, keep: (i: number) => boolean): void {
    const s = this.stream(tid);
    const out = new Uint8Array(s.length);
    let k = 0;
    for (let at = 0, i = 0; at < s.length; i++) {
      const end = s.indexOf(0, at) + 1;
      if (keep(i)) {
        out.set(s.subarray(at, end), k);
        k += end - at;
      }
      at = end;
    }
    this.total -= s.length - k;
    this.streams[tid] = k ? out.slice(0, k) : EMPTY;
    this.lens[tid] = k;
  }

  /** Adopt loaded streams (views into a snapshot that `checkStream` accepted). */
  load(streams: Uint8Array[]): void {
    this.streams = streams;
    this.lens = grow(
      Int32Array.from(streams, (s) => s.length),
      1024,
    );
    this.last = new Int32Array(Math.max(1024, streams.length));
    this.total = streams.reduce((n, s) => n + s.length, 0);
  }

  /** Bytes held (streams and log), for the memory figure. */
  get bytes(): number {
    return this.total + this.logged + this.sorting;
  }
}

/** Terms whose streams are laid out between two steps of a flush in steps: a few milliseconds' work. */
const TERMS_PER_STEP = 16384;

/** Chunks of the log are this big (a bigger document gets a chunk of its own). */
const LOG_CHUNK = 1 << 20;

/** Write `v` as LEB128 at `at`; returns the byte after it. */
function writeVarint(s: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    s[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  s[at++] = v;
  return at;
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
