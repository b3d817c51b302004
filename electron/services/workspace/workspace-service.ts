import { lstat, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DossierError } from '../../core/errors';
import type { Emit } from '../../core/api/emit';
import type { WorkspacePort } from '../../core/ports';
import {
  toFileSummary,
  toStorySummary,
  type FileSummary,
  type RawFileView,
  type StorySummary,
  type StoryView,
  type WorkspaceInfo,
} from '../../core/api/views';
import type { Story } from '../../core/types';
import { isEmptyChange, pathsWithNewText } from '../../core/library/offline-changes';
import type { FixSource } from '../../core/library/fixes';
import type { DroppedFile, ImportResult } from '../../core/library/import-rules';
import { DumpIngest } from './dump-ingest';
import { Generation, type GenerationToken } from './generation';
import { saveLineKeys } from './boilerplate-cache';
import { saveIdentity } from './identity-file';
import { writeImports } from './import-files';
import { BATCH_SIZE, LiveSync, type FilesChange } from './live-sync';
import type { OpenLibrary } from './open-library';
import type { StoryFacts } from '../../core/related/story-facts';
import { SampleLibrary } from './sample-copy';
import { WorkspaceLoader, type LoadedWorkspace } from './workspace-loader';
import type { FolderWatcher } from './watcher';

export type { FilesChange } from './live-sync';

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

export type FilesChangedHook = (change: FilesChange) => void | Promise<void>;

/**
 * The open workspace: its dumps, their stories, and the problems found reading them, kept in
 * step with the folder live. Framework-free apart from node:fs and @parcel/watcher, so the e2e
 * bridge and the CLI run it as-is. The work is done by the loader (the initial read), live
 * sync (the watcher) and the library's dump texts (the reader); this class sequences them.
 *
 * Lifecycle: `open()` closes the previous folder's watcher, reads every dump (in the ingest
 * worker), resolves identities, then watches; `close()` stops the watcher and the workers and
 * must be called when the app shuts down.
 */
export class WorkspaceService implements WorkspacePort {
  private lib: OpenLibrary | null = null;
  private readonly generation = new Generation();
  private openHooks: ((folder: string) => Promise<void> | void)[] = [];
  private changeHooks: FilesChangedHook[] = [];
  private identitySave: Promise<void> = Promise.resolve();
  private keysSave: Promise<void> = Promise.resolve();
  private keysSaveQueued = false;
  private readonly ingest: DumpIngest;
  private readonly loader: WorkspaceLoader;
  private readonly sync: LiveSync;
  private readonly sample: SampleLibrary;

  constructor(private readonly opts: WorkspaceServiceOptions) {
    this.sample = new SampleLibrary(opts.sampleFolder, opts.dataFolder);
    this.ingest = new DumpIngest(opts.ingestWorkers);
    this.loader = new WorkspaceLoader(this.ingest, opts.emit);
    this.sync = new LiveSync({
      library: () => this.lib,
      generation: this.generation,
      emit: opts.emit,
      read: (folder, rel) => this.ingest.read(folder, rel),
      changed: async (change) => {
        this.saveIdentitySoon();
        this.saveLineKeysSoon();
        await this.runChangeHooks(change);
      },
    });
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
    this.ingest.setFixSource(source);
  }

  async open(folder: string): Promise<WorkspaceInfo> {
    // Whoever names the bundled sample (the page, a remembered path) gets the copy, never the installed files.
    if (await this.sample.isBundled(folder)) return this.openSample();
    const abs = resolve(folder);
    const st = await stat(abs).catch(() => null);
    if (!st) throw new DossierError('not-found', `The folder ${abs} does not exist. Choose another folder or open the sample library.`);
    if (!st.isDirectory())
      throw new DossierError('not-a-folder', `${abs} is a file, not a folder. Choose the folder that holds your dumps.`);
    const token = this.generation.next();
    await this.sync.stop();
    this.sync.opening = true;
    try {
      return await this.load(abs, token);
    } finally {
      if (token.live) this.sync.opening = false;
    }
  }

