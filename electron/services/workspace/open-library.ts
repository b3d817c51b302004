import { Catalog } from '../../core/library/catalog';
import type { IdentityMap, Resolved } from '../../core/library/identity';
import type { NoiseSpan } from '../../core/types';
import { catalogEntry, type AnalysedDump } from '../../core/library/ingest-file';
import { factsLayout, type StoryFacts } from '../../core/related/story-facts';
import { DumpTexts } from './dump-text';

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
   */
  private readonly facts = new Map<string, { layout: string; facts: StoryFacts }>();

  constructor(
    readonly folder: string,
    readonly identity: IdentityMap,
  ) {
    this.texts = new DumpTexts(folder, this.catalog);
  }

  /**
   * Take in a dump just read: resolve its identity (a path seen before keeps its docId, a new
   * one may inherit a vanished dump's), list it in the catalog and keep its decoded text.
   * The text is also put in `fresh`, for the change hooks that re-anchor and re-index.
   */
  record(path: string, dump: AnalysedDump, text: string | null, fresh: Map<string, string>): Resolved {
    const resolved = this.identity.resolve(path, dump.contentHash);
    const entry = catalogEntry(resolved.docId, dump);
    this.catalog.set(entry);
    for (const story of entry.stories) {
      const f = dump.facts?.[story.index];
      if (f) this.facts.set(story.id, { layout: factsLayout(story), facts: f });
    }
    this.texts.remember(path, dump.contentHash, text);
    if (text !== null) fresh.set(path, text);
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
    return kept.layout === factsLayout(story) ? kept.facts : null;
  }

  /** Discovery finished a pass: facts nobody took (stories it had cached) are dropped. */
  dropFacts(): void {
    this.facts.clear();
  }

  /** `path` left the workspace; its identity is kept for a rename. True if the catalog listed it. */
  forget(path: string, at: number): boolean {
    for (const s of this.catalog.file(path)?.stories ?? []) this.facts.delete(s.id);
    const listed = this.catalog.remove(path);
    this.texts.forget(path);
    this.identity.forget(path, at);
    return listed;
  }
}
