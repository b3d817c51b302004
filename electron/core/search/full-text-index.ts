import { foldToken } from './fold';
import { HASH_SEED, TermTable, hashStep, lowerAscii } from './term-table';
import { decodeSnapshot, encodeSnapshot, MAX_SNAPSHOT_DOCS } from './index-snapshot';
import { TermExpansions, type QueryWord } from './term-expansion';
import { FormIndex } from './form-index';
import { grow } from './grow';
import { conceptsIn, conceptWords, isAbbreviation, isConceptTerm, mayStartConcept } from './name-concepts';
import { capsOnly } from './snippet';
import { TermPositions } from './term-positions';
import { docsWithRun } from './phrase-match';
import type { PhraseRun } from './query-words';

export type { QueryWord };

/**
 * A compact inverted index over stories, built for Dossier's targets (75 MB searchable in
 * seconds, p95 under 10 ms, reopen under 1 s). Measured on the 10,000-dump bench corpus,
 * MiniSearch 7 took 21 s to build, answered prefix+fuzzy AND queries at p95 240 ms and
 * needed 4.2 s to load its JSON; FlexSearch 0.8 queried fast (p95 13 ms) but took 35 s to
 * build. This index keeps each term's postings in one typed array of packed
 * `doc << 8 | weightedTf` words (4 bytes a posting, no per-posting objects), scores with
 * BM25 (title tf counted ×TITLE_BOOST), and persists as one binary blob that loads as views.
 * Word positions per posting (term-positions.ts) answer phrases without reading story text.
 *
 * Removal is a tombstone (postings are skipped) and the index compacts itself when a
 * quarter of its documents are dead, so incremental updates stay cheap.
 */
export const TITLE_BOOST = 3;
const K1 = 1.2;
const B = 0.75;
/** tf is stored in the low byte; BM25 saturates long before 255 occurrences. */
const TF_MAX = 255;
const MAX_DOCS = MAX_SNAPSHOT_DOCS;

/** Documents matching every query word, as parallel arrays (doc numbers, BM25 scores). */
export interface DocHits {
  docs: Int32Array;
  scores: Float64Array;
  /** The index terms the query words expanded to (for snippet marks). */
  matched: Set<string>;
  /** The same per query word, in the order given (for phrase checks). */
  perWord: Set<string>[];
}

/** Suffix of a hidden-lines document's id in a snapshot (ids never hold a NUL). */
const HIDDEN_SUFFIX = '\u0000h';

export class FullTextIndex {
  private table = new TermTable();
  /** Per term: packed postings; capacity may exceed `postLen` while the index is being written. */
  private post: Uint32Array[] = [];
  private postLen: number[] = [];
  private docIds: string[] = [];
  private docLens: Int32Array = new Int32Array(64);
  private alive: Uint8Array = new Uint8Array(64);
  private docNum = new Map<string, number>();
  /** Story id → the doc holding the text of its noise lines (captions, social posts), searched as a second tier. */
  private hiddenNum = new Map<string, number>();
  private hidden: Uint8Array = new Uint8Array(64);
  /** Per doc: 1 + the doc number of the same story's other tier (text ↔ hidden lines), 0 when it has none. */
  private twin: Int32Array = new Int32Array(64);
  private totalLen = 0;
  /** Live docs of either tier (BM25's N); `liveDocs` counts stories. */
  private statDocs = 0;
  private liveDocs = 0;
  private forms = new FormIndex((t) => this.table.get(t));
  /** Per-term tf while one document is being added (indexed by term id). */
  private tfScratch: Int32Array = new Int32Array(1024);
  private touched: number[] = [];
  private expansions = new TermExpansions(this.table, (tid) => this.postLen[tid], this.forms);
  private scratch: { total: Float64Array; count: Uint16Array; stamp: Int32Array } | null = null;
  /** Per term id: 0 not asked yet, 1 starts no multi-word name or abbreviation, 2 may (name-concepts.ts). */
  private conceptStart: Uint8Array = new Uint8Array(1024);
  private stampNo = 0;
  private layoutNo = 0;
  /** Counts every add, removal and renumbering, so a table keyed by doc number knows it may be stale. */
  private versionNo = 0;
  private positions = new TermPositions();
  /** The word position the scan is at in the document being added (title first, then a gap, then the body). */
  private pos = 0;

  /** Number of documents currently searchable. */
  get size(): number {
    return this.liveDocs;
  }

  /** Number of document slots (live and tombstoned): doc numbers are below it. */
  get docSlots(): number {
    return this.docIds.length;
  }

