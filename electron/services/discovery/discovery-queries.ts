import { DossierError } from '../../core/errors';
import { parseQuery, QuerySyntaxError, type ParsedQuery } from '../../core/search/query-parser';
import { matchQuery, runSearch, type SearchContext, type SearchResponse } from '../../core/search/search-engine';
import type { Facets } from '../../core/search/facets';
import type { EntityIndex, Entity } from '../../core/entities/entity-index';
import type { EntityKind } from '../../core/entities/types';
import { cooccurringEntities } from '../../core/entities/cooccurrence';
import { entityForms } from '../../core/entities/entity-forms';
import { entityList } from '../../core/entities/packed';
import type { DuplicateCluster } from '../../core/related/duplicates';
import { relatedStories, type RelatedSuggestion } from '../../core/related/related';
import { clusterVariants } from '../../core/related/cluster-variants';
import { buildTimeline, type Timeline, type TimelineUnit } from '../../core/related/timeline';
import type { ClusterSummary, ClusterView, EntityDetail, EntitySummary } from '../../core/ports/discovery-port';
import type { DiscoveryState } from './discovery-state';
import { StoriesByDoc } from '../../core/search/stories-by-doc';

/** The facet key while entities are not computed yet (every story then names none). */
const NO_ENTITIES = {};

const noWorkspace = () => new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');

/**
 * The questions the app asks of discovery (search, timeline, entities, related stories,
 * near-duplicates) and the analyst's corrections. Each waits for the index, and for the
 * background facts when its answer depends on them.
 */
export class DiscoveryQueries {
  private readonly byDoc = new StoriesByDoc();

  constructor(private readonly state: DiscoveryState) {}

  /** Resolves when entities and duplicates are up to date (the CLI waits; the app need not). */
  async whenReady(): Promise<void> {
    await this.state.indexing;
    await this.state.background;
  }

  /** Search; waits for the index, and for entities when the query filters by entity. */
  async search(query: string, limit = 50, facets = true): Promise<SearchResponse> {
    const q = this.parse(query);
    await this.state.indexing;
    if (q.filters.some((f) => f.key === 'entity')) await this.state.background;
    return runSearch(this.state.index, this.context(), q, Math.max(1, Math.min(limit, 500)), facets);
  }

  async facets(query: string): Promise<{ facets: Facets; total: number; warnings: string[] }> {
    const r = await this.search(query, 1);
    return { facets: r.facets, total: r.total, warnings: r.warnings };
  }

  async timeline(query: string, by: TimelineUnit): Promise<Timeline & { warnings: string[] }> {
    const q = this.parse(query);
    await this.state.indexing;
    if (q.filters.some((f) => f.key === 'entity')) await this.state.background;
    const warnings: string[] = [];
    const { ranked } = matchQuery(this.state.index, this.context(), q, warnings);
    const stories = ranked.map(({ id }) => this.state.meta.get(id)!).filter(Boolean);
    return {
      ...buildTimeline(
        stories.map((s) => ({ id: s.id, title: s.title, path: s.path, date: s.date, source: s.source })),
        by,
      ),
      warnings: [...new Set(warnings)],
    };
  }

  async listEntities(kind?: EntityKind, limit = 500): Promise<EntitySummary[]> {
    const ents = await this.entityIndex();
    return [...ents.entities.values()]
      .filter((e) => !kind || e.kind === kind)
      .sort((a, b) => b.stories.size - a.stories.size || a.name.localeCompare(b.name))
      .slice(0, Math.max(1, Math.min(limit, 5000)))
      .map(summary);
  }

