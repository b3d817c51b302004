import { resolve, sep } from 'node:path';
import { DossierError } from '../../core/errors';
import type { RawFileView, StoryView } from '../../core/api/views';
import type { DumpFile, Story } from '../../core/types';
import type { Catalog } from '../../core/library/catalog';
import { decodeForDisplay } from '../../core/library/decode-for-display';
import { isHtmlPath } from '../../core/library/ignore';
import { MAX_DUMP_BYTES } from '../../core/library/limits';
import { TextCache } from '../../core/library/text-cache';
import { hashBytes, tooLarge } from './read-dump';
import { analyseHtmlBytes } from './html-article';
import { readDumpSync } from './open-dump';

/** Decoded texts kept for the reader (UTF-16 code units; about 2 bytes each). */
const TEXT_CACHE_CHARS = 24 * 1024 * 1024;

/**
 * The decoded text of one workspace's dumps, for the reader and the raw view. Ingest hands
 * over the text it decoded anyway, so opening a story seldom reads its file again; what fell
 * out of the cache is read and decoded on demand, and cached only if it still matches the
 * catalog, so a file changed on disk is never shown with stale text.
 */
export class DumpTexts {
  private readonly cache = new TextCache(TEXT_CACHE_CHARS);
  /**
   * The texts of a whole-folder read, held beyond the cache's bound until discovery has indexed
   * them and computed their facts (`unpin`): reading tens of megabytes again from disk and
   * decoding them would cost the main thread seconds. A path read again since drops out.
   */
  private pinned: Map<string, string> | null = null;

  constructor(
    private readonly folder: string,
    private readonly catalog: Catalog,
  ) {}

  /** Keep the text ingest decoded for `path` at `hash`; null (nothing decoded) drops any older text. */
  remember(path: string, hash: string, text: string | null): void {
    this.pinned?.delete(path);
    if (text === null) this.cache.delete(path);
    else this.cache.set(path, hash, text);
  }

  forget(path: string): void {
    this.pinned?.delete(path);
    this.cache.delete(path);
  }

  /** Hold `texts` (path → the text just read and remembered for it) until `unpin`. */
  pin(texts: Map<string, string>): void {
    this.pinned = new Map(texts);
  }

  unpin(): void {
    this.pinned = null;
  }

  /** What the reader shows for a story of `file`. */
  story(story: Story, file: DumpFile): StoryView {
    const text = this.read(story.path);
    return { story, text: text.slice(story.start, story.end), noise: story.noise, encoding: file.encoding, lossy: file.lossy };
  }

  /** The whole file as decoded text, for the raw view. */
  raw(file: DumpFile): RawFileView {
    return { path: file.path, text: this.read(file.path), encoding: file.encoding };
  }

  /** The text the catalog's offsets for `rel` index, or null when the file now holds other bytes or cannot be read. */
  current(rel: string): string | null {
    const file = this.catalog.file(rel);
    if (!file) return null;
    // Pinned texts are the ones the catalog was built from (a path read again since is unpinned).
    const pinned = this.pinned?.get(rel);
    if (pinned !== undefined) return pinned;
    try {
      const text = this.read(rel);
      return this.cache.get(rel, file.contentHash) === text ? text : null;
    } catch {
      return null;
    }
  }

  /** Decoded text of a dump: from the cache filled at ingest, else read and decoded on demand. */
  read(rel: string): string {
    const root = this.folder;
    const file = this.catalog.file(rel);
    const pinned = file ? this.pinned?.get(rel) : undefined;
    if (pinned !== undefined) return pinned;
    const cached = file ? this.cache.get(rel, file.contentHash) : undefined;
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
    // A page's offsets index the text derived from it, so a cache miss derives it again (same bytes, same text).
    const html = isHtmlPath(rel) ? analyseHtmlBytes(bytes) : null;
    const text = html ? (html.status === 'ok' ? html.text : '') : decodeForDisplay(bytes);
    // Cache only what matches the catalog; a file changed on disk is re-read by the watcher.
    if (file && hashBytes(bytes) === file.contentHash) this.cache.set(rel, file.contentHash, text);
    return text;
  }
}
