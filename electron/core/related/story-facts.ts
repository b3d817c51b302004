import type { PackedEntities } from '../entities/packed';
import type { PackedTerms } from './story-terms';
import type { NoiseSpan } from '../types';

/** Derived per-story data that is slow to compute and cheap to keep: what discovery's background needs of each story. */
export interface StoryFacts {
  /** See packed.ts: one string per story keeps 20,000 stories' names in a fifth of the memory. */
  entities: PackedEntities;
  signature: Uint32Array;
  exactHash: string;
  /** The story's top content words, what storylines compare wording by (story-terms.ts). */
  terms: PackedTerms;
  /** How many words its clean text has (near-duplicates treat short stories apart). */
  words: number;
}

/**
 * What a story's facts were computed from: its title and its place and noise in the file.
 * Facts computed at ingest are used by discovery only while the story still has this layout
 * (a later re-segmentation or a manual fix changes it, and the facts are computed again).
 */
export function factsLayout(story: { title: string; start: number; end: number; noise: readonly NoiseSpan[] }): string {
  let key = `${story.start}:${story.end}:${story.title}`;
  for (const n of story.noise) key += `|${n.start}-${n.end}`;
  return key;
}
