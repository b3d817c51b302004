import { lstat, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { DossierError } from '../core/errors';
import type { Emit } from '../core/api/emit';
import type { WorkspacePort } from '../core/api/services';
import {
  toFileSummary,
  toStorySummary,
  type FileSummary,
  type LibraryChange,
  type RawFileView,
  type StorySummary,
  type StoryView,
  type WorkspaceInfo,
} from '../core/api/views';
import type { Story } from '../core/types';
import { decodeForDisplay } from '../core/library/decode-for-display';
import { Catalog } from '../core/library/catalog';
import { ChangeQueue } from '../core/library/change-queue';
import { IdentityMap } from '../core/library/identity';
import { catalogEntry } from '../core/library/ingest-file';
import { TextCache } from '../core/library/text-cache';
import { isDumpPath } from '../core/library/ignore';
import type { FixSource, SegmentFix } from '../core/library/fixes';
import type { DroppedFile, ImportResult } from '../core/library/import-rules';
import { scanFolder } from './scan-folder';
import { hashBytes, tooLarge, type ReadOutcome } from './read-dump';
import { readDumpSync } from './open-dump';
import { FolderReconciler } from './folder-reconciler';
import { MAX_DUMP_BYTES } from '../core/library/limits';
import { IngestPool, sharedIngestPool } from './ingest-worker-pool';
import { watchFolder, WRITE_SETTLE_MS, type FolderWatcher } from './watcher';
import { loadIdentity, saveIdentity } from './identity-file';
import { writeImports } from './import-files';
import { SampleLibrary } from './sample-copy';

export interface WorkspaceServiceOptions {
  /** The embedded sample library opened when nothing else is remembered. Never opened in place: see sample-copy.ts. */
  sampleFolder: string;
  /** The user's data folder, where the sample library's working copy lives; default: a temp folder of this process. */
  dataFolder?: string;
  emit: Emit;
  /** Called after a workspace opened, so the shell can remember it. */
  onOpened?: (info: WorkspaceInfo) => void;
  /** Watch the open folder for changes (default true). One-shot tools may turn it off. */
  watch?: boolean;
  /** Ingest worker threads of a pool of its own; 0 reads in-process. Default: the shared pool (1 worker on two cores, 2 on more). */
  ingestWorkers?: number;
}

/** A library change as other services see it: `texts` holds the new decoded text of added/changed/renamed files. */
export type FilesChange = LibraryChange & { texts?: Map<string, string> };
export type FilesChangedHook = (change: FilesChange) => void | Promise<void>;

/** Files read per batch: each batch updates the catalog and tells the renderer once. */
const BATCH_SIZE = 100;
/** Quiet time before a watcher event is processed, so a burst is read in batches, not file by file. */
const DEBOUNCE_MS = 40;
/**
 * How long a deletion waits for the add that would make it a rename. The add arrives once the
 * watcher considers the new file written (WRITE_SETTLE_MS plus polling), so wait a bit longer.
 */
const RENAME_WINDOW_MS = WRITE_SETTLE_MS + 250;
/** Decoded texts kept for the reader (UTF-16 code units; about 2 bytes each). */
const TEXT_CACHE_CHARS = 24 * 1024 * 1024;

/**
 * The open workspace: its dumps, their stories, and the problems found reading them, kept in
 * step with the folder live. Framework-free apart from node:fs and chokidar, so the e2e
 * bridge and the CLI run it as-is.
 *
 * Lifecycle: `open()` closes the previous folder's watcher, reads every dump (in the ingest
 * worker), resolves identities, then watches; `close()` stops the watcher and the workers and
 * must be called when the app shuts down.
 */
export class WorkspaceService implements WorkspacePort {
  private folder: string | null = null;
  private catalog = new Catalog();
  private identity = new IdentityMap();
  private texts = new TextCache(TEXT_CACHE_CHARS);
  private generation = 0;
  private openHooks: ((folder: string) => Promise<void> | void)[] = [];
  private changeHooks: FilesChangedHook[] = [];
  private fixSource: FixSource | null = null;
  private pool: IngestPool | null = null;
  private watcher: FolderWatcher | null = null;
  private queue = new ChangeQueue();
  private reconciler = new FolderReconciler({
    files: () => this.catalog.allFiles(),
    pending: (path) => this.queue.kindOf(path),
    upsert: (path) => this.enqueue(path, 'upsert', false),
    remove: (path) => this.enqueue(path, 'remove', false),
    wake: () => this.scheduleDrain(),
  });
  private opening = false;
  private draining = false;
  private drainTimer: NodeJS.Timeout | null = null;
  private serial: Promise<unknown> = Promise.resolve();
  private burst = { done: 0, total: 0 };
  private identitySave: Promise<void> = Promise.resolve();

  private readonly sample: SampleLibrary;

  constructor(private readonly opts: WorkspaceServiceOptions) {
    this.sample = new SampleLibrary(opts.sampleFolder, opts.dataFolder);
  }

  /**
   * Run `hook` each time a workspace opens, after its dumps are read and before anyone is
   * told (e.g. the annotation store opens `<folder>/.dossier/db.json` here).
   */
  onOpen(hook: (folder: string) => Promise<void> | void): void {
    this.openHooks.push(hook);
  }

  /**
   * Run `hook` after the catalog took in a change to the open workspace's dumps: files added,
   * changed (including a `reprocess` after a manual fix), removed or renamed (`renamed` keeps
   * identity: the story ids under `to` are the ones that were under `from`). `texts` maps
   * each added/changed/renamed path to its new decoded text, so the annotation service can
   * re-anchor highlights and the discovery service can re-index without reading files again.
   * Also called once after `open()` (after the open hooks) with what changed while the app
   * was closed, when the workspace was opened before. Hooks run in order and are awaited;
   * one that throws is logged and does not stop the others.
   */
  onFilesChanged(hook: FilesChangedHook): void {
    this.changeHooks.push(hook);
  }

  /** Where manual segmentation fixes come from; set once the annotation store exists. */
  setFixSource(source: FixSource | null): void {
    this.fixSource = source;
  }

  async open(folder: string): Promise<WorkspaceInfo> {
    const abs = resolve(folder);
    const st = await stat(abs).catch(() => null);
    if (!st) throw new DossierError('not-found', `The folder ${abs} does not exist. Choose another folder or open the sample library.`);
    if (!st.isDirectory()) throw new DossierError('not-a-folder', `${abs} is a file, not a folder. Choose the folder that holds your dumps.`);
    const gen = ++this.generation;
    await this.stopWatching();
    this.opening = true;
    try {
      return await this.load(abs, gen);
    } finally {
      if (gen === this.generation) this.opening = false;
    }
  }

  private async load(abs: string, gen: number): Promise<WorkspaceInfo> {
    const superseded = () => new DossierError('superseded', 'Another folder was opened meanwhile.');
    // Watch first, so nothing written while the folder is being read goes unnoticed.
    const watcher = this.opts.watch === false ? null : this.startWatcher(abs, gen);
    this.ingestPool().warm();
    const { map: identity, existed } = await loadIdentity(abs);
    const scan = await scanFolder(abs);
    const paths = scan.dumps;
    const total = paths.length;
    this.opts.emit('ingest.progress', { done: 0, total });
    let done = 0;
    const texts = new TextCache(TEXT_CACHE_CHARS);
    const fresh = new Map<string, string>();
    const outcomes = await Promise.all(
      paths.map(async (rel) => {
        // No fixes yet: the fix source may still answer for the previous workspace (see below).
        const outcome = await this.ingest(abs, rel, []);
        done++;
        if (gen === this.generation && (done % 50 === 0 || done === total)) this.opts.emit('ingest.progress', { done, total });
        return { rel, outcome };
      }),
    );
    // Dumps whose names cannot be opened are problem files, not silently dropped.
    for (const dump of scan.problems) outcomes.push({ rel: dump.path, outcome: { kind: 'read', dump, text: null } });
    if (gen !== this.generation) {
      await watcher?.close();
      throw superseded();
    }

    const before = new Map(identity.knownPaths().map((p) => [p, identity.get(p)!.contentHash]));
    const now = Date.now();
    const present = new Set(outcomes.filter((o) => o.outcome.kind === 'read').map((o) => o.rel));
    for (const p of before.keys()) if (!present.has(p)) identity.forget(p, now);
    const catalog = new Catalog();
    const offline: LibraryChange = { added: [], changed: [], removed: [], renamed: [] };
    for (const { rel, outcome } of outcomes) {
      if (outcome.kind !== 'read') continue;
      const { docId, renamedFrom } = identity.resolve(rel, outcome.dump.contentHash);
      catalog.set(catalogEntry(docId, outcome.dump));
      if (outcome.text !== null) {
        texts.set(rel, outcome.dump.contentHash, outcome.text);
        fresh.set(rel, outcome.text);
      }
      if (renamedFrom) offline.renamed.push({ from: renamedFrom, to: rel });
      else if (!before.has(rel)) offline.added.push(rel);
      else if (before.get(rel) !== outcome.dump.contentHash) offline.changed.push(rel);
    }
    const renamedFrom = new Set(offline.renamed.map((r) => r.from));
    offline.removed = [...before.keys()].filter((p) => !present.has(p) && !renamedFrom.has(p)).sort();

    this.folder = abs;
    this.catalog = catalog;
    this.identity = identity;
    this.texts = texts;
    this.watcher = watcher;
    this.burst = { done: 0, total: 0 };
    this.saveIdentitySoon();

    for (const hook of this.openHooks) await hook(abs);
    if (gen !== this.generation) throw superseded();
    // The fix source answers for this workspace only once its store opened (an open hook), so
    // dumps with manual fixes are read again now, before anyone sees the catalog.
    for (const file of this.catalog.allFiles()) {
      if (this.fixesFor(file.path).length === 0) continue;
      const outcome = await this.ingest(abs, file.path);
      if (gen !== this.generation) throw superseded();
      if (outcome.kind !== 'read') continue;
      catalog.set(catalogEntry(identity.resolve(file.path, outcome.dump.contentHash).docId, outcome.dump));
      if (outcome.text !== null) {
        texts.set(file.path, outcome.dump.contentHash, outcome.text);
        fresh.set(file.path, outcome.text);
      }
    }
    if (watcher) {
      await watcher.ready;
      // Anything written between the scan and the watch taking hold is caught here; unchanged files are skipped by size and mtime.
      this.reconciler.rescanAll();
      await this.reconciler.run(abs);
      if (gen !== this.generation) throw superseded();
    }
    const info = this.info()!;
    this.opts.onOpened?.(info);
    this.opts.emit('workspace.opened', info);
    const changedOffline = offline.added.length + offline.changed.length + offline.removed.length + offline.renamed.length > 0;
    if (existed && changedOffline) {
      const keep = new Set([...offline.added, ...offline.changed, ...offline.renamed.map((r) => r.to)]);
      await this.runChangeHooks({ ...offline, texts: new Map([...fresh].filter(([p]) => keep.has(p))) });
    }
    this.opening = false;
    if (this.queue.size > 0 || this.reconciler.due) this.scheduleDrain();
    return info;
  }

  async openSample(): Promise<WorkspaceInfo> {
    return this.open(await this.sample.prepare());
  }

  current(): WorkspaceInfo | null {
    return this.info();
  }

  listStories(): StorySummary[] {
    return this.catalog.allFiles().flatMap((f) => f.stories.map(toStorySummary));
  }

  /** The catalog record of a story (offsets, noise), without reading its text. */
  storyRecord(id: string): Story {
    const story = this.catalog.story(id);
    if (!story) throw new DossierError('story-not-found', 'That story is no longer in the workspace; its file may have been moved or deleted.');
    return story;
  }

  getStory(id: string): StoryView {
    const story = this.storyRecord(id);
    const file = this.catalog.file(story.path)!;
    const text = this.readText(story.path);
    return { story, text: text.slice(story.start, story.end), noise: story.noise, encoding: file.encoding, lossy: file.lossy };
  }

  listFiles(): FileSummary[] {
    return this.catalog.allFiles().map(toFileSummary);
  }

  rawFile(path: string): RawFileView {
    const file = this.catalog.file(path);
    if (!file) throw new DossierError('file-not-found', `${path} is not a dump in this workspace.`);
    return { path, text: this.readText(path), encoding: file.encoding };
  }

  /** The hash of a dump's bytes when the catalog last read it (caches key on it), or null. */
  contentHash(path: string): string | null {
    return this.catalog.file(path)?.contentHash || null;
  }

  /**
   * Read `path` again now, with the current manual fixes, and update the catalog (and tell
   * the renderer and the change hooks). Called when an analyst adds or removes a fix.
   */
  async reprocess(path: string): Promise<FileSummary> {
    this.requireFolder();
    if (!this.catalog.has(path)) throw new DossierError('file-not-found', `${path} is not a dump in this workspace.`);
    const gen = this.generation;
    const gone = () => new DossierError('file-not-found', `${path} is no longer in the workspace; it may have been moved or deleted.`);
    if (!(await lstat(join(this.requireFolder(), ...path.split('/'))).catch(() => null))?.isFile()) throw gone();
    await this.exclusive(() => this.applyBatch({ upserts: [{ path, force: true }], removes: [] }, gen));
    const file = this.catalog.file(path);
    if (!file) throw gone();
    return toFileSummary(file);
  }

  /**
   * Copy dropped files into the workspace and read them at once, so the renderer can open the
   * new stories as soon as the call returns. Progress goes out as `import.progress`.
   */
  async importFiles(files: DroppedFile[]): Promise<ImportResult> {
    const folder = this.requireFolder();
    const gen = this.generation;
    const written = await writeImports(
      {
        folder,
        pathWithContent: (hash) => this.catalog.findByContent(hash)?.path,
        progress: (done, total) => this.opts.emit('import.progress', { done, total }),
      },
      files,
    );
    const paths = written.imported.map((i) => i.path);
    for (let i = 0; i < paths.length && gen === this.generation; i += BATCH_SIZE) {
      const upserts = paths.slice(i, i + BATCH_SIZE).map((path) => ({ path, force: false }));
      await this.exclusive(() => this.applyBatch({ upserts, removes: [] }, gen));
    }
    return {
      imported: written.imported,
      existing: written.existing.map((e) => ({ ...e, storyId: this.catalog.file(e.path)?.stories[0]?.id ?? null })),
      rejected: written.rejected,
    };
  }

  /** Resolves once every change seen so far is in the catalog (tests and one-shot tools wait on it). */
  async whenIdle(): Promise<void> {
    while (this.opening || this.draining || this.drainTimer || this.queue.size > 0 || this.reconciler.due) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await this.serial;
  }

  /** Stop watching and stop the ingest workers. The shell calls this on quit; open() may be called again after. */
  async close(): Promise<void> {
    this.generation++;
    await this.stopWatching();
    // The shared pool outlives a workspace (its idle workers never hold the process open); an own pool is closed here.
    const pool = this.pool;
    this.pool = null;
    if (pool && this.opts.ingestWorkers !== undefined) await pool.close();
    await this.identitySave;
  }

  // ---- live updates -------------------------------------------------------------------

  private startWatcher(abs: string, gen: number): FolderWatcher {
    // Every event is also a hint about its folder, listed at the end of the burst (see FolderReconciler).
    const hint = (take: () => void) => {
      if (gen !== this.generation) return;
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
          for (const p of this.catalog.paths()) if (p.startsWith(`${rel}/`)) this.enqueue(p, 'remove');
        }),
      error: (err) => {
        console.warn(`[dossier] watching ${abs}: ${err.message}`);
        hint(() => r.rescanAll());
      },
    });
  }

  private async stopWatching(): Promise<void> {
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.drainTimer = null;
    this.queue.clear();
    this.reconciler.reset();
    const w = this.watcher;
    this.watcher = null;
    await w?.close();
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
    if (this.draining || this.opening || !this.folder) return;
    this.draining = true;
    const gen = this.generation;
    const folder = this.folder;
    try {
      for (;;) {
        // Deletions younger than the rename window wait for the add that would pair them.
        const batch = this.queue.take(BATCH_SIZE, Date.now() - RENAME_WINDOW_MS);
        if (batch.upserts.length === 0 && batch.removes.length === 0) {
          // Events are hints: before the burst counts as done, the folders they touched are listed.
          if (!this.reconciler.due) break;
          await this.exclusive(() => this.reconciler.run(folder));
          if (gen !== this.generation) return;
          continue;
        }
        await this.exclusive(() => this.applyBatch(batch, gen, true));
        if (gen !== this.generation) return;
      }
    } catch (err) {
      console.error('[dossier] updating the library failed:', err);
    } finally {
      this.draining = false;
    }
    if (gen !== this.generation) return;
    const held = this.queue.youngestRemoval();
    if (held !== null) {
      this.drainTimer = setTimeout(() => {
        this.drainTimer = null;
        void this.drain();
      }, Math.max(DEBOUNCE_MS, held + RENAME_WINDOW_MS - Date.now() + 5));
    } else if (this.queue.size > 0 || this.reconciler.due) {
      this.scheduleDrain();
    } else {
      if (this.burst.total > 0) this.opts.emit('ingest.progress', { done: this.burst.total, total: this.burst.total });
      this.burst = { done: 0, total: 0 };
    }
  }

  /**
   * Apply one batch to the catalog: deletions first (so a rename in the same batch pairs),
   * then re-reads through the worker pool. Unchanged files (same size and mtime) are skipped
   * unless forced; a file gone by the time it is read counts as deleted. Ends with one
   * `library.changed` event and the change hooks.
   */
  private async applyBatch(
    batch: { upserts: { path: string; force: boolean }[]; removes: string[] },
    gen: number,
    countsInBurst = false,
  ): Promise<void> {
    const folder = this.folder;
    if (!folder || gen !== this.generation) return;
    const now = Date.now();
    const removed = new Set<string>();
    const forget = (rel: string) => {
      if (this.catalog.remove(rel)) removed.add(rel);
      this.texts.delete(rel);
      this.identity.forget(rel, now);
    };
    const tick = () => {
      if (!countsInBurst || this.burst.total === 0) return;
      this.burst.done = Math.min(this.burst.done + 1, this.burst.total);
      if (this.burst.done % 25 === 0) this.opts.emit('ingest.progress', { ...this.burst });
    };
    for (const rel of batch.removes) {
      forget(rel);
      tick();
    }
    const results = await Promise.all(
      batch.upserts.map(async ({ path, force }) => {
        const abs = join(folder, ...path.split('/'));
        const known = this.catalog.file(path);
        const problem = this.reconciler.problem(path);
        // A link is not a dump (lstat, not stat): following it could read a file from outside the workspace.
        const st = problem ? null : await lstat(abs).catch(() => null);
        let outcome: ReadOutcome | 'unchanged';
        if (problem) outcome = known && known.size === problem.size && known.mtimeMs === problem.mtimeMs ? 'unchanged' : { kind: 'read', dump: problem, text: null };
        else if (!st || !st.isFile()) outcome = { kind: 'missing' };
        else {
          const same = known && known.contentHash !== '' && known.size === st.size && known.mtimeMs === st.mtimeMs;
          outcome = same && !force ? 'unchanged' : await this.ingest(folder, path);
        }
        tick();
        return { path, outcome };
      }),
    );
    if (gen !== this.generation) return;

    const change: LibraryChange = { added: [], changed: [], removed: [], renamed: [] };
    const texts = new Map<string, string>();
    // Gone by the time it was read: a deletion, or the first half of a rename whose add may still
    // come, so it waits out the rename window like any deletion the watcher reports.
    for (const { path, outcome } of results) if (outcome !== 'unchanged' && outcome.kind === 'missing') this.enqueue(path, 'remove', false);
    for (const { path, outcome } of results) {
      if (outcome === 'unchanged' || outcome.kind !== 'read') continue;
      if (!this.identity.get(path)) await this.settleRenameSource(folder, path, outcome.dump.contentHash, forget);
      const existed = this.catalog.has(path);
      const { docId, renamedFrom } = this.identity.resolve(path, outcome.dump.contentHash);
      this.catalog.set(catalogEntry(docId, outcome.dump));
      if (outcome.text !== null) {
        this.texts.set(path, outcome.dump.contentHash, outcome.text);
        texts.set(path, outcome.text);
      } else this.texts.delete(path);
      if (renamedFrom) {
        change.renamed.push({ from: renamedFrom, to: path });
        removed.delete(renamedFrom);
      } else (existed ? change.changed : change.added).push(path);
    }
    change.removed = [...removed].sort();
    if (change.added.length + change.changed.length + change.removed.length + change.renamed.length === 0) return;
    this.saveIdentitySoon();
    this.opts.emit('library.changed', change);
    await this.runChangeHooks({ ...change, texts });
  }

  /**
   * A new path just appeared. If a dump with the same bytes is waiting to be removed, or is
   * already gone from disk though its unlink event has not been handled yet, this is a rename:
   * forget the old path now so the new one inherits its identity in this very batch.
   */
  private async settleRenameSource(folder: string, path: string, contentHash: string, forget: (rel: string) => void): Promise<void> {
    if (!contentHash) return;
    for (const f of this.catalog.allFiles()) {
      if (f.path === path || f.contentHash !== contentHash) continue;
      const gone = this.queue.isPendingRemoval(f.path) || !(await stat(join(folder, ...f.path.split('/'))).catch(() => null));
      if (!gone) continue;
      this.queue.discard(f.path);
      forget(f.path);
      return;
    }
  }

  private ingest(folder: string, rel: string, fixes: SegmentFix[] = this.fixesFor(rel)): Promise<ReadOutcome> {
    return this.ingestPool().run({ abs: join(folder, ...rel.split('/')), rel, fixes });
  }

  private ingestPool(): IngestPool {
    return (this.pool ??= this.opts.ingestWorkers === undefined ? sharedIngestPool() : new IngestPool(this.opts.ingestWorkers));
  }

  private fixesFor(rel: string): SegmentFix[] {
    try {
      return this.fixSource?.fixesFor(rel) ?? [];
    } catch (err) {
      console.error(`[dossier] reading the manual fixes for ${rel} failed:`, err);
      return [];
    }
  }

  private async runChangeHooks(change: FilesChange): Promise<void> {
    for (const hook of this.changeHooks) {
      try {
        await hook(change);
      } catch (err) {
        console.error('[dossier] a library change hook failed:', err);
      }
    }
  }

  /** Queue an atomic write of identity.json behind any write in progress (writes never interleave). */
  private saveIdentitySoon(): void {
    if (!this.folder) return;
    const folder = this.folder;
    const map = this.identity;
    this.identitySave = this.identitySave
      .then(() => saveIdentity(folder, map))
      .catch((err: unknown) => console.warn(`[dossier] could not save ${folder}/.dossier/identity.json:`, err));
  }

  /** Catalog updates run one at a time, so a reprocess never interleaves with a watcher batch. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.serial.then(fn, fn);
    this.serial = run.catch(() => undefined);
    return run;
  }

  // ---- reading ------------------------------------------------------------------------

  /** Decoded text of a dump: from the cache filled at ingest, else read and decoded on demand. */
  private readText(rel: string): string {
    const root = this.requireFolder();
    const file = this.catalog.file(rel);
    const cached = file ? this.texts.get(rel, file.contentHash) : undefined;
    if (cached !== undefined) return cached;
    // Refused unread when listed: a too-large file is not read whole, a bad name cannot be opened.
    const refused = file?.error?.code;
    if (refused === 'too-large' || refused === 'bad-name') throw new DossierError(refused, `${rel} is not shown. ${file!.error!.message}`);
    const abs = resolve(root, ...rel.split('/'));
    if (!abs.startsWith(root + sep)) throw new DossierError('file-not-found', `${rel} is outside the workspace.`);
    let bytes: Uint8Array;
    try {
      bytes = readDumpSync(abs, rel, MAX_DUMP_BYTES);
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { size?: number };
      if (e.code === 'EFBIG') throw new DossierError('too-large', `${rel} is not shown. ${tooLarge(e.size ?? 0).message}`);
      throw new DossierError('unreadable', `${rel} can no longer be read; it may have been moved or deleted.`);
    }
    const text = decodeForDisplay(bytes);
    // Cache only what matches the catalog; a file changed on disk is re-read by the watcher.
    if (file && hashBytes(bytes) === file.contentHash) this.texts.set(rel, file.contentHash, text);
    return text;
  }

  private requireFolder(): string {
    if (!this.folder) throw new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');
    return this.folder;
  }

  private info(): WorkspaceInfo | null {
    if (!this.folder) return null;
    const list = this.catalog.allFiles();
    return {
      folder: this.folder,
      name: basename(this.folder),
      isSample: this.sample.isCopy(this.folder),
      files: list.length,
      stories: this.catalog.storyCount,
      problems: list.filter((f) => f.status === 'error').length,
    };
  }
}
