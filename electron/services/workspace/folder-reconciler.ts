import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalysedDump } from '../../core/library/ingest-file';
import { scanFolder, type FolderScan } from './scan-folder';
import { WRITE_SETTLE_MS } from './watcher';

/** What the reconciler compares a listing with, and how it asks for a change. */
export interface ReconcileTarget {
  /** Every dump in the library, with the size and time it had when read. */
  files(): Iterable<{ path: string; size: number; mtimeMs: number }>;
  /** What is already queued for `path`, if anything. */
  pending(path: string): 'upsert' | 'remove' | undefined;
  upsert(path: string): void;
  remove(path: string): void;
  /** A second look fell due with no event to prompt it: process soon. */
  wake(): void;
}

/**
 * When a touched folder is looked at a second time. A new folder's watch holds only after its
 * first files land, and a busy moment can lose events; a second look this much later sees
 * what slipped through while the first look raced it.
 */
export const RECHECK_MS = 1000;

/** Folders to list: `shallow` for their own entries, `deep` for everything below them. */
interface Folders {
  shallow: Set<string>;
  deep: Set<string>;
}

/** Dumps whose size and time are asked for at once. */
const STAT_CHUNK = 256;

interface DiskFacts {
  size: number;
  mtimeMs: number;
}

/** Size and time of every dump the listings found (a problem file as listed); a link or a file gone meanwhile is left out. */
async function statDumps(root: string, scans: FolderScan[]): Promise<Map<string, DiskFacts>> {
  const onDisk = new Map<string, DiskFacts>();
  for (const s of scans) for (const p of s.problems) onDisk.set(p.path, { size: p.size, mtimeMs: p.mtimeMs });
  const all = scans.flatMap((s) => s.dumps);
  // A few hundred at a time: 10,000 lstat calls at once come back as one burst of callbacks
  // that holds the event loop (and every reply to the window) for a third of a second.
  for (let i = 0; i < all.length; i += STAT_CHUNK)
    await Promise.all(
      all.slice(i, i + STAT_CHUNK).map(async (p) => {
        const st = await lstat(join(root, ...p.split('/'))).catch(() => null);
        if (st?.isFile()) onDisk.set(p, { size: st.size, mtimeMs: st.mtimeMs });
      }),
    );
  return onDisk;
}

const folders = (): Folders => ({ shallow: new Set(), deep: new Set() });
const isEmpty = (f: Folders) => f.shallow.size === 0 && f.deep.size === 0;

const parentOf = (rel: string) => {
  const i = rel.lastIndexOf('/');
  return i < 0 ? '' : rel.slice(0, i);
};

/**
 * Keeps the library equal to the folder when watcher events go missing. Events are hints:
 * each one marks its folder as touched, and at the end of a burst the touched folders are
 * listed and compared with the library (new folders in full, since nothing inside them may
 * have been reported). Differences are queued like watcher events. Each touched folder gets
 * a second look RECHECK_MS later (and another, as long as it holds a folder the watcher
 * cannot follow); a watcher error rescans the whole workspace.
 */
export class FolderReconciler {
  private touched = folders();
  /** Second looks waiting for the timer, and those due now. */
  private later = folders();
  private recheck = folders();
  private everything = false;
  private timer: NodeJS.Timeout | null = null;
  private epoch = 0;
  /** Dumps that cannot be opened by name, as the last listing of their folder found them. */
  private problems = new Map<string, AnalysedDump>();

  constructor(private readonly target: ReconcileTarget) {}

  /** Something happened to the dump `rel`: its folder is listed at the end of the burst. */
  touch(rel: string): void {
    this.touched.shallow.add(parentOf(rel));
  }

  /** List the folder `rel` itself at the end of the burst. */
  touchFolder(rel: string): void {
    this.touched.shallow.add(rel);
  }

  /** The folder `rel` appeared: walk it whole, and list its parent. */
  touchNewFolder(rel: string): void {
    this.touched.deep.add(rel);
    this.touched.shallow.add(parentOf(rel));
  }

  /** Events may have been lost anywhere: list the whole workspace. */
  rescanAll(): void {
    this.everything = true;
  }

  get due(): boolean {
    return this.everything || !isEmpty(this.touched) || !isEmpty(this.recheck);
  }

