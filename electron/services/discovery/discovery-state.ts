import type { Emit } from '../../core/api/emit';
import type { WorkspacePort } from '../../core/ports';
import type { Story } from '../../core/types';
import { FullTextIndex } from '../../core/search/full-text-index';
import { cleanBody } from '../../core/search/clean-body';
import { searchTexts } from '../../core/search/search-text';
import type { SearchableStory } from '../../core/search/search-engine';
import type { AnnotationFacts } from '../../core/search/annotation-facts';
import type { DiscoveryPhase } from '../../core/ports/discovery-port';
import { EntityIndex } from '../../core/entities/entity-index';
import type { EntityOverrides } from '../../core/entities/types';
import type { DuplicateCluster } from '../../core/related/duplicates';
import type { Storyline, StorylineMove } from '../../core/related/storylines';
import type { StoryFacts } from '../../core/related/story-facts';
import { saveDiscoveryCache } from './discovery-cache';
import type { DismissalStore } from './discovery-stores';
import { FactsPool, type EntityInput } from '../workers/facts-pool';
import type { AheadRun } from './facts-ahead';
import { VersionedMap } from '../../core/search/versioned-map';

/**
 * The part of the workspace discovery reads (WorkspaceService satisfies it). Story texts come
 * through `rawFile`, so the workspace's text cache (checked against content hashes) is the
 * only copy of a dump's text.
 */
export interface DiscoveryWorkspace extends Pick<WorkspacePort, 'current' | 'listStories' | 'listFiles' | 'rawFile'> {
  storyRecord(id: string): Story;
  /** The hash of a dump's bytes as last read, or null when it is not in the catalog. */
  contentHash(path: string): string | null;
  /** Facts the ingest worker computed for a story with its read, once, if they still fit it (optional: a bare workspace has none). */
  takeStoryFacts?(id: string): StoryFacts | null;
  /** A pass of the background facts is over: facts not taken are not needed. */
  dropStoryFacts?(): void;
}

export interface DiscoveryOptions {
  workspace: DiscoveryWorkspace;
  emit: Emit;
  /** Tags and highlights from the annotations area; null until that area provides them. */
  facts?: () => AnnotationFacts | null;
  /** Where manual entity corrections live; defaults to `.dossier/entity-overrides.json`. */
  overrides?: (folder: string) => Promise<EntityOverrides>;
  /** Dismissed suggestions: the annotation store's, so they are journalled and undoable like every edit. */
  dismissals: (folder: string) => Promise<DismissalStore>;
  /** The analyst's storyline corrections (the annotation store's), oldest first, and how to record one. */
  storylineMoves?: { list(): StorylineMove[]; move(storyId: string, into: string | null): Promise<void> };
  /** Worker threads computing per-story facts (0 computes them on the main thread); default: sized to the machine. */
  factsWorkers?: number;
}

/**
 * What discovery knows about the open workspace, shared by the index upkeep, the background
 * facts and the queries. `generation` changes when another folder opens: work started for
 * the previous one checks it after every pause and stops.
 */
export class DiscoveryState {
  folder: string | null = null;
  index = new FullTextIndex();
  /** Counted, so search's table of stories by doc number knows when to read it again. */
  meta = new VersionedMap<string, SearchableStory>();
  /** File path → fingerprint the index and facts were built from. */
  fileFp = new Map<string, string>();
  facts = new Map<string, StoryFacts>();
  entities: EntityIndex | null = null;
  clusters: DuplicateCluster[] = [];
  dupOf = new Map<string, { storyId: string; similarity: number }[]>();
  storylines: Storyline[] = [];
  /** Story id → its storyline (stories in none are absent). */
  storylineOf = new Map<string, Storyline>();
  /** Settles when the latest storyline clustering has been applied (see discovery-storylines.ts). */
  storylinesApplied: Promise<void> = Promise.resolve();
  /** Counts clusterings started, so one that finishes after a newer one started is not applied. */
  storylineRun = 0;
  overrides: EntityOverrides | null = null;
  dismissals: DismissalStore | null = null;
  generation = 0;
  /** The newest background pass (computeFacts): an older one of the same generation stops. */
  backgroundRun = 0;
  background: Promise<void> = Promise.resolve();
  phase: DiscoveryPhase = 'ready';
  /** Settles when the search index of the open workspace is built or loaded (and any update applied). */
  indexing: Promise<void> = Promise.resolve();
  /** Computes per-story facts on other threads. */
  readonly factsPool: FactsPool;
  /** Facts gathered while the index is built (facts-ahead.ts), for the next facts pass; null when none were started. */
  ahead: AheadRun | null = null;

  constructor(readonly opts: DiscoveryOptions) {
    this.factsPool = new FactsPool(opts.factsWorkers);
  }

  /** A story's clean body, read through the workspace (and its text cache). */
  body(id: string): string {
    const story = this.opts.workspace.storyRecord(id);
    return cleanBody(this.opts.workspace.rawFile(story.path).text, story);
  }

  /** What search reads of a story: clean text with its dateline, and its hidden lines (see search-text.ts). */
  searchText(id: string): { clean: string; hidden: string } {
    const story = this.opts.workspace.storyRecord(id);
    return searchTexts(this.opts.workspace.rawFile(story.path).text, story);
  }

  /** `searchText`, or null when the file went away meanwhile. */
  trySearchText(id: string): { clean: string; hidden: string } | null {
    try {
      return this.searchText(id);
    } catch {
      return null;
    }
  }

  /** The body, or null when the file went away meanwhile (the next change notice will tidy up). */
  tryBody(id: string): string | null {
    try {
      return this.body(id);
    } catch {
      return null;
    }
  }

  /** The library's entities from the per-story facts of the stories still in the catalog, with the manual corrections. */
  rebuildEntities(): void {
    const { perStory, overrides } = this.entityInput();
    this.entities = new EntityIndex(perStory, overrides);
  }

  /** What the library's entities are built from: the per-story entities of the stories in the catalog, and the manual corrections. */
  entityInput(): EntityInput {
    const perStory = new Map<string, StoryFacts['entities']>();
    for (const id of this.meta.keys()) {
      const f = this.facts.get(id);
      if (f) perStory.set(id, f.entities);
    }
    return { perStory, overrides: this.overrides?.get() ?? { merges: [], splits: [] } };
  }

  /** Persist the index and facts to `.dossier/cache/`, so the next opening skips the work. */
  async save(): Promise<void> {
    if (this.folder) await saveDiscoveryCache(this.folder, { files: this.fileFp, index: this.index, facts: this.facts });
  }
}

/** Yield to the event loop, so long discovery work never holds up the app. */
export const tick = () => new Promise<void>((r) => setImmediate(r));
