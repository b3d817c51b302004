import type { FullTextIndex } from './full-text-index';

/**
 * Index hits with a story's hidden-lines doc dropped where its text matched too. Clean hits are
 * flagged by doc number, so only the hidden hits look up their story's text doc (a set of the
 * clean hits' ids cost a broad query more than scoring it did).
 */
export function oneTierPerStory<T extends { docs: Int32Array; scores: Float64Array }>(index: FullTextIndex, r: T): T {
  let anyHidden = false;
  for (let i = 0; i < r.docs.length && !anyHidden; i++) anyHidden = index.isHidden(r.docs[i]);
  if (!anyHidden) return r;
  const cleanHit = new Uint8Array(index.docSlots);
  for (const d of r.docs) if (!index.isHidden(d)) cleanHit[d] = 1;
  const keep: number[] = [];
  for (let i = 0; i < r.docs.length; i++) {
    const d = r.docs[i];
    if (!index.isHidden(d)) keep.push(i);
    else {
      const text = index.storyDoc(index.docId(d));
      if (text < 0 || !cleanHit[text]) keep.push(i);
    }
  }
  return { ...r, docs: Int32Array.from(keep, (i) => r.docs[i]), scores: Float64Array.from(keep, (i) => r.scores[i]) };
}