  /** The problem entry the last listing made for `path` (a name that is not valid UTF-8). */
  problem(path: string): AnalysedDump | undefined {
    return this.problems.get(path);
  }

  /** Forget everything pending (another folder opens, or the workspace closes). */
  reset(): void {
    this.epoch++;
    this.touched = folders();
    this.later = folders();
    this.recheck = folders();
    this.everything = false;
    this.problems.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** List what is due under `root` and queue every difference with the library. */
  async run(root: string): Promise<void> {
    const epoch = this.epoch;
    const everything = this.everything;
    const first = this.touched;
    const due: Folders = {
      shallow: new Set([...first.shallow, ...this.recheck.shallow]),
      deep: new Set([...first.deep, ...this.recheck.deep]),
    };
    this.everything = false;
    this.touched = folders();
    this.recheck = folders();
    const scans: FolderScan[] = [];
    if (everything) scans.push(await scanFolder(root));
    else {
      // Outermost first, so a folder inside one already walked is not listed twice.
      const walked = new Set<string>();
      const add = (scan: FolderScan) => {
        scans.push(scan);
        for (const f of scan.listed) walked.add(f);
      };
      for (const d of [...due.deep].sort((a, b) => a.length - b.length)) if (!walked.has(d)) add(await scanFolder(root, d, true));
      for (const f of due.shallow) if (!walked.has(f)) add(await scanFolder(root, f, false));
    }
    const onDisk = await statDumps(root, scans);
    if (epoch !== this.epoch) return;
    const young = this.compare(scans, onDisk);
    // A first look is followed by a second; a second look asks for another only for a file still being written.
    if (!everything) {
      for (const d of first.deep) this.later.deep.add(d);
      for (const f of first.shallow) this.later.shallow.add(f);
    }
    for (const f of young) this.later.shallow.add(f);
    // No event ever comes from inside a folder whose name is not valid UTF-8: keep looking.
    for (const s of scans) for (const f of s.unwatchable) this.later.shallow.add(f);
    if (!isEmpty(this.later)) this.armRecheck();
  }

  private armRecheck(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.recheck = this.later;
      this.later = folders();
      this.target.wake();
    }, RECHECK_MS);
    // A pending second look must not keep a one-shot process (the CLI, a test) alive.
    this.timer.unref?.();
  }

  /** Queue the differences between the listings and the library; returns folders holding files still being written. */
  private compare(scans: FolderScan[], onDisk: Map<string, DiskFacts>): Set<string> {
    const listed = new Set(scans.flatMap((s) => [...s.listed]));
    const seen = new Set(scans.flatMap((s) => [...s.seen]));
    const gone = scans.filter((s) => s.gone).map((s) => s.from);
    for (const s of scans) for (const p of s.problems) this.problems.set(p.path, p);
    const young = new Set<string>();
    const known = new Map<string, DiskFacts>();
    for (const f of this.target.files()) known.set(f.path, f);
    const now = Date.now();
    for (const [path, st] of onDisk) {
      const pending = this.target.pending(path);
      if (pending === 'upsert') continue;
      const k = known.get(path);
      if (k && k.size === st.size && k.mtimeMs === st.mtimeMs && pending !== 'remove') continue;
      // Still being written: the watcher reports it once settled; if it does not, the next look reads it.
      if (Math.abs(now - st.mtimeMs) < WRITE_SETTLE_MS) {
        young.add(parentOf(path));
        continue;
      }
      this.target.upsert(path);
    }
    // A library path is covered by the listings when its folder was listed, or when a folder on
    // its way is missing from a listed parent, or under a folder that is gone.
    const covered = (path: string): boolean => {
      if (gone.some((g) => g === '' || path.startsWith(`${g}/`))) return true;
      for (let d = parentOf(path); ; d = parentOf(d)) {
        if (listed.has(d)) return true;
        if (d === '') return false;
        if (listed.has(parentOf(d))) return !seen.has(d);
      }
    };
    for (const path of known.keys()) {
      // Anything queued meanwhile is newer than the listing (a re-read checks the disk again anyway).
      if (onDisk.has(path) || !covered(path) || this.target.pending(path) !== undefined) continue;
      this.problems.delete(path);
      this.target.remove(path);
    }
    return young;
  }
}
