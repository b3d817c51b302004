import { BoilerplateIndex } from '../../core/library/boilerplate-index';
import type { Catalog } from '../../core/library/catalog';
import { documentLineKeys, markBoilerplate, type KeepRanges } from '../../core/text/boilerplate';
import type { DumpFile, Story } from '../../core/types';
import type { CachedLineKeys } from './boilerplate-cache';
import { TimeSlices } from '../time-slices';

/** A dump's line keys as the worker computed them, when it did. */
export interface LineKeys {
  perLine?: Uint32Array;
  set?: Uint32Array;
}

/** Where the marks of one dump come from: its text now (null when it cannot be read) and the analyst's "not noise" ranges. */
export interface BoilerplateSources {
  text(path: string): string | null;
  keep(path: string): KeepRanges;
}

/**
 * The folder's site template, kept in step with the catalog: each dump read adds its line keys
 * (from the cache when its bytes are the ones cached, else computed from its text), and when a
 * key crosses a threshold every dump holding it gets its 'boilerplate' noise set again. Only
 * noise changes: offsets, titles and story ids stay, so highlights keep their anchors.
 */
export class FolderBoilerplate {
  readonly index = new BoilerplateIndex();
  /** Keys whose level changed since the last settle. */
  private pending = new Set<number>();
  /** Each dump's key per line, as the ingest worker computed them (about 4 bytes a line), so marking does not hash again. */
  private lines = new Map<string, Uint32Array>();

  constructor(
    private readonly catalog: Catalog,
    private readonly cached: CachedLineKeys = new Map(),
  ) {}

  /**
   * `file` was just put in the catalog with `text` and the keys of its lines (when the worker
   * sent them: `perLine` in line order, `set` distinct and sorted); `mark`: set its marks now
   * (false while a whole folder is read).
   */
  took(file: DumpFile, text: string | null, keysOf: LineKeys, sources: BoilerplateSources, mark: boolean): void {
    const lineKeys = keysOf.perLine;
    if (file.status !== 'ok' || text === null) {
      this.left(file.path);
      return;
    }
    if (lineKeys) this.lines.set(file.path, lineKeys);
    else this.lines.delete(file.path);
    // The keys the read computed from the bytes come first. Cached keys are workspace content:
    // used only without them, and only a set no larger than the dump's lines could give.
    const hit = this.cached.get(file.path);
    const trusted = hit && hit.contentHash === file.contentHash && hit.keys.length <= lineCount(text) ? hit.keys : null;
    const keys = keysOf.set ?? trusted ?? documentLineKeys(text, lineKeys);
    for (const k of this.index.set(file.path, file.contentHash, keys)) this.pending.add(k);
    if (mark) this.remark(file.path, text, sources);
  }

  /** `path` left the catalog. */
  left(path: string): void {
    this.lines.delete(path);
    for (const k of this.index.remove(path)) this.pending.add(k);
  }

  /**
   * Re-mark every dump holding a key whose level changed since the last call (all of them
   * after a whole folder was read). Returns the paths whose noise changed, with their text.
   * Gives the event loop a turn between time slices, so marking 10,000 dumps never freezes the app.
   */
  async settle(sources: BoilerplateSources): Promise<Map<string, string>> {
    const changed = new Map<string, string>();
    if (this.pending.size === 0) return changed;
    const keys = Uint32Array.from(this.pending);
    this.pending.clear();
    const slices = new TimeSlices();
    for (const path of this.index.holders(keys)) {
      const text = sources.text(path);
      if (text !== null && this.remark(path, text, sources)) changed.set(path, text);
      await slices.pause();
    }
    return changed;
  }

  /** Set the marks of `path` from the levels now; true when its noise changed. */
  private remark(path: string, text: string, sources: BoilerplateSources): boolean {
    const file = this.catalog.file(path);
    if (!file || file.status !== 'ok') return false;
    // Most dumps of a folder hold no template line and have no marks to take back: no need to look at their lines.
    if (!this.index.touches(path) && !file.stories.some((s) => s.noise.some((n) => n.kind === 'boilerplate'))) return false;
    const stories = markBoilerplate(text, file.stories, this.index.count, sources.keep(path), this.lines.get(path)) as Story[];
    if (stories === file.stories) return false;
    this.catalog.set({ ...file, stories });
    return true;
  }
}

/** Lines of `text` (a dump has at most this many distinct line keys). */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
