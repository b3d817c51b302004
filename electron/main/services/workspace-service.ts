import { stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { DossierError } from '../../core/api/result';
import type { Emit } from '../../core/api/emit';
import type { WorkspacePort } from '../../core/api/services';
import {
  toFileSummary,
  toStorySummary,
  type FileSummary,
  type RawFileView,
  type StorySummary,
  type StoryView,
  type WorkspaceInfo,
} from '../../core/api/views';
import type { DumpFile, Story } from '../../core/types';
import { docIdForPath } from '../../core/library/story-ids';
import { decodeForDisplay } from '../../core/library/decode-for-display';
import { scanFolder } from './scan-folder';
import { readDump } from './read-dump';

export interface WorkspaceServiceOptions {
  /** The embedded sample library opened when nothing else is remembered. */
  sampleFolder: string;
  emit: Emit;
  /** Called after a workspace opened, so the shell can remember it. */
  onOpened?: (info: WorkspaceInfo) => void;
}

/**
 * The open workspace: its dumps, their stories, and the problems found reading them.
 * Framework-free apart from node:fs, so the e2e bridge and the CLI run it as-is.
 */
export class WorkspaceService implements WorkspacePort {
  private folder: string | null = null;
  private files = new Map<string, DumpFile>();
  private stories = new Map<string, Story>();
  private generation = 0;
  private openHooks: ((folder: string) => Promise<void> | void)[] = [];

  constructor(private readonly opts: WorkspaceServiceOptions) {}

  /**
   * Run `hook` each time a workspace opens, after its dumps are read and before anyone is
   * told (e.g. the annotation store opens `<folder>/.dossier/db.json` here).
   */
  onOpen(hook: (folder: string) => Promise<void> | void): void {
    this.openHooks.push(hook);
  }

  async open(folder: string): Promise<WorkspaceInfo> {
    const abs = resolve(folder);
    const st = await stat(abs).catch(() => null);
    if (!st) throw new DossierError('not-found', `The folder ${abs} does not exist. Choose another folder or open the sample library.`);
    if (!st.isDirectory()) throw new DossierError('not-a-folder', `${abs} is a file, not a folder. Choose the folder that holds your dumps.`);
    const gen = ++this.generation;
    const paths = await scanFolder(abs);
    const files = new Map<string, DumpFile>();
    this.opts.emit('ingest.progress', { done: 0, total: paths.length });
    let done = 0;
    for (const rel of paths) {
      const { file } = await readDump(join(abs, ...rel.split('/')), rel, docIdForPath(rel));
      if (gen !== this.generation) throw new DossierError('superseded', 'Another folder was opened meanwhile.');
      files.set(rel, file);
      done++;
      if (done % 50 === 0 || done === paths.length) this.opts.emit('ingest.progress', { done, total: paths.length });
    }
    this.folder = abs;
    this.files = files;
    this.stories = new Map();
    for (const f of files.values()) for (const s of f.stories) this.stories.set(s.id, s);
    for (const hook of this.openHooks) await hook(abs);
    const info = this.info()!;
    this.opts.onOpened?.(info);
    this.opts.emit('workspace.opened', info);
    return info;
  }

  openSample(): Promise<WorkspaceInfo> {
    return this.open(this.opts.sampleFolder);
  }

  current(): WorkspaceInfo | null {
    return this.info();
  }

  listStories(): StorySummary[] {
    return [...this.files.values()].flatMap((f) => f.stories.map(toStorySummary));
  }

  /** The catalog record of a story (offsets, noise), without reading its text. */
  storyRecord(id: string): Story {
    const story = this.stories.get(id);
    if (!story) throw new DossierError('story-not-found', 'That story is no longer in the workspace; its file may have been moved or deleted.');
    return story;
  }

  getStory(id: string): StoryView {
    const story = this.storyRecord(id);
    const file = this.files.get(story.path)!;
    const text = this.readText(story.path);
    return { story, text: text.slice(story.start, story.end), noise: story.noise, encoding: file.encoding, lossy: file.lossy };
  }

  listFiles(): FileSummary[] {
    return [...this.files.values()].map(toFileSummary);
  }

  rawFile(path: string): RawFileView {
    const file = this.files.get(path);
    if (!file) throw new DossierError('file-not-found', `${path} is not a dump in this workspace.`);
    return { path, text: this.readText(path), encoding: file.encoding };
  }

  /** Decoded text of a dump, read on demand so a large library does not sit in memory. */
  private readText(rel: string): string {
    const root = this.requireFolder();
    const abs = resolve(root, ...rel.split('/'));
    if (!abs.startsWith(root + sep)) throw new DossierError('file-not-found', `${rel} is outside the workspace.`);
    try {
      return decodeForDisplay(new Uint8Array(readFileSync(abs)));
    } catch {
      throw new DossierError('unreadable', `${rel} can no longer be read; it may have been moved or deleted.`);
    }
  }

  private requireFolder(): string {
    if (!this.folder) throw new DossierError('no-workspace', 'No workspace is open. Open a folder or the sample library.');
    return this.folder;
  }

  private info(): WorkspaceInfo | null {
    if (!this.folder) return null;
    const list = [...this.files.values()];
    return {
      folder: this.folder,
      name: basename(this.folder),
      isSample: resolve(this.folder) === resolve(this.opts.sampleFolder),
      files: list.length,
      stories: this.stories.size,
      problems: list.filter((f) => f.status === 'error').length,
    };
  }
}
