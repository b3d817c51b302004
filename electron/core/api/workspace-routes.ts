import * as v from 'valibot';
import { none, route } from './route';
import { id, offset, relPath } from '../annotations/fields';
import { MAX_DUMP_BYTES } from '../library/limits';
import { packLibrary } from './library-packed';

const folder = v.pipe(v.string(), v.minLength(1, 'folder must not be empty'), v.maxLength(4096));

/** Stories per page of `library.listPacked`: a page is for the list's first screen, not a way to page through 30,000 in small steps. */
const MAX_PAGE = 5000;
const page = v.optional(
  v.strictObject({
    offset: v.optional(offset),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PAGE, `ask for at most ${MAX_PAGE} stories per page`)),
  }),
);

/** Files per `files.import` call; the renderer sends larger drops in several calls. */
const MAX_IMPORT_FILES = 2000;
/** Base64 characters of one file at the dump size limit (4 per 3 bytes). */
const MAX_IMPORT_DATA = Math.ceil(MAX_DUMP_BYTES / 3) * 4;
/** Total base64 per call, so one call cannot ask the main process to hold gigabytes. */
const MAX_IMPORT_CALL_CHARS = 256 * 1024 * 1024;

const droppedFile = v.strictObject({
  /** Path inside the drop, '/' separated; sanitised by the import itself. */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
  /**
   * The file's bytes in base64 (survives Electron IPC and the Playwright bridge alike). An oversized
   * file is rejected by the import with a reason, so only absurd sizes fail here.
   */
  data: v.pipe(v.string(), v.maxLength(MAX_IMPORT_DATA + 4096, 'a dropped file is larger than the 20 MB dump limit')),
});
const importArgs = v.strictObject({
  files: v.pipe(
    v.array(droppedFile),
    v.maxLength(MAX_IMPORT_FILES, `send at most ${MAX_IMPORT_FILES} files per call`),
    v.check((fs) => fs.reduce((n, f) => n + f.data.length, 0) <= MAX_IMPORT_CALL_CHARS, 'send at most 256 MB of file data per call'),
  ),
});

/** Opening a workspace, reading what it holds, and importing dropped files into it. */
export const workspaceRoutes = {
  'workspace.open': route(v.strictObject({ folder }), (s, a) => s.workspace.open(a.folder)),
  'workspace.openSample': route(none, (s) => s.workspace.openSample()),
  'workspace.current': route(none, (s) => s.workspace.current()),
  'stories.list': route(none, (s) => s.workspace.listStories()),
  /**
   * Files and stories as one compact string: what the renderer's library list loads (see library-packed.ts).
   * With `limit`, one page in list order (`offset` on) with only the files it names, so the first rows
   * of a 30,000-story library show before the whole listing has crossed.
   */
  'library.listPacked': route(page, (s, a) => {
    if (!a) return packLibrary(s.workspace.listFiles(), s.workspace.listStories());
    const p = s.workspace.listPage(a.offset ?? 0, a.limit);
    return packLibrary(p.files, p.stories, p.total);
  }),
  'stories.get': route(v.strictObject({ id }), (s, a) => s.workspace.getStory(a.id)),
  'files.list': route(none, (s) => s.workspace.listFiles()),
  'files.raw': route(v.strictObject({ path: relPath }), (s, a) => s.workspace.rawFile(a.path)),
  'files.import': route(importArgs, (s, a) => s.workspace.importFiles(a.files)),
};
