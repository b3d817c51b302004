import { lstat, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emit } from '../../core/api/emit';
import type { LibraryChange } from '../../core/api/views';
import { ChangeQueue } from '../../core/library/change-queue';
import { isDumpPath } from '../../core/library/ignore';
import { isEmptyChange } from '../../core/library/offline-changes';
import type { Generation, GenerationToken } from './generation';
import { FolderReconciler } from './folder-reconciler';
import type { OpenLibrary } from './open-library';
import type { ReadOutcome } from './read-dump';
import { watchFolder, WRITE_SETTLE_MS, type FolderWatcher } from './watcher';

/** A library change as other services see it: `texts` holds the new decoded text of added/changed/renamed files. */
export type FilesChange = LibraryChange & { texts?: Map<string, string> };

/** Re-reads to apply at once (`force`: even if size and mtime look unchanged) and paths to drop. */
export interface Batch {
  upserts: { path: string; force: boolean }[];
  removes: string[];
}

/** What live sync needs from the workspace around it. */
export interface LiveSyncHost {
  /** The library being kept in step, or null before the first open. */
  library(): OpenLibrary | null;
  generation: Generation;
  emit: Emit;
  read(folder: string, rel: string): Promise<ReadOutcome>;
  /** The catalog took in `change`: save identities and tell the change hooks (awaited). */
  changed(change: FilesChange): Promise<void>;
}

/** Files read per batch: each batch updates the catalog and tells the renderer once. */
export const BATCH_SIZE = 100;
/** Quiet time before a watcher event is processed, so a burst is read in batches, not file by file. */
const DEBOUNCE_MS = 40;
/**
 * How long a deletion waits for the add that would make it a rename. The add arrives once the
 * watcher considers the new file written (WRITE_SETTLE_MS plus polling), so wait a bit longer.
 */
const RENAME_WINDOW_MS = WRITE_SETTLE_MS + 250;

/**
 * Keeps the open library in step with its folder while the app runs: watcher events go into
 * a queue, are drained in batches (deletions held back long enough to pair a rename), and
 * every event also marks its folder for the reconciler, which lists it at the end of a burst
 * to catch what the watcher missed. Catalog updates run one at a time.
 */
export class LiveSync {
  /** True while a folder is being opened: events queue up and are drained once it is shown. */
  opening = false;
  private watcher: FolderWatcher | null = null;
  private queue = new ChangeQueue();
  private reconciler = new FolderReconciler({
    files: () => this.host.library()?.catalog.allFiles() ?? [],
    pending: (path) => this.queue.kindOf(path),
    upsert: (path) => this.enqueue(path, 'upsert', false),
    remove: (path) => this.enqueue(path, 'remove', false),
    wake: () => this.scheduleDrain(),
  });
  private draining = false;
  private drainTimer: NodeJS.Timeout | null = null;
  private serial: Promise<unknown> = Promise.resolve();
  private burst = { done: 0, total: 0 };

  constructor(private readonly host: LiveSyncHost) {}

  /** Start watching `abs` for the open that holds `token`; events of a dead token are ignored. */
  watch(abs: string, token: GenerationToken): FolderWatcher {
    // Every event is also a hint about its folder, listed at the end of the burst (see FolderReconciler).
    const hint = (take: () => void) => {
      if (!token.live) return;
      take();
      this.scheduleDrain();
    };
    const r = this.reconciler;
    const dumpEvent = (rel: string, kind: 'upsert' | 'remove') =>
      hint(() => {
        r.touch(rel);
        this.enqueue(rel, kind);
      });
    return watchFolder(abs, {
      upsert: (rel) => dumpEvent(rel, 'upsert'),
      remove: (rel) => dumpEvent(rel, 'remove'),
      addDir: (rel) => hint(() => r.touchNewFolder(rel)),
      badName: (folder) => hint(() => r.touchFolder(folder)),
      removeDir: (rel) =>
        hint(() => {
          r.touch(rel);
          for (const p of this.host.library()?.catalog.paths() ?? []) if (p.startsWith(`${rel}/`)) this.enqueue(p, 'remove');
        }),
      error: (err) => {
        console.warn(`[dossier] watching ${abs}: ${err.message}`);
        hint(() => r.rescanAll());
      },
    });
  }