  /** Changes whenever docs are renumbered (compaction), so tables keyed by doc number know to start over. */
  get layout(): number {
    return this.layoutNo;
  }

  /** Changes whenever a doc is added, removed or renumbered. */
  get version(): number {
    return this.versionNo;
  }

  has(id: string): boolean {
    return this.docNum.has(id);
  }

  /** The story id behind a doc number. */
  docId(doc: number): string {
    return this.docIds[doc];
  }

  /** The doc number of a story's text (not its hidden lines), or -1 when the index does not have it. */
  storyDoc(id: string): number {
    return this.docNum.get(id) ?? -1;
  }

  /** The doc of the same story's other tier (its text for a hidden-lines doc, and back), or -1 when it has none. */
  otherTier(doc: number): number {
    return this.twin[doc] - 1;
  }

  /** True when doc number `doc` holds a story's hidden lines rather than its text. */
  isHidden(doc: number): boolean {
    return this.hidden[doc] === 1;
  }

  /**
   * Index (or re-index) one story: its title and clean text, and, as a second tier, the text
   * of its noise lines (`hidden`), which only matches where the clean text does not.
   */
  add(id: string, title: string, body: string, hidden = ''): void {
    this.versionNo++;
    if (this.docNum.has(id)) this.remove(id);
    if (this.docIds.length + 2 > MAX_DOCS) this.compact();
    if (this.docIds.length + 2 > MAX_DOCS) throw new Error(`The search index holds at most ${MAX_DOCS} stories.`);
    this.pos = 0;
    const titleLen = this.scan(title, TITLE_BOOST);
    // One position left empty between title and body, so no phrase runs from one into the other.
    this.pos++;
    const len = titleLen + this.scan(body, 1);
    this.scanConcepts(`${title}\n${body}`);
    const textDoc = this.addDoc(id, len, false);
    this.docNum.set(id, textDoc);
    this.liveDocs++;
    if (/[\p{L}\p{N}]/u.test(hidden)) {
      this.pos = 0;
      const hiddenLen = this.scan(hidden, 1);
      this.scanConcepts(hidden);
      const hiddenDoc = this.addDoc(id, hiddenLen, true);
      this.hiddenNum.set(id, hiddenDoc);
      this.twin[textDoc] = hiddenDoc + 1;
      this.twin[hiddenDoc] = textDoc + 1;
    }
    this.expansions.clear();
  }

  /**
   * Add the concept terms of the multi-word names and abbreviations the text holds (United
   * States, США, U.S.). Only where a word that may start one stands is the text read again,
   * so most words cost one flag look-up per story.
   */
  private scanConcepts(text: string): void {
    if (this.conceptStart.length < this.table.terms.length) this.conceptStart = grow(this.conceptStart, this.table.terms.length);
    const starts: string[] = [];
    for (const tid of this.touched) {
      let f = this.conceptStart[tid];
      if (f === 0) f = this.conceptStart[tid] = mayStartConcept(this.table.terms[tid]) ? 2 : 1;
      if (f === 2) starts.push(this.table.terms[tid]);
    }
    for (const c of conceptsIn(text, starts)) this.bump(this.table.intern(c), 1);
  }

  /** Write the postings counted by `scan` as document n. */
  private addDoc(id: string, len: number, hidden: boolean): number {
    const n = this.docIds.length;
    const tf = this.tfScratch;
    for (const tid of this.touched) {
      this.push(tid, (n << 8) | Math.min(TF_MAX, tf[tid]));
      this.positions.endDoc(tid);
      tf[tid] = 0;
    }
    this.touched.length = 0;
    if (n >= this.docLens.length) {
      this.docLens = grow(this.docLens, n + 1);
      this.alive = grow(this.alive, n + 1);
      this.hidden = grow(this.hidden, n + 1);
      this.twin = grow(this.twin, n + 1);
    }
    this.twin[n] = 0;
    this.docIds.push(id);
    this.docLens[n] = len;
    this.alive[n] = 1;
    this.hidden[n] = hidden ? 1 : 0;
    this.totalLen += len;
    this.statDocs++;
    return n;
  }

