import { Catalog } from '../../core/library/catalog';
import type { IdentityMap, Resolved } from '../../core/library/identity';
import type { NoiseSpan } from '../../core/types';
import { catalogEntry, type AnalysedDump } from '../../core/library/ingest-file';
import { stableHash } from '../../core/library/hash';
import { factsLayout, type StoryFacts } from '../../core/related/story-facts';
import type { KeepRanges } from '../../core/text/boilerplate';
import type { CachedLineKeys } from './boilerplate-cache';
import { DumpTexts } from './dump-text';
import { FolderBoilerplate, type BoilerplateSources } from './folder-boilerplate';

/**
 * One open workspace's library: its folder, the catalog of dumps and stories, the identity
 * map that keeps story ids across renames, and the decoded texts. The opening read builds a
 * new one and swaps it in whole, so a half-read folder is never visible; live sync then
 * updates it in place, always through `record` and `forget`, so the three stay in step.
 */
export class OpenLibrary {
  readonly catalog = new Catalog();
  readonly texts: DumpTexts;
  /**
   * Story id → facts the read computed, with the layout they were computed from, until
   * discovery takes them (`takeFacts`): held only between a read and discovery's next pass.
   * The layout is kept as its hash: the string itself, built span by span, stayed in memory as
   * a rope of one small string per noise span (16 MB at 20,000 stories).
   */
  private readonly facts = new Map<string, { layout: string; facts: StoryFacts }>();
  readonly boilerplate: FolderBoilerplate;
  /**
   * The analyst's "not noise" ranges of a dump, where template marks never go. Set once the
   * workspace's own fixes can be asked for (before that the fix source may answer for the previous one).
   */
  keep: (path: string) => KeepRanges = () => [];

  /** `cachedKeys`: the line keys saved last time (used where a dump's bytes are the ones cached). */
  constructor(
    readonly folder: string,
    readonly identity: IdentityMap,
    cachedKeys?: CachedLineKeys,
  ) {
    this.texts = new DumpTexts(folder, this.catalog);
    this.boilerplate = new FolderBoilerplate(this.catalog, cachedKeys);
  }

  /**
   * Take in a dump just read: resolve its identity (a path seen before keeps its docId, a new
   * one may inherit a vanished dump's), list it in the catalog and keep its decoded text.
   * The text is also put in `fresh`, for the change hooks that re-anchor and re-index.
   * `markTemplate`: set its site-template marks now (false while a whole folder is read:
   * `settleTemplate` marks everything once the counts are complete).
   */
  record(path: string, dump: AnalysedDump, text: string | null, fresh: Map<string, string>, markTemplate = true): Resolved {
    const resolved = this.identity.resolve(path, dump.contentHash);
    const entry = catalogEntry(resolved.docId, dump);
    this.catalog.set(entry);
    // The layout the worker computed the facts from: site-template marks added since make them stale.
    const read = dump.result.status === 'ok' ? dump.result.stories : [];
    for (const story of entry.stories) {
      const f = dump.facts?.[story.index];
      if (f && read[story.index]) this.facts.set(story.id, { layout: stableHash(factsLayout(read[story.index])), facts: f });
    }
    this.texts.remember(path, dump.contentHash, text);
    if (text !== null) fresh.set(path, text);
    this.boilerplate.took(entry, text, { perLine: dump.lineKeys, set: dump.lineSet }, this.sources(fresh), markTemplate);
    return resolved;
  }

  /**
   * The facts the read computed for story `id`, once, if they still describe `story` (same
   * title, place and noise); null when discovery must compute them itself.
   */
  takeFacts(id: string, story: { title: string; start: number; end: number; noise: readonly NoiseSpan[] }): StoryFacts | null {
    const kept = this.facts.get(id);
    if (!kept) return null;
    this.facts.delete(id);
    return kept.layout === stableHash(factsLayout(story)) ? kept.facts : null;
  }

  /** Discovery finished a pass: facts nobody took (stories it had cached) are dropped, and so are the texts pinned for it. */
  dropFacts(): void {
    this.facts.clear();
    this.texts.unpin();
  }

  /**
   * Dumps whose site-template marks changed because lines crossed a threshold since the last
   * call, with their text (unchanged: only noise moved). Texts are taken from `fresh` first.
   */
  settleTemplate(fresh?: Map<string, string>): Promise<Map<string, string>> {
    return this.boilerplate.settle(this.sources(fresh));
  }

  /** `path` left the workspace; its identity is kept for a rename. True if the catalog listed it. */
  forget(path: string, at: number): boolean {
    for (const s of this.catalog.file(path)?.stories ?? []) this.facts.delete(s.id);
    const listed = this.catalog.remove(path);
    this.boilerplate.left(path);
    this.texts.forget(path);
    this.identity.forget(path, at);
    return listed;
  }

  private sources(fresh?: Map<string, string>): BoilerplateSources {
    return { text: (path) => fresh?.get(path) ?? this.texts.current(path), keep: (path) => this.keep(path) };
  }
}
