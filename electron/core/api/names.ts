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
  'stories.get',
  'files.list',
  'files.raw',
  'app.chooseFolder',
  'app.openLink',
] as const;

export const EVENT_NAMES = ['workspace.opened', 'library.changed', 'ingest.progress'] as const;

/** The only IPC channels Dossier uses; anything else is refused. */
export const INVOKE_CHANNEL = 'dossier:invoke';
export const EVENT_CHANNEL = 'dossier:event';

export type MethodName = (typeof METHOD_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];