  /** The newly opened folder's watcher takes over; a fresh burst starts. */
  adopt(watcher: FolderWatcher | null): void {
    this.watcher = watcher;
    this.burst = { done: 0, total: 0 };
  }

  /** Once `watcher` holds, list every folder, so anything written between the scan and the watch is caught. */
  async catchUp(watcher: FolderWatcher, folder: string): Promise<void> {
    await watcher.ready;
    // Unchanged files are skipped by size and mtime.
    this.reconciler.rescanAll();
    await this.reconciler.run(folder);
  }

  /** The open finished: drain what queued up meanwhile. */
  resume(): void {
    this.opening = false;
    if (this.queue.size > 0 || this.reconciler.due) this.scheduleDrain();
  }

  /** Stop the watcher and drop everything queued. */
  async stop(): Promise<void> {
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.drainTimer = null;
    this.queue.clear();
    this.reconciler.reset();
    const w = this.watcher;
    this.watcher = null;
    await w?.close();
  }

  /** Apply `batch` now, after any update in progress (a reprocess or an import). */
  apply(batch: Batch, token: GenerationToken): Promise<void> {
    return this.exclusive(() => this.applyBatch(batch, token));
  }

  /** Resolves once every change seen so far is in the catalog. */
  async whenIdle(): Promise<void> {
    while (this.opening || this.draining || this.drainTimer || this.queue.size > 0 || this.reconciler.due) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await this.serial;
  }

  /** `counts`: part of a burst the user sees progress for (watcher events, not the silent reconcile pass). */
  private enqueue(rel: string, kind: 'upsert' | 'remove', counts = true): void {
    if (!isDumpPath(rel)) return;
    const isNew = kind === 'upsert' ? this.queue.upsert(rel, Date.now()) : this.queue.remove(rel, Date.now());
    if (isNew && counts) this.burst.total++;
    this.scheduleDrain();
  }

  /** Process soon, without postponing forever while a long burst keeps arriving. */
  private scheduleDrain(): void {
    if (this.drainTimer || this.draining || this.opening) return;
    this.drainTimer = setTimeout(() => {
      this.drainTimer = null;
      void this.drain();
    }, DEBOUNCE_MS);
  }

  private async drain(): Promise<void> {
    const folder = this.host.library()?.folder;
    if (this.draining || this.opening || !folder) return;
    this.draining = true;
    const token = this.host.generation.current();
    try {
      for (;;) {
        // Deletions younger than the rename window wait for the add that would pair them.
        const batch = this.queue.take(BATCH_SIZE, Date.now() - RENAME_WINDOW_MS);
        if (batch.upserts.length === 0 && batch.removes.length === 0) {
          // Events are hints: before the burst counts as done, the folders they touched are listed.
          if (!this.reconciler.due) break;
          await this.exclusive(() => this.reconciler.run(folder));
          if (!token.live) return;
          continue;
        }
        await this.exclusive(() => this.applyBatch(batch, token, true));
        if (!token.live) return;
      }
    } catch (err) {
      console.error('[dossier] updating the library failed:', err);
    } finally {
      this.draining = false;
    }
    if (!token.live) return;
    const held = this.queue.youngestRemoval();
    if (held !== null) {
      this.drainTimer = setTimeout(
        () => {
          this.drainTimer = null;
          void this.drain();
        },
        Math.max(DEBOUNCE_MS, held + RENAME_WINDOW_MS - Date.now() + 5),
      );
    } else if (this.queue.size > 0 || this.reconciler.due) {
      this.scheduleDrain();
    } else {
      if (this.burst.total > 0) this.host.emit('ingest.progress', { done: this.burst.total, total: this.burst.total });
      this.burst = { done: 0, total: 0 };
    }
  }

