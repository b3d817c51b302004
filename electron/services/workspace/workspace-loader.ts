import type { Emit } from '../../core/api/emit';
import type { LibraryChange } from '../../core/api/views';
import type { AnalysedDump } from '../../core/library/ingest-file';
import { offlineChanges, type FoundDump } from '../../core/library/offline-changes';
import type { DumpIngest } from './dump-ingest';
import type { GenerationToken } from './generation';
import { keepRanges } from '../../core/library/fixes';
import { loadLineKeys } from './boilerplate-cache';
import { loadIdentity } from './identity-file';
import { OpenLibrary } from './open-library';
import { scanFolder } from './scan-folder';
import { TimeSlices } from '../time-slices';

/** A folder read whole, not yet shown to anyone. */
export interface LoadedWorkspace {
  lib: OpenLibrary;
  /** What changed while the app was closed, judged against the identity map saved last time. */
  offline: LibraryChange;
  /** The decoded text of every dump read, by path, for the change hooks. */
  fresh: Map<string, string>;
  /** Whether identity.json existed: the workspace was opened before, so `offline` means something. */
  existed: boolean;
}

/**
 * The initial read of a workspace: scan the folder, read every dump in the ingest workers,
 * resolve identities against `.dossier/identity.json` and work out what changed while the app
 * was closed. Builds a new OpenLibrary rather than touching the open one, so a superseded
 * open leaves nothing behind.
 */
export class WorkspaceLoader {
  constructor(
    private readonly ingest: DumpIngest,
    private readonly emit: Emit,
  ) {}

  /** Read `abs` whole. Progress goes out while `token` is live; the caller checks it after. */
  /** `listed`: called once the folder is listed, before its dumps are read (the workers read them; this thread is mostly free). */
  async read(abs: string, token: GenerationToken, listed: () => void = () => {}): Promise<LoadedWorkspace> {
    const { map: identity, existed } = await loadIdentity(abs);
    const cachedKeys = await loadLineKeys(abs);
    const scan = await scanFolder(abs);
    listed();
    const paths = scan.dumps;
    const total = paths.length;
    this.emit('ingest.progress', { done: 0, total });
    let done = 0;
    const outcomes = await Promise.all(
      paths.map(async (rel) => {
        // No fixes yet: the fix source may still answer for the previous workspace (see applyFixes).
        // No facts: they wait for the site-template marks, set once every dump is counted (below).
        const outcome = await this.ingest.read(abs, rel, [], false);
        done++;
        if (token.live && (done % 50 === 0 || done === total)) this.emit('ingest.progress', { done, total });
        return { rel, outcome };
      }),
    );
    const read: { rel: string; dump: AnalysedDump; text: string | null }[] = [];
    for (const { rel, outcome } of outcomes) if (outcome.kind === 'read') read.push({ rel, dump: outcome.dump, text: outcome.text });
    // Dumps whose names cannot be opened are problem files, not silently dropped.
    for (const dump of scan.problems) read.push({ rel: dump.path, dump, text: null });

    const known = new Map(identity.knownPaths().map((p) => [p, identity.get(p)!.contentHash]));
    const present = new Set(read.map((r) => r.rel));
    const now = Date.now();
    // Forgotten first, so a dump that moved while the app was closed inherits its identity below.
    for (const p of known.keys()) if (!present.has(p)) identity.forget(p, now);
    const lib = new OpenLibrary(abs, identity, cachedKeys);
    const fresh = new Map<string, string>();
    const found: FoundDump[] = [];
    // 10,000 records take the main thread half a second: in slices, so the window stays answered.
    const slices = new TimeSlices();
    for (const { rel, dump, text } of read) {
      const { renamedFrom } = lib.record(rel, dump, text, fresh, false);
      found.push({ path: rel, contentHash: dump.contentHash, renamedFrom });
      // Another folder opened meanwhile: this read is thrown away (the caller checks the token).
      if ((await slices.pause()) && !token.live) break;
    }
    // Site template is known once every dump is counted: mark it in one pass.
    await lib.settleTemplate(fresh);
    // Discovery indexes every story and computes its facts next: from these texts, not from the disk again.
    lib.texts.pin(fresh);
    return { lib, offline: offlineChanges(known, found), fresh, existed };
  }

  /**
   * Read again the dumps that have manual fixes. The fix source answers for this workspace
   * only once its store opened (an open hook), so this runs after the hooks and before anyone
   * sees the catalog.
   */
  async applyFixes(lib: OpenLibrary, fresh: Map<string, string>, token: GenerationToken): Promise<void> {
    lib.keep = (path) => keepRanges(this.ingest.fixesFor(path));
    for (const file of lib.catalog.allFiles()) {
      if (this.ingest.fixesFor(file.path).length === 0) continue;
      const outcome = await this.ingest.read(lib.folder, file.path);
      token.check();
      if (outcome.kind !== 'read') continue;
      lib.record(file.path, outcome.dump, outcome.text, fresh);
    }
  }
}
