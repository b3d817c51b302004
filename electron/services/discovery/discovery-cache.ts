import { createHash } from 'node:crypto';
import { FullTextIndex } from '../../core/search/full-text-index';
import type { StoryFacts } from '../../core/related/story-facts';
import { readDossierFile, readDossierJson, writeDossierFile } from '../store/dossier-dir';
import { decodeFacts, encodeFactsInSlices } from './facts-file';
import { TimeSlices } from '../time-slices';

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
 * 6: facts in their own binary file (facts-file.ts), bound the same way, instead of inside discovery.json.
 * 7: a headline is read once for entities; bodies and abbreviations of the concept table are organizations.
 * 8: multi-word places of the concept table ("Sri Lanka", "Шри-Ланка") are places, not organizations;
 *    a saved page keeps the text of a <form> wrapping it, and marks its photo captions.
 * 9: a middle initial is part of a person's name ("George W. Bush", not "George W" and "Bush").
 */
const VERSION = 9;

/**
 * Load the search index and per-story facts from `<folder>/.dossier/cache/`; null when
 * there is none, it is from another version, or anything in it does not add up (then
 * everything is rebuilt). The cache is workspace content anyone may have written: an index
 * file larger than `maxIndexBytes` is not read at all, and one whose hash is not the one
 * discovery.json recorded is not used. Facts that do not check out are recomputed; the index is kept.
 */
export async function loadDiscoveryCache(folder: string, maxIndexBytes = Number.MAX_SAFE_INTEGER): Promise<DiscoveryCache | null> {
  const meta = await readDossierJson<unknown>(folder, 'cache/discovery.json', null);
  if (!meta || typeof meta !== 'object') return null;
  const { version, indexBytes, indexHash, factsBytes, factsHash, files } = meta as Record<string, unknown>;
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
  let facts: Map<string, StoryFacts> | null = null;
  if (typeof factsBytes === 'number' && typeof factsHash === 'string' && factsBytes <= maxIndexBytes) {
    const raw = await readDossierFile(folder, 'cache/facts.bin', maxIndexBytes);
    if (raw && raw.byteLength === factsBytes && sha256(raw) === factsHash) facts = decodeFacts(raw);
  }
  return { files: fingerprints, index, facts: facts ?? new Map() };
}

/** Save atomically; a failure (read-only folder, a linked `.dossier` or `cache/`) only costs a rebuild next time. */
export async function saveDiscoveryCache(folder: string, cache: DiscoveryCache): Promise<boolean> {
  try {
    // One part at a time, so the index's bytes can be collected before the facts' are built.
    const slices = new TimeSlices();
    const index = await writePart(folder, 'cache/search-index.bin', await cache.index.serializeInSlices(() => slices.pause()));
    const facts = await writePart(folder, 'cache/facts.bin', await encodeFactsInSlices(cache.facts));
    await writeDossierFile(
      folder,
      'cache/discovery.json',
      JSON.stringify({
        version: VERSION,
        indexBytes: index.bytes,
        indexHash: index.hash,
        factsBytes: facts.bytes,
        factsHash: facts.hash,
        files: Object.fromEntries(cache.files),
      }),
    );
    return true;
  } catch {
    return false;
  }
}

/** Write one cache file and return what discovery.json records of it. */
async function writePart(folder: string, rel: string, content: Uint8Array): Promise<{ bytes: number; hash: string }> {
  await writeDossierFile(folder, rel, content);
  return { bytes: content.byteLength, hash: sha256(content) };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
