import { watch, type FSWatcher } from 'chokidar';
import { relative, sep } from 'node:path';
import { isDumpPath, isIgnoredPath } from '../../core/library/ignore';

/** What the watcher reports, as workspace-relative paths with '/' separators. */
export interface WatchHandlers {
  /** A dump appeared or changed and its writes have settled. */
  upsert(rel: string): void;
  /** A dump disappeared (deleted, or the old half of a rename). */
  remove(rel: string): void;
  /** A folder appeared. Files moved into it before its watch took hold are reported by no one: list it. */
  addDir(rel: string): void;
  /**
   * Something whose name is not valid UTF-8 changed in `folder`. chokidar cannot name it, so
   * no add or unlink ever will: the folder must be listed to find it.
   */
  badName(folder: string): void;
  /** A folder disappeared: every dump under it is gone. */
  removeDir(rel: string): void;
  /** The watcher failed (e.g. out of inotify watches): events may have been lost. */
  error(err: Error): void;
}

export interface FolderWatcher {
  /** Resolves once the initial walk is done and every later change will be reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** How long a file's size must stay unchanged before it counts as written (ms). */
export const WRITE_SETTLE_MS = 250;

/**
 * Watch a workspace folder recursively and report dump changes. Knows nothing of parsing or
 * the catalog: it only says which paths to re-read or forget. Its events are hints, not the
 * truth: chokidar lists a new folder before it watches it, and drops events that arrive while
 * it re-reads a busy folder, so the service lists the folders these events touch.
 */
export function watchFolder(root: string, on: WatchHandlers): FolderWatcher {
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');
  const watcher: FSWatcher = watch(root, {
    // The service lists the folder itself when it opens; only changes after that are news.
    ignoreInitial: true,
    // .dossier/, hidden files and editor/browser temp files are never dumps; skipping them here
    // also keeps chokidar from descending into .git or node_modules. Other files (e.g. .pdf)
    // are filtered in the handlers below, since a directory's stats are not always known here.
    ignored: (abs: string) => {
      const r = rel(abs);
      return r !== '' && !r.startsWith('..') && isIgnoredPath(r);
    },
    // A file being copied in grows for a while: report it once its size has been stable for
    // WRITE_SETTLE_MS, polling every 50 ms. 250 ms rides out ordinary disk and network-share
    // stalls and still leaves the change visible well within a second.
    awaitWriteFinish: { stabilityThreshold: WRITE_SETTLE_MS, pollInterval: 50 },
    // Editors that save by writing a temp file and renaming it over the original produce
    // unlink+add of one path; `atomic` folds those into a single 'change'.
    atomic: true,
    // A symlink could lead outside the workspace or into a loop: dumps must live in the folder.
    followSymlinks: false,
    // Folders the user may not read are skipped silently instead of surfacing as errors.
    ignorePermissionErrors: true,
    // Native events (inotify / FSEvents / ReadDirectoryChangesW): polling 1,000 files would cost CPU all day.
    usePolling: false,
    // The watch must not keep a one-shot process (the CLI, a test) alive; the Electron app stays up anyway.
    persistent: false,
  });
  watcher.on('add', (abs) => {
    const r = rel(abs);
    if (isDumpPath(r)) on.upsert(r);
  });
  watcher.on('change', (abs) => {
    const r = rel(abs);
    if (isDumpPath(r)) on.upsert(r);
  });
  watcher.on('unlink', (abs) => {
    const r = rel(abs);
    if (isDumpPath(r)) on.remove(r);
  });
  watcher.on('addDir', (abs) => {
    const r = rel(abs);
    if (r !== '' && !r.startsWith('..')) on.addDir(r);
  });
  watcher.on('unlinkDir', (abs) => {
    const r = rel(abs);
    if (r !== '' && !r.startsWith('..')) on.removeDir(r);
  });
  watcher.on('raw', (_event: string, name: unknown, details: unknown) => {
    // Node decodes a file name that is not valid UTF-8 with U+FFFD in place of the bad bytes.
    if (typeof name !== 'string' || !name.includes('\uFFFD')) return;
    const watched = (details as { watchedPath?: unknown } | undefined)?.watchedPath;
    if (typeof watched !== 'string') return;
    const r = rel(watched);
    if (!r.startsWith('..') && (r === '' || !isIgnoredPath(r))) on.badName(r);
  });
  watcher.on('error', (err) => on.error(err instanceof Error ? err : new Error(String(err))));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: () => watcher.close(),
  };
}
