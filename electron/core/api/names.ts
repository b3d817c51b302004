/**
 * The names that may cross the process boundary, kept in a file with no imports so the
 * sandboxed preload can bundle it without pulling in schemas or services.
 * `api.ts` checks at compile time that its route table has exactly these names.
 */
export const METHOD_NAMES = [
  'workspace.open',
  'workspace.openSample',
  'workspace.current',
  'stories.list',
  'library.listPacked',
  'stories.get',
  'files.list',
  'files.raw',
  'files.import',
  'app.chooseFolder',
  'app.openLink',
  // annotations
  'highlights.create',
  'highlights.update',
  'highlights.delete',
  'highlights.list',
  'highlights.listForStory',
  'tags.list',
  'tags.rename',
  'tags.merge',
  'tags.delete',
  'tags.setColor',
  'stories.getTags',
  'stories.setTags',
  'notes.get',
  'notes.set',
  'links.create',
  'links.delete',
  'links.listForStory',
  'orphans.list',
  'orphans.reattach',
  'fixes.list',
  'fixes.add',
  'fixes.remove',
  'dismissals.list',
  'dismissals.add',
  'dismissals.remove',
  // briefs (brief-routes.ts)
  'briefs.list',
  'briefs.create',
  'briefs.update',
  'briefs.delete',
  'briefs.get',
  'briefs.createFromTags',
  'briefs.duplicate',
  'briefs.render',
  'briefs.export',
  'annotations.undo',
  'annotations.redo',
  'annotations.history',
  'annotations.verify',
  'annotations.export',
  'store.status',
  'discovery.status',
  'search.query',
  'search.facets',
  'timeline.get',
  'entities.list',
  'entities.get',
  'entities.forStory',
  'entities.merge',
  'entities.split',
  'related.forStory',
  'related.dismiss',
  'duplicates.clusters',
  'duplicates.cluster',
  'storylines.list',
  'storylines.forStory',
  'storylines.move',
] as const;

export const EVENT_NAMES = [
  'workspace.opened',
  'library.changed',
  'ingest.progress',
  'import.progress',
  'annotations.changed',
  'discovery.progress',
] as const;

/** The only IPC channels Dossier uses; anything else is refused. */
export const INVOKE_CHANNEL = 'dossier:invoke';
export const EVENT_CHANNEL = 'dossier:event';

export type MethodName = (typeof METHOD_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];
