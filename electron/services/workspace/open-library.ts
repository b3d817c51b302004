import { Catalog } from '../../core/library/catalog';
import type { IdentityMap, Resolved } from '../../core/library/identity';
import { catalogEntry, type AnalysedDump } from '../../core/library/ingest-file';
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
    this.catalog.set(catalogEntry(resolved.docId, dump));
    this.texts.remember(path, dump.contentHash, text);
    if (text !== null) fresh.set(path, text);
    return resolved;
  }

  /** `path` left the workspace; its identity is kept for a rename. True if the catalog listed it. */
  forget(path: string, at: number): boolean {
    const listed = this.catalog.remove(path);
    this.texts.forget(path);
    this.identity.forget(path, at);
    return listed;
  }
}
