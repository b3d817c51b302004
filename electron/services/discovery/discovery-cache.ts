import { createHash } from 'node:crypto';
import { FullTextIndex } from '../../core/search/full-text-index';
import type { StoryFacts } from '../../core/related/story-facts';
import { NUM_HASHES } from '../../core/related/minhash';
import { readDossierFile, readDossierJson, writeDossierFile } from '../store/dossier-dir';

export interface DiscoveryCache {
  /** File path → fingerprint (content hash, story layout) the cached data was built from. */
  files: Map<string, string>;
  index: FullTextIndex;
  facts: Map<string, StoryFacts>;
}

/**
 * 2: postings packed as 32-bit words; entities as one packed string per story, without mention offsets.
 * 3: files keyed by the sha256 of their bytes, not size and mtime; the index bound to discovery.json by its own hash.
 * 4: each story's top content words, for storylines, and its word count.
 * 5: entity keys read Russian case forms (name-key.ts), search reads datelines and hidden lines.
 */
const VERSION = 5;

/**
 * Load the search index and per-story facts from `<folder>/.dossier/cache/`; null when
 * there is none, it is from another version, or anything in it does not add up (then
 * everything is rebuilt). The cache is workspace content anyone may have written: an index
 * file larger than `maxIndexBytes` is not read at all, and one whose hash is not the one
 * discovery.json recorded is not used.
 */
export async function loadDiscoveryCache(folder: string, maxIndexBytes = Number.MAX_SAFE_INTEGER): Promise<DiscoveryCache | null> {
  const meta = await readDossierJson<unknown>(folder, 'cache/discovery.json', null);
  if (!meta || typeof meta !== 'object') return null;
  const { version, indexBytes, indexHash, files, facts: rows } = meta as Record<string, unknown>;
  if (
    version !== VERSION ||
    typeof indexBytes !== 'number' ||
    typeof indexHash !== 'string' ||
    !isRecord(files) ||
    indexBytes > maxIndexBytes
  )
    return null;
  // The two files are written one after the other; a size or hash mismatch means a crash in between, or a forgery.
  const bytes = await readDossierFile(folder, 'cache/search-index.bin', maxIndexBytes);
  if (!bytes || bytes.byteLength !== indexBytes || sha256(bytes) !== indexHash) return null;
  const index = FullTextIndex.deserialize(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!index) return null;
  const fingerprints = new Map<string, string>();
  for (const [path, fp] of Object.entries(files)) if (typeof fp === 'string') fingerprints.set(path, fp);
  const facts = new Map<string, StoryFacts>();
  for (const [id, row] of Object.entries(isRecord(rows) ? rows : {})) {
    // A malformed row costs that story a recompute, never the workspace.
    if (!Array.isArray(row) || row.length < 5 || row.slice(0, 4).some((x) => typeof x !== 'string')) continue;
    const [entities, sig, exactHash, terms, words] = row as [string, string, string, string, unknown];
    if (typeof words !== 'number' || !Number.isInteger(words) || words < 0) continue;
    const buf = Buffer.from(sig, 'base64');
    if (buf.byteLength !== NUM_HASHES * 4) continue;
    facts.set(id, {
      entities,
      signature: new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)),
      exactHash,
      terms,
      words,
    });
  }
  return { files: fingerprints, index, facts };
}

/** Save atomically; a failure (read-only folder, a linked `.dossier` or `cache/`) only costs a rebuild next time. */
export async function saveDiscoveryCache(folder: string, cache: DiscoveryCache): Promise<boolean> {
  try {
    const facts: Record<string, [string, string, string, string, number]> = {};
    for (const [id, f] of cache.facts)
      facts[id] = [
        f.entities,
        Buffer.from(f.signature.buffer, f.signature.byteOffset, f.signature.byteLength).toString('base64'),
        f.exactHash,
        f.terms,
        f.words,
      ];
    const bin = cache.index.serialize();
    await writeDossierFile(folder, 'cache/search-index.bin', bin);
    await writeDossierFile(
      folder,
      'cache/discovery.json',
      JSON.stringify({
        version: VERSION,
        indexBytes: bin.byteLength,
        indexHash: sha256(bin),
        files: Object.fromEntries(cache.files),
        facts,
      }),
    );
    return true;
  } catch {
    return false;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
