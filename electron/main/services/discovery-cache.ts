import { FullTextIndex } from '../../core/search/full-text-index';
import type { PackedEntities } from '../../core/entities/packed';
import { NUM_HASHES } from '../../core/related/minhash';
import { readDossierFile, readDossierJson, writeDossierFile } from './store/dossier-dir';

/** Derived per-story data that is slow to compute and cheap to keep. */
export interface StoryFacts {
  /** See packed.ts: one string per story keeps 20,000 stories' names in a fifth of the memory. */
  entities: PackedEntities;
  signature: Uint32Array;
  exactHash: string;
}

export interface DiscoveryCache {
  /** File path → fingerprint (size, mtime, story layout) the cached data was built from. */
  files: Map<string, string>;
  index: FullTextIndex;
  facts: Map<string, StoryFacts>;
}

/** 2: postings packed as 32-bit words; entities as one packed string per story, without mention offsets. */
const VERSION = 2;

/**
 * Load the search index and per-story facts from `<folder>/.dossier/cache/`; null when
 * there is none or it is from another version (then everything is rebuilt).
 */
export async function loadDiscoveryCache(folder: string): Promise<DiscoveryCache | null> {
  const meta = await readDossierJson<{ version?: number; indexBytes?: number; files?: Record<string, string>; facts?: Record<string, [unknown, unknown, unknown]> } | null>(
    folder,
    'cache/discovery.json',
    null,
  );
  if (!meta || meta.version !== VERSION || !meta.files) return null;
  const bytes = await readDossierFile(folder, 'cache/search-index.bin');
  // The two files are written one after the other; a size mismatch means a crash in between.
  if (!bytes || bytes.byteLength !== meta.indexBytes) return null;
  const index = bytes ? FullTextIndex.deserialize(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : null;
  if (!index) return null;
  const facts = new Map<string, StoryFacts>();
  for (const [id, row] of Object.entries(meta.facts ?? {})) {
    // A malformed row costs that story a recompute, never the workspace.
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string' || typeof row[2] !== 'string') continue;
    const [entities, sig, exactHash] = row as [string, string, string];
    const buf = Buffer.from(sig, 'base64');
    if (buf.byteLength !== NUM_HASHES * 4) continue;
    facts.set(id, { entities, signature: new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)), exactHash });
  }
  return { files: new Map(Object.entries(meta.files)), index, facts };
}

/** Save atomically; a failure (read-only folder, a linked `.dossier` or `cache/`) only costs a rebuild next time. */
export async function saveDiscoveryCache(folder: string, cache: DiscoveryCache): Promise<boolean> {
  try {
    const facts: Record<string, [string, string, string]> = {};
    for (const [id, f] of cache.facts) facts[id] = [f.entities, Buffer.from(f.signature.buffer, f.signature.byteOffset, f.signature.byteLength).toString('base64'), f.exactHash];
    const bin = cache.index.serialize();
    await writeDossierFile(folder, 'cache/search-index.bin', bin);
    await writeDossierFile(folder, 'cache/discovery.json', JSON.stringify({ version: VERSION, indexBytes: bin.byteLength, files: Object.fromEntries(cache.files), facts }));
    return true;
  } catch {
    return false;
  }
}