  /**
   * Count the words of `text` into tfScratch and return how many there were. Gives exactly
   * the words `terms()` (the query side) gives: ASCII words are looked up straight from the
   * text; a run holding any non-ASCII character is folded on its own and split, as there.
   */
  private scan(text: string, weight: number): number {
    const n = text.length;
    let words = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (isAsciiWordChar(c)) {
        let h = hashStep(HASH_SEED, lowerAscii(c));
        let j = i + 1;
        while (j < n && isAsciiWordChar((c = text.charCodeAt(j)))) {
          h = hashStep(h, lowerAscii(c));
          j++;
        }
        if (j < n && c >= 128) {
          i = this.scanMixed(text, i, weight, (k) => (words += k));
          continue;
        }
        this.word(this.table.internAscii(text, i, j, h), weight);
        words++;
        i = j;
      } else if (c >= 128) {
        i = this.scanMixed(text, i, weight, (k) => (words += k));
      } else i++;
    }
    return words;
  }

  /** The slow path: one run with non-ASCII characters, folded then split into words. */
  private scanMixed(text: string, at: number, weight: number, counted: (k: number) => void): number {
    MIXED_RUN.lastIndex = at;
    const m = MIXED_RUN.exec(text);
    if (!m) return at + 1;
    const words = foldToken(m[0]).match(WORD);
    if (words) {
      for (const w of words) this.word(this.table.intern(w), weight);
      counted(words.length);
    }
    return MIXED_RUN.lastIndex;
  }

  /** A word of the text at the next position. */
  private word(tid: number, weight: number): void {
    this.bump(tid, weight);
    this.positions.note(tid, this.pos++);
  }

  private bump(tid: number, weight: number): void {
    if (tid >= this.post.length) {
      this.post.push(EMPTY);
      this.postLen.push(0);
      this.positions.termsAdded(tid + 1);
      this.forms.add(tid, this.table.terms[tid]);
      this.expansions.termsAdded();
      if (tid >= this.tfScratch.length) this.tfScratch = grow(this.tfScratch, tid + 1);
    }
    if (this.tfScratch[tid] === 0) this.touched.push(tid);
    this.tfScratch[tid] += weight;
  }

  private push(tid: number, packed: number): void {
    let p = this.post[tid];
    const len = this.postLen[tid];
    // A full array (or a view into a loaded snapshot) is copied into a larger one before writing.
    if (len === p.length) p = this.post[tid] = grow(p, len + 1);
    p[len] = packed;
    this.postLen[tid] = len + 1;
  }

  remove(id: string): void {
    const n = this.docNum.get(id);
    if (n === undefined) return;
    this.versionNo++;
    for (const d of [n, this.hiddenNum.get(id)]) {
      if (d === undefined) continue;
      this.alive[d] = 0;
      this.totalLen -= this.docLens[d];
      this.statDocs--;
    }
    this.docNum.delete(id);
    this.hiddenNum.delete(id);
    this.liveDocs--;
    this.expansions.clear();
    // Docs of either tier against slots of either tier: stories with hidden lines take two slots,
    // and counting stories here made every removal in such a library renumber the whole index.
    if (this.docIds.length > 1000 && this.statDocs < this.docIds.length * 0.75) this.compact();
  }

  /** Every live story id. */
  ids(): string[] {
    return [...this.docNum.keys()];
  }

  /** Every live story's doc number (its text, not its hidden lines), in insertion order. */
  liveDocNumbers(): Int32Array {
    const out = new Int32Array(this.liveDocs);
    let k = 0;
    for (let d = 0; d < this.docIds.length; d++) if (this.alive[d] && !this.hidden[d]) out[k++] = d;
    return out;
  }

  /**
   * Doc numbers matching every word (AND), scored with BM25. The rarest word goes first and
   * later words only touch documents still in the running, so a broad word costs one pass
   * over its postings and no allocation per document.
   */
  searchDocs(words: QueryWord[]): DocHits {
    const matched = new Set<string>();
    const perWord: Set<string>[] = [];
    if (!words.length) return { docs: new Int32Array(0), scores: new Float64Array(0), matched, perWord };
    const s = this.scratchFor(this.docIds.length);
    const plans = words.map((w) => {
      const exp = [...this.expansions.expand(w)].map(([t, weight]) => ({ t, tid: this.table.get(t), weight }));
      for (const e of exp) {
        matched.add(e.t);
        // A concept term is in no text: its names' words are what a snippet marks, its
        // abbreviations only as written in capitals ("WHO", not "who"; see snippet.ts).
        if (isConceptTerm(e.t)) for (const w of conceptWords(e.t)) matched.add(isAbbreviation(w) ? capsOnly(w) : w);
      }
      perWord.push(new Set(exp.map((e) => e.t)));
      return { exp, df: exp.reduce((n, e) => n + this.df(e.tid), 0) };
    });
    if (plans.some((p) => p.exp.length === 0)) return { docs: new Int32Array(0), scores: new Float64Array(0), matched, perWord };
    plans.sort((a, b) => a.df - b.df);
    const N = Math.max(1, this.statDocs);
    const avg = this.totalLen / N || 1;
    // The loop below runs once per posting (a quarter of a million for a three-word query at
    // 10,000 dumps), so everything it reads is a local typed array and the candidates are kept
    // in a typed buffer filtered in place.
    const { alive, docLens } = this;
    const { total, count, stamp: stamps } = s;
    let cand = this.candBuf;
    let nc = 0;
    for (let w = 0; w < plans.length; w++) {
      const stamp = ++this.stampNo;
      for (const { tid, weight } of plans[w].exp) {
        const p = this.post[tid];
        const len = this.postLen[tid];
        const idf = Math.log(1 + (N - len + 0.5) / (len + 0.5));
        const num = weight * idf * (K1 + 1);
        for (let i = 0; i < len; i++) {
          const doc = p[i] >>> 8;
          const seen = stamps[doc] === stamp;
          if (!alive[doc] || count[doc] !== (seen ? w + 1 : w)) continue;
          const tf = p[i] & TF_MAX;
          total[doc] += (num * tf) / (tf + K1 * (1 - B + (B * docLens[doc]) / avg));
          if (!seen) {
            stamps[doc] = stamp;
            count[doc]++;
            if (w === 0) {
              if (nc === cand.length) cand = this.candBuf = grow(cand, nc + 1);
              cand[nc++] = doc;
            }
          }
        }
      }
      if (w > 0) {
        let kept = 0;
        for (let k = 0; k < nc; k++) {
          const doc = cand[k];
          if (count[doc] === w + 1) cand[kept++] = doc;
          else this.reset(s, doc);
        }
        nc = kept;
      }
    }
    const docs = cand.slice(0, nc);
    const scores = new Float64Array(nc);
    for (let i = 0; i < nc; i++) {
      scores[i] = total[docs[i]];
      this.reset(s, docs[i]);
    }
    return { docs, scores, matched, perWord };
  }

  private reset(s: { total: Float64Array; count: Uint16Array }, doc: number): false {
    s.total[doc] = 0;
    s.count[doc] = 0;
    return false;
  }

  /** Scratch for searchDocs' candidates, grown as needed and kept between queries. */
  private candBuf = new Int32Array(1024);

  private scratchFor(n: number) {
    if (!this.scratch || this.scratch.total.length < n) {
      const cap = Math.max(64, n + (n >> 2));
      this.scratch = { total: new Float64Array(cap), count: new Uint16Array(cap), stamp: new Int32Array(cap) };
      this.stampNo = 0;
    }
    return this.scratch;
  }

  /** Live doc numbers of the stories containing the exact folded term (for exclusions): both tiers of each. */
  docsContaining(term: string): Int32Array {
    const tid = this.table.get(term);
    if (tid < 0) return new Int32Array(0);
    const p = this.post[tid];
    const len = this.postLen[tid];
    const { alive, twin } = this;
    // A live doc is its story's current doc of its tier; the other tier is read from `twin`,
    // not looked up by id (two map look-ups per posting were most of an exclusion's cost).
    const out = new Int32Array(2 * len);
    let k = 0;
    for (let i = 0; i < len; i++) {
      const d = p[i] >>> 8;
      if (!alive[d]) continue;
      out[k++] = d;
      if (twin[d] > 0) out[k++] = twin[d] - 1;
    }
    return out.slice(0, k);
  }

  /**
   * Flags by doc number: which of `docs[0..n)` hold the run (consecutive words, each one of its
   * position's terms), answered from word positions.
   */
  docsWithRun(run: PhraseRun, docs: Int32Array, n: number): Uint8Array {
    const ids = run.map((set) => [...set].map((t) => this.table.get(t)).filter((tid) => tid >= 0 && this.postLen[tid] > 0));
    const src = {
      postings: (tid: number) => this.post[tid].subarray(0, this.postLen[tid]),
      positions: (tid: number) => this.positions.stream(tid),
    };
    return docsWithRun(src, ids, docs, n, this.docIds.length);
  }

  /** Bytes the word positions take (for the bench's memory figure). */
  get positionBytes(): number {
    return this.positions.bytes;
  }

  private df(tid: number): number {
    return this.postLen[tid];
  }

  /** Drop tombstoned documents and renumber, so postings stop growing with every edit. */
  compact(): void {
    // Nothing tombstoned: every slot, of either tier, is live (a save would otherwise renumber every time).
    if (this.statDocs === this.docIds.length) return;
    const remap = new Int32Array(this.docIds.length).fill(-1);
    const docIds: string[] = [];
    const docLens = new Int32Array(Math.max(64, this.statDocs));
    const hidden = new Uint8Array(docLens.length);
    for (let n = 0; n < this.docIds.length; n++) {
      if (!this.alive[n]) continue;
      remap[n] = docIds.length;
      docLens[docIds.length] = this.docLens[n];
      hidden[docIds.length] = this.hidden[n];
      docIds.push(this.docIds[n]);
    }
    for (let t = 0; t < this.post.length; t++) {
      const p = this.post[t];
      const len = this.postLen[t];
      let k = 0;
      this.positions.filter(t, (i) => remap[p[i] >>> 8] >= 0);
      const q = new Uint32Array(len);
      for (let i = 0; i < len; i++) {
        const to = remap[p[i] >>> 8];
        if (to >= 0) q[k++] = (to << 8) | (p[i] & TF_MAX);
      }
      this.post[t] = k ? q.slice(0, k) : EMPTY;
      this.postLen[t] = k;
    }
    this.docIds = docIds;
    this.docLens = docLens;
    this.hidden = hidden;
    this.alive = new Uint8Array(docLens.length);
    this.alive.fill(1, 0, docIds.length);
    this.numberDocs();
    this.layoutNo++;
    this.versionNo++;
    this.scratch = null;
    this.expansions.clear();
  }

  /** Rebuild the id → doc maps from docIds and the hidden flags. */
  private numberDocs(): void {
    this.docNum = new Map();
    this.hiddenNum = new Map();
    for (let i = 0; i < this.docIds.length; i++) (this.hidden[i] ? this.hiddenNum : this.docNum).set(this.docIds[i], i);
    this.twin = new Int32Array(this.docLens.length);
    for (const [id, h] of this.hiddenNum) {
      const t = this.docNum.get(id);
      if (t === undefined) continue;
      this.twin[t] = h + 1;
      this.twin[h] = t + 1;
    }
  }

  /** Binary snapshot (see index-snapshot.ts); compacts first so only live stories are written. */
  serialize(): Uint8Array {
    this.compact();
    const ids = this.docIds.map((id, i) => (this.hidden[i] ? id + HIDDEN_SUFFIX : id));
    return encodeSnapshot(
      ids,
      this.table.terms,
      this.forms.extra,
      this.docLens,
      (t) => this.post[t].subarray(0, this.postLen[t]),
      (t) => this.positions.stream(t),
    );
  }

  /**
   * `serialize()` for the main thread: the word positions logged since the last save are
   * sorted first in steps, `pause` awaited between them (TermPositions.flushInSlices).
   */
  async serializeInSlices(pause: () => Promise<unknown>): Promise<Uint8Array> {
    await this.positions.flushInSlices(pause);
    return this.serialize();
  }

  /** Rebuild from `serialize()` output; null when the bytes are not a valid snapshot. */
  static deserialize(bytes: Uint8Array): FullTextIndex | null {
    const parts = decodeSnapshot(bytes);
    if (!parts) return null;
    const idx = new FullTextIndex();
    const nDocs = parts.ids.length;
    for (let t = 0; t < parts.terms.length; t++) {
      if (idx.table.intern(parts.terms[t]) !== t) return null;
      idx.forms.add(t, parts.terms[t], parts.forms[t]);
    }
    idx.post = parts.postings;
    idx.postLen = parts.postings.map((p) => p.length);
    idx.positions.load(parts.positions);
    idx.docLens = nDocs < 64 ? grow(parts.docLens, 64) : parts.docLens;
    idx.hidden = new Uint8Array(idx.docLens.length);
    idx.docIds = parts.ids.map((id, i) => (id.endsWith(HIDDEN_SUFFIX) ? ((idx.hidden[i] = 1), id.slice(0, -HIDDEN_SUFFIX.length)) : id));
    idx.alive = new Uint8Array(idx.docLens.length);
    idx.alive.fill(1, 0, nDocs);
    idx.numberDocs();
    // A hidden-lines doc belongs to a story the snapshot also has.
    for (const id of idx.hiddenNum.keys()) if (!idx.docNum.has(id)) return null;
    for (let i = 0; i < nDocs; i++) idx.totalLen += idx.docLens[i];
    idx.statDocs = nDocs;
    idx.liveDocs = idx.docNum.size;
    idx.tfScratch = new Int32Array(Math.max(1024, parts.terms.length));
    return idx;
  }
}

const EMPTY = new Uint32Array(0);
const WORD = /[\p{L}\p{N}]+/gu;
/** A run holding a non-ASCII character, as `terms()` in tokenize.ts captures it. */
const MIXED_RUN = /[A-Za-z0-9]*[^\x00-\x7f][\p{L}\p{N}\p{M}]*/uy;

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}
