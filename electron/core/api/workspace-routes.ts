import * as v from 'valibot';
import { route } from './route';

const folder = v.pipe(v.string(), v.minLength(1, 'folder must not be empty'), v.maxLength(4096));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const relPath = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));
const none = v.optional(v.strictObject({}));

/** Opening a workspace and reading what it holds. */
export const workspaceRoutes = {
  'workspace.open': route(v.strictObject({ folder }), (s, a) => s.workspace.open(a.folder)),
  'workspace.openSample': route(none, (s) => s.workspace.openSample()),
  'workspace.current': route(none, (s) => s.workspace.current()),
  'stories.list': route(none, (s) => s.workspace.listStories()),
  'stories.get': route(v.strictObject({ id }), (s, a) => s.workspace.getStory(a.id)),
  'files.list': route(none, (s) => s.workspace.listFiles()),
  'files.raw': route(v.strictObject({ path: relPath }), (s, a) => s.workspace.rawFile(a.path)),
};