  /**
   * Apply one batch to the catalog: deletions first (so a rename in the same batch pairs),
   * then re-reads through the worker pool. Unchanged files (same size and mtime) are skipped
   * unless forced; a file gone by the time it is read counts as deleted. Ends with one
   * `library.changed` event and the change hooks.
   */
  private async applyBatch(batch: Batch, token: GenerationToken, countsInBurst = false): Promise<void> {
    const lib = this.host.library();
    if (!lib || !token.live) return;
    const { folder, catalog, identity } = lib;
    const now = Date.now();
    const removed = new Set<string>();
    const forget = (rel: string) => {
      if (lib.forget(rel, now)) removed.add(rel);
    };
    const tick = () => {
      if (!countsInBurst || this.burst.total === 0) return;
      this.burst.done = Math.min(this.burst.done + 1, this.burst.total);
      if (this.burst.done % 25 === 0) this.host.emit('ingest.progress', { ...this.burst });
    };
    for (const rel of batch.removes) {
      forget(rel);
      tick();
    }
    const results = await Promise.all(
      batch.upserts.map(async ({ path, force }) => {
        const abs = join(folder, ...path.split('/'));
        const known = catalog.file(path);
        const problem = this.reconciler.problem(path);
        // A link is not a dump (lstat, not stat): following it could read a file from outside the workspace.
        const st = problem ? null : await lstat(abs).catch(() => null);
        let outcome: ReadOutcome | 'unchanged';
        if (problem)
          outcome =
            known && known.size === problem.size && known.mtimeMs === problem.mtimeMs
              ? 'unchanged'
              : { kind: 'read', dump: problem, text: null };
        else if (!st || !st.isFile()) outcome = { kind: 'missing' };
        else {
          const same = known && known.contentHash !== '' && known.size === st.size && known.mtimeMs === st.mtimeMs;
          outcome = same && !force ? 'unchanged' : await this.host.read(folder, path);
        }
        tick();
        return { path, outcome };
      }),
    );
    if (!token.live) return;

    const change: LibraryChange = { added: [], changed: [], removed: [], renamed: [] };
    const texts = new Map<string, string>();
    // Gone by the time it was read: a deletion, or the first half of a rename whose add may still
    // come, so it waits out the rename window like any deletion the watcher reports.
    for (const { path, outcome } of results) if (outcome !== 'unchanged' && outcome.kind === 'missing') this.enqueue(path, 'remove', false);
    for (const { path, outcome } of results) {
      if (outcome === 'unchanged' || outcome.kind !== 'read') continue;
      if (!identity.get(path)) await this.settleRenameSource(lib, path, outcome.dump.contentHash, forget);
      const existed = catalog.has(path);
      const { renamedFrom } = lib.record(path, outcome.dump, outcome.text, texts);
      if (renamedFrom) {
        change.renamed.push({ from: renamedFrom, to: path });
        removed.delete(renamedFrom);
      } else (existed ? change.changed : change.added).push(path);
    }
    change.removed = [...removed].sort();
    // Lines that crossed a site-template threshold re-mark other dumps: only their noise changed.
    const listed = new Set([...change.added, ...change.changed, ...change.renamed.map((r) => r.to)]);
    for (const [path, text] of await lib.settleTemplate(texts)) {
      if (listed.has(path)) continue;
      change.changed.push(path);
      texts.set(path, text);
    }
    if (isEmptyChange(change)) return;
    this.host.emit('library.changed', change);
    await this.host.changed({ ...change, texts });
  }

  /**
   * A new path just appeared. If a dump with the same bytes is waiting to be removed, or is
   * already gone from disk though its unlink event has not been handled yet, this is a rename:
   * forget the old path now so the new one inherits its identity in this very batch.
   */
  private async settleRenameSource(lib: OpenLibrary, path: string, contentHash: string, forget: (rel: string) => void): Promise<void> {
    if (!contentHash) return;
    for (const f of lib.catalog.allFiles()) {
      if (f.path === path || f.contentHash !== contentHash) continue;
      const gone = this.queue.isPendingRemoval(f.path) || !(await stat(join(lib.folder, ...f.path.split('/'))).catch(() => null));
      if (!gone) continue;
      this.queue.discard(f.path);
      forget(f.path);
      return;
    }
  }

  /** Catalog updates run one at a time, so a reprocess never interleaves with a watcher batch. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.serial.then(fn, fn);
    this.serial = run.catch(() => undefined);
    return run;
  }
}
