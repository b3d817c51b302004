import { stableHash } from './hash';

/**
 * Story ids are derived from the dump's identity and the story's headline (plus its rank
 * among same-titled stories), not from offsets, so an edit elsewhere in the file keeps
 * every id and the annotations attached to it.
 */
export function storyIds(docId: string, titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((t) => {
    const key = t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const base = `${docId}-${stableHash(key).slice(0, 8)}`;
    return n === 0 ? base : `${base}-${n}`;
  });
}

/** A dump's identity before any rename: a hash of where it was first seen. */
export function docIdForPath(rel: string): string {
  return stableHash(rel).slice(0, 10);
}