  /** The entities a story mentions, most mentioned first; `mentions` counts this story only. */
  async entitiesForStory(storyId: string): Promise<EntitySummary[]> {
    const ents = await this.entityIndex();
    return ents
      .forStory(storyId)
      .flatMap((id) => {
        const e = ents.entities.get(id);
        return e ? [{ ...summary(e), mentions: Math.round(e.stories.get(storyId) ?? 0) }] : [];
      })
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  async getEntity(id: string): Promise<EntityDetail> {
    const ents = await this.entityIndex();
    const e = ents.entities.get(id);
    if (!e)
      throw new DossierError('entity-not-found', 'That entity no longer exists; it may have been merged or split. Reload the entity list.');
    const present = [...e.stories].flatMap(([sid, count]) => {
      const m = this.state.meta.get(sid);
      return m ? [{ storyId: sid, title: m.title, path: m.path, date: m.date, count }] : [];
    });
    const cooccurring = cooccurringEntities(
      { forStory: (sid) => ents.forStory(sid), entity: (oid) => ents.entities.get(oid) },
      id,
      present.map((s) => s.storyId),
    );
    const storyList = present.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
    const dates = storyList
      .map((s) => s.date)
      .filter((d): d is string => !!d)
      .sort();
    const forms = entityForms(
      e,
      storyList.map((s) => s.storyId),
      (sid) => entityList(this.state.facts.get(sid)?.entities ?? []),
    );
    return { ...summary(e), storyList, cooccurring, forms, firstSeen: dates[0] ?? null, lastSeen: dates[dates.length - 1] ?? null };
  }

  async mergeEntities(from: string, into: string): Promise<EntitySummary> {
    const ents = await this.entityIndex();
    if (from === into) throw new DossierError('bad-merge', 'Choose two different entities to merge.');
    if (!ents.entities.has(from) || !ents.entities.has(into))
      throw new DossierError('entity-not-found', 'One of those entities no longer exists. Reload the entity list and try again.');
    const o = this.requireOverrides();
    const data = o.get();
    await o.save({ ...data, merges: [...data.merges.filter((m) => m.from !== from), { from, into }] });
    this.state.rebuildEntities();
    return summary(this.state.entities!.entities.get(into)!);
  }

  async splitEntity(entity: string, alias: string): Promise<EntitySummary[]> {
    const ents = await this.entityIndex();
    const e = ents.entities.get(entity);
    if (!e) throw new DossierError('entity-not-found', 'That entity no longer exists. Reload the entity list and try again.');
    if (!e.aliases.includes(alias))
      throw new DossierError(
        'alias-not-found',
        `"${alias}" is not one of the spellings of ${e.name}; choose one of: ${e.aliases.slice(0, 8).join(', ')}.`,
      );
    if (e.aliases.length < 2) throw new DossierError('bad-split', `${e.name} has only one spelling; there is nothing to split off.`);
    const o = this.requireOverrides();
    const data = o.get();
    await o.save({
      merges: data.merges.filter((m) => m.from !== entity && m.into !== entity),
      splits: [...data.splits, { entity, alias }],
    });
    this.state.rebuildEntities();
    return [...this.state.entities!.entities.values()].filter((x) => x.id === entity || x.aliases.includes(alias)).map(summary);
  }

  async related(id: string): Promise<RelatedSuggestion[]> {
    await this.state.indexing;
    const { meta } = this.state;
    if (!meta.has(id))
      throw new DossierError('story-not-found', 'That story is no longer in the workspace; its file may have been moved or deleted.');
    const ents = await this.entityIndex();
    const dismissed = this.state.dismissals?.dismissedWith(id) ?? new Set<string>();
    return relatedStories(
      {
        story: (sid) => meta.get(sid),
        entitiesOf: (sid) => ents.forStory(sid),
        entity: (eid) => {
          const e = ents.entities.get(eid);
          return e && { name: e.name, stories: e.stories };
        },
        duplicatesOf: (sid) => this.state.dupOf.get(sid) ?? [],
        totalStories: meta.size,
        dismissed: (a, b) => (a === id ? dismissed.has(b) : b === id ? dismissed.has(a) : false),
      },
      id,
    );
  }

  async dismiss(id: string, otherId: string): Promise<void> {
    if (!this.state.dismissals) throw noWorkspace();
    await this.state.dismissals.add(id, otherId);
  }

  /** Waits for the background facts of an open workspace (storylines are the last of them). */
  async requireReady(): Promise<void> {
    if (!this.state.folder) throw noWorkspace();
    await this.whenReady();
  }

  async duplicateClusters(): Promise<ClusterSummary[]> {
    if (!this.state.folder) throw noWorkspace();
    await this.whenReady();
    return this.state.clusters.map((c) => this.clusterSummary(c));
  }

  async duplicateCluster(id: string): Promise<ClusterView> {
    await this.whenReady();
    const c = this.state.clusters.find((x) => x.id === id);
    if (!c)
      throw new DossierError(
        'cluster-not-found',
        'That group of near-duplicates no longer exists; the library may have changed. Reload the list.',
      );
    const variants = clusterVariants(
      c,
      (sid) => this.state.meta.get(sid),
      (sid) => this.state.body(sid),
    );
    return { ...this.clusterSummary(c), referenceId: c.storyIds[0], variants };
  }

  private clusterSummary(c: DuplicateCluster): ClusterSummary {
    const { meta } = this.state;
    return {
      id: c.id,
      similarity: c.similarity,
      stories: c.storyIds.map((sid) => ({ storyId: sid, path: meta.get(sid)?.path ?? '', title: meta.get(sid)?.title ?? '' })),
    };
  }

  private parse(query: string): ParsedQuery {
    if (!this.state.folder) throw noWorkspace();
    try {
      return parseQuery(query);
    } catch (err) {
      if (err instanceof QuerySyntaxError) throw new DossierError('bad-query', err.message);
      throw err;
    }
  }

  private context(): SearchContext {
    const { entities: ents, meta } = this.state;
    return {
      story: (id) => meta.get(id),
      storiesByDoc: () => this.byDoc.table(this.state.index, meta),
      body: (id) => this.state.searchText(id).clean,
      hiddenBody: (id) => this.state.searchText(id).hidden,
      storiesWithEntity: (name) => (ents ? ents.storiesNamed(name) : null),
      entityNames: (id) => (ents ? ents.forStory(id).map((e) => ents.entities.get(e)!.name) : []),
      facts: this.state.opts.facts?.() ?? null,
      // A rebuilt entity index is a new object, so facet values read under the old one are dropped.
      facetKey: ents ?? NO_ENTITIES,
    };
  }

  private async entityIndex(): Promise<EntityIndex> {
    if (!this.state.folder) throw noWorkspace();
    await this.whenReady();
    if (!this.state.entities) this.state.rebuildEntities();
    return this.state.entities!;
  }

  private requireOverrides() {
    if (!this.state.overrides) throw noWorkspace();
    return this.state.overrides;
  }
}

function summary(e: Entity): EntitySummary {
  return { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, stories: e.stories.size, mentions: e.mentions };
}
