import { stableHash } from './hash';
import { docIdForPath } from './story-ids';

/** What Dossier remembers about one dump so its identity survives renames. */
interface IdentityEntry {
  docId: string;
  /** Hash of the file's bytes when last read; '' when it could not be read. */
  contentHash: string;
}

/** A dump that left the workspace; kept so that a file reappearing elsewhere with the same bytes gets its identity back. */
interface VanishedEntry extends IdentityEntry {
  path: string;
  /** When it vanished (ms since epoch); the oldest are dropped first. */
  at: number;
}

/** The on-disk shape of `<workspace>/.dossier/identity.json`. */
interface IdentityFileV1 {
  version: 1;
  paths: Record<string, IdentityEntry>;
  vanished: VanishedEntry[];
}

/** Enough to pair a rename that happened long ago, small enough that the file stays a few hundred KB. */
const MAX_VANISHED = 2000;

export interface Resolved {
  docId: string;
  /** Set when this path took over the identity of a vanished dump with the same bytes: a rename. */
  renamedFrom?: string;
}

/**
 * The map path → {docId, contentHash} that makes a rename keep a dump's identity (and so its
 * story ids and the annotations on them). A path seen before keeps its docId even when its
 * content changes (an edit); a new path whose bytes match a vanished dump inherits that
 * dump's docId (a rename or move, live or while the app was closed); anything else gets a
 * fresh docId from its path, as before identity was persisted, so older annotations still match.
 */
export class IdentityMap {
  private paths = new Map<string, IdentityEntry>();
  private vanished: VanishedEntry[] = [];
  private inUse = new Set<string>();

  /** Rebuild from whatever `identity.json` held; anything malformed is dropped, never fatal. */
  static fromJSON(data: unknown): IdentityMap {
    const map = new IdentityMap();
    if (!data || typeof data !== 'object') return map;
    const d = data as Partial<IdentityFileV1>;
    const isEntry = (e: unknown): e is IdentityEntry =>
      !!e &&
      typeof e === 'object' &&
      typeof (e as IdentityEntry).docId === 'string' &&
      (e as IdentityEntry).docId !== '' &&
      typeof (e as IdentityEntry).contentHash === 'string';
    if (d.paths && typeof d.paths === 'object') {
      for (const [path, e] of Object.entries(d.paths)) {
        if (!isEntry(e) || map.inUse.has(e.docId)) continue;
        map.paths.set(path, { docId: e.docId, contentHash: e.contentHash });
        map.inUse.add(e.docId);
      }
    }
    if (Array.isArray(d.vanished)) {
      for (const v of d.vanished) {
        if (!isEntry(v) || typeof v.path !== 'string' || map.inUse.has(v.docId)) continue;
        map.vanished.push({ path: v.path, docId: v.docId, contentHash: v.contentHash, at: Number(v.at) || 0 });
        map.inUse.add(v.docId);
      }
    }
    return map;
  }

  toJSON(): IdentityFileV1 {
    const paths: Record<string, IdentityEntry> = {};
    for (const p of [...this.paths.keys()].sort()) paths[p] = { ...this.paths.get(p)! };
    return { version: 1, paths, vanished: this.vanished.map((v) => ({ ...v })) };
  }

  /** Paths the map knows as present in the workspace. */
  knownPaths(): string[] {
    return [...this.paths.keys()];
  }

  get(path: string): IdentityEntry | undefined {
    return this.paths.get(path);
  }

  /**
   * The docId for a dump now at `path` with these bytes. Call `forget` for every path that
   * disappeared first, so a rename in the same batch can be paired.
   */
  resolve(path: string, contentHash: string): Resolved {
    const known = this.paths.get(path);
    if (known) {
      known.contentHash = contentHash;
      return { docId: known.docId };
    }
    if (contentHash) {
      // Most recent first: when the same bytes left twice, the latest departure is the likeliest rename.
      for (let i = this.vanished.length - 1; i >= 0; i--) {
        const v = this.vanished[i];
        if (v.contentHash !== contentHash) continue;
        this.vanished.splice(i, 1);
        this.paths.set(path, { docId: v.docId, contentHash });
        return { docId: v.docId, renamedFrom: v.path };
      }
    }
    const docId = this.freshDocId(path);
    this.paths.set(path, { docId, contentHash });
    this.inUse.add(docId);
    return { docId };
  }

  /** `path` left the workspace. Its identity is kept for a later rename pairing. */
  forget(path: string, at: number): void {
    const e = this.paths.get(path);
    if (!e) return;
    this.paths.delete(path);
    if (!e.contentHash) {
      this.inUse.delete(e.docId);
      return;
    }
    this.vanished.push({ path, docId: e.docId, contentHash: e.contentHash, at });
    while (this.vanished.length > MAX_VANISHED) this.inUse.delete(this.vanished.shift()!.docId);
  }

  /** The historical path-derived id, salted only if another dump already holds it (e.g. a renamed one). */
  private freshDocId(path: string): string {
    let id = docIdForPath(path);
    for (let n = 2; this.inUse.has(id); n++) id = stableHash(`${path}#${n}`).slice(0, 10);
    return id;
  }
}
