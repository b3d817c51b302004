import { checkStream } from './term-positions';

/**
 * The search index's on-disk form: a JSON header (story ids, terms), then doc lengths, term
 * offsets and every term's postings as 32-bit words, then each term's word-position stream
 * (term-positions.ts) after its own offsets. The bytes come from the workspace's
 * cache folder, which anyone with access to a shared folder can write, so decoding checks
 * every length and number against the bytes actually there before allocating or trusting
 * it: a forged or damaged file decodes to null, never to a crash, a huge allocation or an
 * index whose postings point at stories that do not exist.
 */

/** The decoded parts; `postings[t]` are term t's packed `doc << 8 | tf` words. */
export interface SnapshotParts {
  ids: string[];
  terms: string[];
  /** Per term: its word-form keys beyond itself, space-separated (see form-index.ts). */
  forms: string[];
  docLens: Int32Array;
  postings: Uint32Array[];
  /** Per term: its word positions, one terminated run per posting. */
  positions: Uint8Array[];
}

const MAGIC = 0x44534958; // "DSIX"
// 3: word-form keys per term, and hidden-lines documents. 4: concept terms of multi-word names and abbreviations.
// 5: word positions per posting.
// 6: cross-script keys read a German z as "ц" and Russian conventions for Japanese and Portuguese names; places with an exonym have none.
const VERSION = 6;
/** Doc numbers live in the upper 24 bits of a posting. */
export const MAX_SNAPSHOT_DOCS = 1 << 24;
const TF_MASK = 0xff;

/** Encode; `postings(t)` gives term t's live postings (exactly their length), `positions(t)` its position stream. */
export function encodeSnapshot(
  ids: readonly string[],
  terms: readonly string[],
  forms: readonly string[],
  docLens: Int32Array,
  postings: (t: number) => Uint32Array,
  positions: (t: number) => Uint8Array,
): Uint8Array {
  const nTerms = terms.length;
  const nDocs = ids.length;
  const offsets = offsetsOf(nTerms, (t) => postings(t).length);
  const total = offsets[nTerms];
  const posOffsets = offsetsOf(nTerms, (t) => positions(t).length);
  const posBytes = posOffsets[nTerms];
  const posWords = Math.ceil(posBytes / 4);
  const header = new TextEncoder().encode(JSON.stringify({ v: VERSION, ids, terms, forms }));
  const pad = (4 - ((8 + header.length) % 4)) % 4;
  const body = 8 + header.length + pad;
  const out = new Uint8Array(body + 4 * (nDocs + nTerms + 1 + total + nTerms + 1 + posWords));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC);
  view.setUint32(4, header.length);
  out.set(header, 8);
  const words = new Uint32Array(out.buffer, body);
  words.set(docLens.subarray(0, nDocs), 0);
  words.set(offsets, nDocs);
  let at = nDocs + nTerms + 1;
  for (let t = 0; t < nTerms; t++) {
    const p = postings(t);
    words.set(p, at);
    at += p.length;
  }
  words.set(posOffsets, at);
  let byte = body + 4 * (at + nTerms + 1);
  for (let t = 0; t < nTerms; t++) {
    const s = positions(t);
    out.set(s, byte);
    byte += s.length;
  }
  return out;
}

/** Where each of n parts starts when laid end to end, and (at n) where they end. */
function offsetsOf(n: number, length: (t: number) => number): Uint32Array {
  const out = new Uint32Array(n + 1);
  for (let t = 0; t < n; t++) out[t + 1] = out[t] + length(t);
  return out;
}

/** Decode `encodeSnapshot` output; null when anything in it is inconsistent. */
export function decodeSnapshot(bytes: Uint8Array): SnapshotParts | null {
  try {
    if (bytes.byteLength < 8) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0) !== MAGIC) return null;
    const hlen = view.getUint32(4);
    if (8 + hlen > bytes.byteLength) return null;
    const header: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + hlen)));
    if (!header || typeof header !== 'object') return null;
    const { v, ids, terms, forms } = header as { v?: unknown; ids?: unknown; terms?: unknown; forms?: unknown };
    if (v !== VERSION || !isStringList(ids) || !isStringList(terms) || !isStringList(forms) || forms.length !== terms.length) return null;
    const nDocs = ids.length;
    const nTerms = terms.length;
    if (nDocs > MAX_SNAPSHOT_DOCS || new Set(ids).size !== nDocs || new Set(terms).size !== nTerms) return null;
    const body = 8 + hlen + ((4 - ((8 + hlen) % 4)) % 4);
    if (body > bytes.byteLength || (bytes.byteLength - body) % 4 !== 0) return null;
    const nWords = (bytes.byteLength - body) / 4;
    const base = nDocs + nTerms + 1;
    if (nWords < base) return null;
    // One copy into an aligned buffer (its size is the file's, already read); postings are views into it.
    const words = new Uint32Array(bytes.slice(body).buffer);
    const docLens = new Int32Array(nDocs);
    for (let d = 0; d < nDocs; d++) {
      if (words[d] > 0x7fffffff) return null;
      docLens[d] = words[d];
    }
    const offsets = words.subarray(nDocs, base);
    const posBase = base + offsets[nTerms];
    if (offsets[0] !== 0 || posBase + nTerms + 1 > nWords) return null;
    const postings: Uint32Array[] = new Array(nTerms);
    for (let t = 0; t < nTerms; t++) {
      const a = offsets[t];
      const b = offsets[t + 1];
      if (b < a) return null;
      const p = words.subarray(base + a, base + b);
      for (let i = 0; i < p.length; i++) if (p[i] >>> 8 >= nDocs || (p[i] & TF_MASK) === 0) return null;
      postings[t] = p;
    }
    const positions = decodePositions(words, posBase, nTerms, postings, docLens);
    return positions && { ids, terms, forms, docLens, postings, positions };
  } catch {
    return null;
  }
}

/** The position streams after the postings (offsets, then bytes padded to a word); null unless each fits its postings. */
function decodePositions(
  words: Uint32Array,
  at: number,
  nTerms: number,
  postings: Uint32Array[],
  docLens: Int32Array,
): Uint8Array[] | null {
  const offsets = words.subarray(at, at + nTerms + 1);
  const from = 4 * (at + nTerms + 1);
  const bytes = new Uint8Array(words.buffer, words.byteOffset + from, words.byteLength - from);
  const total = offsets[nTerms];
  if (offsets[0] !== 0 || total > bytes.length || bytes.length - total >= 4) return null;
  const out: Uint8Array[] = new Array(nTerms);
  for (let t = 0; t < nTerms; t++) {
    const a = offsets[t];
    const b = offsets[t + 1];
    if (b < a || b > total) return null;
    const s = bytes.subarray(a, b);
    if (!checkStream(s, postings[t], docLens)) return null;
    out[t] = s;
  }
  return out;
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
