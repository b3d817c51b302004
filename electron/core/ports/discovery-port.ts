import type { SearchResponse } from '../search/search-engine';
import type { Facets } from '../search/facets';
import type { EntityKind } from '../entities/types';
import type { EntityForm } from '../entities/entity-forms';
import type { RelatedSuggestion } from '../related/related';
import type { Range } from '../related/word-diff';
import type { Timeline, TimelineUnit } from '../related/timeline';

/** Background stage of the discovery service, reported by `discovery.progress`. */
export type DiscoveryPhase = 'index' | 'entities' | 'duplicates' | 'storylines' | 'ready';

export interface DiscoveryProgress {
  phase: DiscoveryPhase;
  done: number;
  total: number;
}

export interface DiscoveryStatus {
  phase: DiscoveryPhase;
  stories: number;
}

export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  stories: number;
  mentions: number;
}

export interface EntityDetail extends EntitySummary {
  storyList: { storyId: string; title: string; path: string; date: string | null; count: number }[];
  cooccurring: { id: string; name: string; kind: EntityKind; stories: number }[];
  /** The spellings seen (other scripts, case forms) and in which stories, most-used first. */
  forms: EntityForm[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ClusterSummary {
  id: string;
  similarity: number;
  stories: { storyId: string; path: string; title: string }[];
}

/** A near-duplicate group with each variant's text and its word-level differences from the first. */
export interface ClusterView extends ClusterSummary {
  referenceId: string;
  variants: { storyId: string; path: string; title: string; text: string; similarity: number; added: Range[]; removed: Range[] }[];
}

/** A storyline: stories about one real-world event across dumps and outlets (core/related/storylines.ts). */
export interface StorylineSummary {
  /** `sl-<id of its earliest story>` (stories the analyst moved in aside): kept when stories join or leave, so corrections can name it. */
  id: string;
  /** Its top names and words, e.g. "Sergei Lavrov, Wang Yi, Beijing · corridors, summit". */
  label: string;
  /** Published dates (YYYY-MM-DD) of its first and last story; null when none is dated. */
  first: string | null;
  last: string | null;
  /** Outlets that carried it, most stories first. */
  sources: string[];
  /** Its story ids, oldest first (undated last). */
  stories: string[];
}

/** A storyline with each story and why it belongs ("shares Lavrov, Wang Yi, Beijing; 2 days apart"). */
export interface StorylineView extends StorylineSummary {
  members: {
    storyId: string;
    title: string;
    path: string;
    date: string | null;
    source: string | null;
    reason: string;
    /** The earlier story it was matched with, if any. */
    via: string | null;
    score: number | null;
  }[];
}

/** Find and connect: what the API routes call (the main process implements it). */
export interface DiscoveryPort {
  status(): DiscoveryStatus;
  /** `facets: false` skips counting facets (empty lists) when the caller asks search.facets separately. */
  search(query: string, limit?: number, facets?: boolean): Promise<SearchResponse>;
  facets(query: string): Promise<{ facets: Facets; total: number; warnings: string[] }>;
  timeline(query: string, by: TimelineUnit): Promise<Timeline & { warnings: string[] }>;
  listEntities(kind?: EntityKind, limit?: number): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntityDetail>;
  entitiesForStory(storyId: string): Promise<EntitySummary[]>;
  mergeEntities(from: string, into: string): Promise<EntitySummary>;
  splitEntity(entity: string, alias: string): Promise<EntitySummary[]>;
  related(id: string): Promise<RelatedSuggestion[]>;
  dismiss(id: string, otherId: string): Promise<void>;
  duplicateClusters(): Promise<ClusterSummary[]>;
  duplicateCluster(id: string): Promise<ClusterView>;
  listStorylines(limit?: number): Promise<StorylineSummary[]>;
  /** The storyline of a story, or null when it is in none. */
  storylineForStory(storyId: string): Promise<StorylineView | null>;
  /** Move a story out of its storyline (`into` null) or into another; kept in the workspace database. Resolves with its storyline after. */
  moveStory(storyId: string, into: string | null): Promise<StorylineView | null>;
}
