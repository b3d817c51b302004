import type { DuplicateCluster } from './duplicates';
import { wordDiff, type Range } from './word-diff';

/** One story of a near-duplicate group, with what it adds to and drops from the reference. */
export interface ClusterVariant {
  storyId: string;
  path: string;
  title: string;
  text: string;
  similarity: number;
  added: Range[];
  removed: Range[];
}

/**
 * The variants of a near-duplicate group as the comparison view shows them: the first story
 * is the reference (similarity 1, no differences); every other story carries its word
 * differences from the reference and its similarity to it, or the group's similarity when the
 * two were linked through a third story. A story the catalog no longer knows keeps an empty
 * path and title rather than failing the whole view.
 */
export function clusterVariants(
  cluster: DuplicateCluster,
  story: (id: string) => { path: string; title: string } | undefined,
  body: (id: string) => string,
): ClusterVariant[] {
  const [ref] = cluster.storyIds;
  const refText = body(ref);
  // One pass over the pairs, not one per variant: a group of many copies has a pair for nearly every two of them.
  const toRef = new Map<string, number>();
  for (const p of cluster.pairs) {
    const other = p.a === ref ? p.b : p.b === ref ? p.a : null;
    if (other !== null && !toRef.has(other)) toRef.set(other, p.similarity);
  }
  const simTo = (sid: string) => toRef.get(sid) ?? cluster.similarity;
  return cluster.storyIds.map((sid) => {
    const m = story(sid);
    const text = sid === ref ? refText : body(sid);
    const diff = sid === ref ? { added: [], removed: [] } : wordDiff(refText, text);
    return {
      storyId: sid,
      path: m?.path ?? '',
      title: m?.title ?? '',
      text,
      similarity: sid === ref ? 1 : simTo(sid),
      added: diff.added,
      removed: diff.removed,
    };
  });
}

/**
 * Each story's near-duplicates from the clusters' linking pairs (both directions), built in
 * one pass: related-story suggestions read it per story.
 */
export function duplicatesByStory(clusters: readonly DuplicateCluster[]): Map<string, { storyId: string; similarity: number }[]> {
  const out = new Map<string, { storyId: string; similarity: number }[]>();
  const add = (from: string, to: string, similarity: number) => {
    const list = out.get(from);
    if (list) list.push({ storyId: to, similarity });
    else out.set(from, [{ storyId: to, similarity }]);
  };
  for (const c of clusters) {
    for (const p of c.pairs) {
      add(p.a, p.b, p.similarity);
      add(p.b, p.a, p.similarity);
    }
  }
  return out;
}
