import type { LibraryChange } from '../api/views';

/** A dump the opening scan read, with the identity it resolved to. */
export interface FoundDump {
  path: string;
  contentHash: string;
  /** Set when the path took over the identity of a dump that vanished: a rename. */
  renamedFrom?: string;
}

/**
 * What happened to the workspace while the app was closed, so annotations and the search
 * index catch up without reading every file again: `known` is what the identity map held
 * (path → content hash as last read), `found` what the scan read now, in scan order.
 * A path that took over a vanished identity is a rename, not an add plus a remove.
 */
export function offlineChanges(known: ReadonlyMap<string, string>, found: readonly FoundDump[]): LibraryChange {
  const change: LibraryChange = { added: [], changed: [], removed: [], renamed: [] };
  for (const { path, contentHash, renamedFrom } of found) {
    if (renamedFrom) change.renamed.push({ from: renamedFrom, to: path });
    else if (!known.has(path)) change.added.push(path);
    else if (known.get(path) !== contentHash) change.changed.push(path);
  }
  const present = new Set(found.map((f) => f.path));
  const renamedFrom = new Set(change.renamed.map((r) => r.from));
  change.removed = [...known.keys()].filter((p) => !present.has(p) && !renamedFrom.has(p)).sort();
  return change;
}

/** True when a change names no path at all (nothing to tell anyone). */
export function isEmptyChange(change: LibraryChange): boolean {
  return change.added.length + change.changed.length + change.removed.length + change.renamed.length === 0;
}

/** The paths a change brought new text for: added, changed and the new side of renames. */
export function pathsWithNewText(change: LibraryChange): Set<string> {
  return new Set([...change.added, ...change.changed, ...change.renamed.map((r) => r.to)]);
}
