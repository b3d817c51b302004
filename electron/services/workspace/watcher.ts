import { subscribe, type AsyncSubscription, type Event } from '@parcel/watcher';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isDumpPath, isIgnoredPath } from '../../core/library/ignore';
import { WriteSettler } from './write-settler';

/** What the watcher reports, as workspace-relative paths with '/' separators. */
export interface WatchHandlers {
  /** A dump appeared or changed and its writes have settled. */
  upsert(rel: string): void;
  /** A dump disappeared (deleted, or the old half of a rename). */
  remove(rel: string): void;
  /** A folder appeared. Files moved into it before its watch took hold are reported by no one: list it. */
  addDir(rel: string): void;
  /**
   * Something whose name is not valid UTF-8 changed in `folder`. The watcher cannot name it
   * (it reports the name with U+FFFD in place of the bad bytes): the folder must be listed to find it.
   */
  badName(folder: string): void;
  /** A folder disappeared: every dump under it is gone. */
  removeDir(rel: string): void;
  /** The watcher failed (e.g. out of inotify watches): events may have been lost. */
  error(err: Error): void;
}

export interface FolderWatcher {
  /** Resolves once the watch holds and every later change will be reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** How long a file's size must stay unchanged before it counts as written (ms). */
export const WRITE_SETTLE_MS = 250;

/**
 * Never watched at all (relative to the workspace): Dossier's own folder, where every save
 * would be an event, and hidden or package folders, which can hold thousands of files.
 * isIgnoredPath below still has the last word on every event.
 */
const NATIVE_IGNORE = ['.dossier', '**/.*', '**/node_modules'];

const parentOf = (rel: string) => {
  const i = rel.lastIndexOf('/');
  return i < 0 ? '' : rel.slice(0, i);
};

/**
 * Watch a workspace folder recursively and report dump changes. Knows nothing of parsing or
 * the catalog: it only says which paths to re-read or forget.
 *
 * @parcel/watcher (the watcher VS Code uses) rather than chokidar: it watches each folder
 * natively (inotify, FSEvents, ReadDirectoryChangesW) from its own thread, so a folder of
 * 10,000 dumps costs one watch per folder and no work on this thread. chokidar lstat'ed and
 * fs.watch'ed every file from the main thread, which held the event loop for over a second
 * when a large folder opened, and took one inotify watch per dump.
 *
 * Its events are hints, not the truth: a folder created and filled at once may report only
 * the folder (its watch is set up after its first files land), and a busy moment may lose
 * events, so the service lists the folders these events touch (FolderReconciler).
 */
export function watchFolder(root: string, on: WatchHandlers): FolderWatcher {
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');
  let closed = false;
  const settler = new WriteSettler(WRITE_SETTLE_MS, (r) => !closed && on.upsert(r));

  /** A path that appeared or changed: a folder to list, or a dump to read once its writes settle. */
  const touched = async (abs: string, r: string, created: boolean): Promise<void> => {
    const st = await lstat(abs).catch(() => null);
    // Gone again (its delete event follows), or a link: a link is never followed (it could lead outside the workspace).
    if (closed || !st) return;
    if (st.isDirectory()) {
      if (created) {
        on.addDir(r);
        await listNew(abs, r);
      }
    } else if (st.isFile() && isDumpPath(r)) settler.watch(abs, r);
  };

  /**
   * A folder just created is listed here at once: what was moved or written into it before
   * its own watch held is reported by no event (a file renamed into a new folder would
   * otherwise look deleted until the service's listing found it again).
   */
  const listNew = async (abs: string, r: string): Promise<void> => {
    const entries = await readdir(abs).catch(() => [] as string[]);
    for (const name of entries) {
      if (closed) return;
      const childRel = `${r}/${name}`;
      if (name.includes('\uFFFD')) on.badName(r);
      else if (!isIgnoredPath(childRel)) await touched(join(abs, name), childRel, true);
    }
  };

  const handle = (events: Event[]) => {
    for (const e of events) {
      const r = rel(e.path);
      if (r === '' || r.startsWith('..')) continue;
      if (r.includes('\uFFFD')) {
        const folder = parentOf(r);
        if (folder === '' || !isIgnoredPath(folder)) on.badName(folder);
        continue;
      }
      if (isIgnoredPath(r)) continue;
      if (e.type === 'delete') {
        settler.forget(e.path);
        // Deleted things cannot be looked at: a dump's name says it was a file, anything else may have been a folder.
        if (isDumpPath(r)) on.remove(r);
        else on.removeDir(r);
      } else void touched(e.path, r, e.type === 'create');
    }
  };

  let subscription: AsyncSubscription | null = null;
  const ready = subscribe(
    root,
    (err, events) => {
      if (closed) return;
      if (err) on.error(err);
      else handle(events);
    },
    { ignore: NATIVE_IGNORE },
  ).then(
    (s) => {
      subscription = s;
      if (closed) void s.unsubscribe();
    },
    (err: unknown) => {
      // No watch (the folder vanished, no inotify watches left): say so; the service then lists everything.
      if (!closed) on.error(err instanceof Error ? err : new Error(String(err)));
    },
  );
  return {
    ready,
    close: async () => {
      closed = true;
      settler.close();
      await ready;
      await subscription?.unsubscribe();
    },
  };
}