  private async load(abs: string, token: GenerationToken): Promise<WorkspaceInfo> {
    // The watch starts once the folder is listed, while the workers read the dumps: its walk of
    // every file (thousands of lstat calls on this thread) would otherwise hold up the listing,
    // and this thread has little else to do during the reads. Anything written between the
    // listing and the watch holding is caught by `catchUp`, which lists every folder again.
    const started: { watcher: FolderWatcher | null } = { watcher: null };
    const watch = () => {
      if (this.opts.watch !== false && token.live) started.watcher = this.sync.watch(abs, token);
    };
    this.ingest.warm();
    let loaded: LoadedWorkspace;
    try {
      loaded = await this.loader.read(abs, token, watch);
    } catch (err) {
      await started.watcher?.close();
      throw err;
    }
    const { watcher } = started;
    const { lib, offline, fresh, existed } = loaded;
    if (!token.live) await watcher?.close();
    token.check();

    this.lib = lib;
    this.sync.adopt(watcher);
    this.saveIdentitySoon();
    this.saveLineKeysSoon();

    for (const hook of this.openHooks) await hook(abs);
    token.check();
    await this.loader.applyFixes(lib, fresh, token);
    if (watcher) {
      await this.sync.catchUp(watcher, abs);
      token.check();
    }
    const info = this.info()!;
    this.opts.onOpened?.(info);
    this.opts.emit('workspace.opened', info);
    if (existed && !isEmptyChange(offline)) {
      const keep = pathsWithNewText(offline);
      await this.runChangeHooks({ ...offline, texts: new Map([...fresh].filter(([p]) => keep.has(p))) });
    }
    this.sync.resume();
    return info;
  }

  async openSample(): Promise<WorkspaceInfo> {
    return this.open(await this.sample.prepare());
  }

  current(): WorkspaceInfo | null {
    return this.info();
  }

  listStories(): StorySummary[] {
    return this.files().flatMap((f) => f.stories.map(toStorySummary));
  }

  /** The catalog record of a story (offsets, noise), without reading its text. */
  storyRecord(id: string): Story {
    const story = this.lib?.catalog.story(id);
    if (!story)
      throw new DossierError('story-not-found', 'That story is no longer in the workspace; its file may have been moved or deleted.');
    return story;
  }

  getStory(id: string): StoryView {
    const story = this.storyRecord(id);
    const lib = this.lib!;
    return lib.texts.story(story, lib.catalog.file(story.path)!);
  }

  listFiles(): FileSummary[] {
    return this.files().map(toFileSummary);
  }

  listPage(offset: number, limit: number): { files: FileSummary[]; stories: StorySummary[]; total: number } {
    const files: FileSummary[] = [];
    const stories: StorySummary[] = [];
    let total = 0;
    // Only the page's stories become summaries: the rest are counted, not copied.
    for (const f of this.files()) {
      const from = Math.max(0, offset - total);
      const to = Math.min(f.stories.length, offset + limit - total);
      total += f.stories.length;
      if (from >= to) continue;
      files.push(toFileSummary(f));
      for (let i = from; i < to; i++) stories.push(toStorySummary(f.stories[i]));
    }
    return { files, stories, total };
  }

  rawFile(path: string): RawFileView {
    const file = this.lib?.catalog.file(path);
    if (!file) throw new DossierError('file-not-found', `${path} is not a dump in this workspace.`);
    return this.lib!.texts.raw(file);
  }

  /** Facts the ingest worker computed for story `id` with its read, once, while they still fit the story; else null. */
  takeStoryFacts(id: string): StoryFacts | null {
    const story = this.lib?.catalog.story(id);
    return story ? this.lib!.takeFacts(id, story) : null;
  }

  /** Discovery finished a pass: drop the facts it did not need (it had them cached). */
  dropStoryFacts(): void {
    this.lib?.dropFacts();
  }

