import type { SearchResponse } from '../../core/search/search-engine';
import type { Facets } from '../../core/search/facets';
import type { EntityKind } from '../../core/entities/types';
import type { RelatedSuggestion } from '../../core/related/related';
import type { Timeline, TimelineUnit } from '../../core/related/timeline';
import type {
  ClusterSummary,
  ClusterView,
  DiscoveryPort,
  DiscoveryStatus,
  EntityDetail,
  EntitySummary,
  StorylineSummary,
  StorylineView,
} from '../../core/ports/discovery-port';
import { listStorylines, moveStory, refreshStorylines, storylineView, storylinesSettled } from './discovery-storylines';
import { DossierError } from '../../core/errors';
import { DiscoveryState, type DiscoveryOptions } from './discovery-state';
import { loadIndex, updateIndex } from './discovery-index';
import { computeFacts } from './discovery-facts';
import { DiscoveryQueries } from './discovery-queries';

export type { DiscoveryOptions, DiscoveryWorkspace } from './discovery-state';

/**
 * Search, entities, related stories, near-duplicates and the timeline over the open
 * workspace. The search index is built (or loaded from `.dossier/cache/`) when a workspace
 * opens (discovery-index.ts); entities and near-duplicates follow in the background
 * (discovery-facts.ts); the questions are answered in discovery-queries.ts. This class only
 * orders the three: queries wait for the index, the background restarts after each update.
 */
export class DiscoveryService implements DiscoveryPort {
  private readonly state: DiscoveryState;
  private readonly queries: DiscoveryQueries;

  constructor(opts: DiscoveryOptions) {
    this.state = new DiscoveryState(opts);
    this.queries = new DiscoveryQueries(this.state);
  }

  /**
   * Start on a workspace: load the cache, re-index only files whose fingerprint changed, then
   * start the background work. Does not hold up the workspace opening: queries wait for the index.
   */
  start(folder: string): Promise<void> {
    const gen = ++this.state.generation;
    // Facts queued for the previous workspace are not wanted any more.
    this.state.factsPool.cancel();
    this.state.indexing = loadIndex(this.state, folder, gen).then(
      (current) => this.startBackground(current),
      () => undefined,
    );
    return this.state.indexing;
  }

  /**
   * Incremental update after the workspace re-read some files (the watcher calls this):
   * re-index changed paths, drop removed ones, then refresh entities and duplicates.
   */
  updateFiles(changedPaths: string[], removedPaths: string[]): Promise<void> {
    const run = this.state.indexing
      .then(() => updateIndex(this.state, changedPaths, removedPaths))
      .then((current) => this.startBackground(current));
    this.state.indexing = run.catch(() => undefined);
    return run;
  }

  /**
   * Stop: the background work (entities, duplicates) notices the new generation at its next
   * slice and returns without saving half-done facts; resolves once it and any indexing have ended and the
   * facts workers are stopped.
   */
  async stop(): Promise<void> {
    this.state.generation++;
    // Facts still queued or on a worker resolve as not wanted, so the background pass returns at once.
    await this.state.factsPool.close();
    await this.state.indexing;
    await this.state.background;
    // Nothing may have started a worker since, but no thread outlives a stop.
    await this.state.factsPool.close();
  }

  /** Resolves when entities and duplicates are up to date (the CLI waits; the app need not). */
  whenReady(): Promise<void> {
    return this.queries.whenReady();
  }

  status(): DiscoveryStatus {
    return { phase: this.state.phase, stories: this.state.index.size };
  }

  search(query: string, limit?: number, facets?: boolean): Promise<SearchResponse> {
    return this.queries.search(query, limit, facets);
  }

  facets(query: string): Promise<{ facets: Facets; total: number; warnings: string[] }> {
    return this.queries.facets(query);
  }

  timeline(query: string, by: TimelineUnit): Promise<Timeline & { warnings: string[] }> {
    return this.queries.timeline(query, by);
  }

  listEntities(kind?: EntityKind, limit?: number): Promise<EntitySummary[]> {
    return this.queries.listEntities(kind, limit);
  }

  entitiesForStory(storyId: string): Promise<EntitySummary[]> {
    return this.queries.entitiesForStory(storyId);
  }

  getEntity(id: string): Promise<EntityDetail> {
    return this.queries.getEntity(id);
  }

  mergeEntities(from: string, into: string): Promise<EntitySummary> {
    return this.queries.mergeEntities(from, into);
  }

  splitEntity(entity: string, alias: string): Promise<EntitySummary[]> {
    return this.queries.splitEntity(entity, alias);
  }

  related(id: string): Promise<RelatedSuggestion[]> {
    return this.queries.related(id);
  }

  dismiss(id: string, otherId: string): Promise<void> {
    return this.queries.dismiss(id, otherId);
  }

  duplicateClusters(): Promise<ClusterSummary[]> {
    return this.queries.duplicateClusters();
  }

  duplicateCluster(id: string): Promise<ClusterView> {
    return this.queries.duplicateCluster(id);
  }

  async listStorylines(limit = 5000): Promise<StorylineSummary[]> {
    await this.queries.requireReady();
    await storylinesSettled(this.state);
    return listStorylines(this.state, Math.max(1, Math.min(limit, 20000)));
  }

  async storylineForStory(storyId: string): Promise<StorylineView | null> {
    await this.queries.requireReady();
    await storylinesSettled(this.state);
    if (!this.state.meta.has(storyId))
      throw new DossierError('story-not-found', 'That story is no longer in the workspace; its file may have been moved or deleted.');
    return storylineView(this.state, this.state.storylineOf.get(storyId));
  }

  async moveStory(storyId: string, into: string | null): Promise<StorylineView | null> {
    await this.queries.requireReady();
    return moveStory(this.state, storyId, into);
  }

  /** The analyst's storyline corrections changed elsewhere (undo, redo): apply them to the current clustering. */
  storylineMovesChanged(): void {
    // Readers of the storylines wait for this clustering (state.storylinesApplied).
    if (this.state.phase === 'ready' && this.state.folder) void refreshStorylines(this.state);
  }

  /** Recompute the background facts for the open workspace, unless the index work was superseded. */
  private startBackground(current: boolean): void {
    if (current) this.state.background = computeFacts(this.state, this.state.generation).catch(() => undefined);
  }
}
