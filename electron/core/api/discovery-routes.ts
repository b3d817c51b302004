import * as v from 'valibot';
import { none, route } from './route';
import { id } from '../annotations/fields';

const query = v.pipe(v.string(), v.maxLength(2000, 'a query must be under 2000 characters'));
const limit = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)));
const kind = v.optional(v.picklist(['person', 'place', 'org']));

/** Search, entities, related stories, near-duplicates and the timeline. */
export const discoveryRoutes = {
  'discovery.status': route(none, (s) => s.discovery.status()),
  'search.query': route(v.strictObject({ query, limit, facets: v.optional(v.boolean()) }), (s, a) =>
    s.discovery.search(a.query, a.limit, a.facets ?? true),
  ),
  'search.facets': route(v.strictObject({ query }), (s, a) => s.discovery.facets(a.query)),
  'timeline.get': route(v.strictObject({ query: v.optional(query), by: v.picklist(['day', 'week', 'month']) }), (s, a) =>
    s.discovery.timeline(a.query ?? '', a.by),
  ),
  'entities.list': route(
    v.optional(v.strictObject({ kind, limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000))) })),
    (s, a) => s.discovery.listEntities(a?.kind, a?.limit),
  ),
  'entities.forStory': route(v.strictObject({ id }), (s, a) => s.discovery.entitiesForStory(a.id)),
  'entities.get': route(v.strictObject({ id }), (s, a) => s.discovery.getEntity(a.id)),
  'entities.merge': route(v.strictObject({ from: id, into: id }), (s, a) => s.discovery.mergeEntities(a.from, a.into)),
  'entities.split': route(v.strictObject({ id, alias: v.pipe(v.string(), v.minLength(1), v.maxLength(300)) }), (s, a) =>
    s.discovery.splitEntity(a.id, a.alias),
  ),
  'related.forStory': route(v.strictObject({ id }), (s, a) => s.discovery.related(a.id)),
  'related.dismiss': route(v.strictObject({ id, otherId: id }), (s, a) => s.discovery.dismiss(a.id, a.otherId)),
  'duplicates.clusters': route(none, (s) => s.discovery.duplicateClusters()),
  'duplicates.cluster': route(v.strictObject({ id }), (s, a) => s.discovery.duplicateCluster(a.id)),
  'storylines.list': route(
    v.optional(v.strictObject({ limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20000))) })),
    (s, a) => s.discovery.listStorylines(a?.limit),
  ),
  'storylines.forStory': route(v.strictObject({ id }), (s, a) => s.discovery.storylineForStory(a.id)),
  'storylines.move': route(v.strictObject({ storyId: id, into: v.nullable(id) }), (s, a) => s.discovery.moveStory(a.storyId, a.into)),
};