  /** The hash of a dump's bytes when the catalog last read it (caches key on it), or null. */
  contentHash(path: string): string | null {
    return this.lib?.catalog.file(path)?.contentHash || null;
  }

  /**
   * Read `path` again now, with the current manual fixes, and update the catalog (and tell
   * the renderer and the change hooks). Called when an analyst adds or removes a fix.
   */
  async reprocess(path: string): Promise<FileSummary> {
    const lib = this.requireLibrary();
    if (!lib.catalog.has(path)) throw new DossierError('file-not-found', `${path} is not a dump in this workspace.`);
    const token = this.generation.current();
    const gone = () => new DossierError('file-not-found', `${path} is no longer in the workspace; it may have been moved or deleted.`);
    if (!(await lstat(join(lib.folder, ...path.split('/'))).catch(() => null))?.isFile()) throw gone();
    await this.sync.apply({ upserts: [{ path, force: true }], removes: [] }, token);
    const file = this.lib?.catalog.file(path);
    if (!file) throw gone();
    return toFileSummary(file);
  }

  /**
   * Copy dropped files into the workspace and read them at once, so the renderer can open the
   * new stories as soon as the call returns. Progress goes out as `import.progress`.
   */
  async importFiles(files: DroppedFile[]): Promise<ImportResult> {
    const { folder } = this.requireLibrary();
    const token = this.generation.current();
    const written = await writeImports(
      {
        folder,
        pathWithContent: (hash) => this.lib?.catalog.findByContent(hash)?.path,
        progress: (done, total) => this.opts.emit('import.progress', { done, total }),
      },
      files,
    );
    const paths = written.imported.map((i) => i.path);
    for (let i = 0; i < paths.length && token.live; i += BATCH_SIZE) {
      const upserts = paths.slice(i, i + BATCH_SIZE).map((path) => ({ path, force: false }));
      await this.sync.apply({ upserts, removes: [] }, token);
    }
    return {
      imported: written.imported,
      existing: written.existing.map((e) => ({ ...e, storyId: this.lib?.catalog.file(e.path)?.stories[0]?.id ?? null })),
      rejected: written.rejected,
    };
  }

  /** Resolves once every change seen so far is in the catalog (tests and one-shot tools wait on it). */
  whenIdle(): Promise<void> {
    return this.sync.whenIdle();
  }

  /** Stop watching and stop the ingest workers (at quit, or when a one-shot tool is done); open() may be called again after. */
  async stop(): Promise<void> {
    this.generation.next();
    await this.sync.stop();
    await this.ingest.close();
    await this.identitySave;
    await this.keysSave;
  }

  private files() {
    return this.lib?.catalog.allFiles() ?? [];
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
    if (!this.lib) return;
    const { folder, identity } = this.lib;
    this.identitySave = this.identitySave
      .then(() => saveIdentity(folder, identity))
      .catch((err: unknown) => console.warn(`[dossier] could not save ${folder}/.dossier/identity.json:`, err));
  }

  /** Save the site-template line keys after the write in progress; a burst of changes queues one write, not one each. */
  private saveLineKeysSoon(): void {
    if (this.keysSaveQueued) return;
    this.keysSaveQueued = true;
    this.keysSave = this.keysSave.then(async () => {
      this.keysSaveQueued = false;
      const lib = this.lib;
      if (lib) await saveLineKeys(lib.folder, lib.boilerplate.index);
    });
  }

  private requireLibrary(): OpenLibrary {
    if (!this.lib) throw new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');
    return this.lib;
  }

  private info(): WorkspaceInfo | null {
    if (!this.lib) return null;
    const { folder, catalog } = this.lib;
    const list = catalog.allFiles();
    return {
      folder,
      name: basename(folder),
      isSample: this.sample.isCopy(folder),
      files: list.length,
      stories: catalog.storyCount,
      problems: list.filter((f) => f.status === 'error').length,
    };
  }
}
