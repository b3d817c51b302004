import { hostname } from 'node:os';
import { open, readFile, stat, unlink } from 'node:fs/promises';

/** An unreadable lock younger than this is presumed mid-write by another instance. */
const FRESH_MS = 5000;

/** Who holds a workspace: written into `.dossier/lock` so another instance can tell. */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export type LockResult = { held: true; release: () => Promise<void> } | { held: false; owner: LockOwner | null };

/**
 * One writer per workspace, by lock file. We chose a lock over detect-and-reload because
 * db.json is rewritten whole: two writers reloading each other's files would still lose
 * whichever edits landed between a reload and the other's next write, and merging two
 * edited copies record by record is guesswork. With a lock the second instance opens the
 * workspace read-only and says who holds it.
 *
 * A lock is stale, and taken over, when it names this host and a process that no longer
 * exists (a crash) or this very process (re-opening the same folder). A lock from another
 * host cannot be checked, so it is respected; the message tells the user how to clear it.
 */
export async function acquireLock(path: string): Promise<LockResult> {
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { held: true, release: () => release(path, me) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = await readOwner(path);
    if (owner && !isStale(owner, me)) return { held: false, owner };
    // An unreadable lock may be one another instance is writing this very moment.
    if (!owner && (await ageMs(path)) < FRESH_MS) return { held: false, owner: null };
    // Stale, or unreadable for a while (a crash while writing it): remove and try again.
    await unlink(path).catch(() => undefined);
  }
  return { held: false, owner: await readOwner(path) };
}

async function ageMs(path: string): Promise<number> {
  const st = await stat(path).catch(() => null);
  return st ? Date.now() - st.mtimeMs : Infinity;
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const o = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof o.pid === 'number' && typeof o.host === 'string') return { pid: o.pid, host: o.host, startedAt: String(o.startedAt ?? '') };
  } catch {
    // Fall through: an unreadable lock is treated as stale.
  }
  return null;
}

function isStale(owner: LockOwner, me: LockOwner): boolean {
  if (owner.host !== me.host) return false;
  if (owner.pid === me.pid) return true;
  return !processExists(owner.pid);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove the lock only if it is still ours (another instance may have taken over a stale one). */
async function release(path: string, me: LockOwner): Promise<void> {
  const owner = await readOwner(path);
  if (owner && owner.pid === me.pid && owner.host === me.host && owner.startedAt === me.startedAt)
    await unlink(path).catch(() => undefined);
}
