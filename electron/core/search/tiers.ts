import type { FullTextIndex } from './full-text-index';

/** Index hits with a story's hidden-lines doc dropped where its text matched too. */
export function oneTierPerStory<T extends { docs: Int32Array; scores: Float64Array }>(index: FullTextIndex, r: T): T {
  let anyHidden = false;
  for (let i = 0; i < r.docs.length && !anyHidden; i++) anyHidden = index.isHidden(r.docs[i]);
  if (!anyHidden) return r;
  const clean = new Set<string>();
  for (const d of r.docs) if (!index.isHidden(d)) clean.add(index.docId(d));
  const keep: number[] = [];
  for (let i = 0; i < r.docs.length; i++) if (!index.isHidden(r.docs[i]) || !clean.has(index.docId(r.docs[i]))) keep.push(i);
  return { ...r, docs: Int32Array.from(keep, (i) => r.docs[i]), scores: Float64Array.from(keep, (i) => r.scores[i]) };
}
