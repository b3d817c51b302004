/**
 * File events waiting to be read, coalesced per path: a burst of writes to one file is read
 * once, an add followed by a delete is just a delete, and a delete followed by an add (an
 * editor's atomic save) is a re-read. Removals remember when they arrived so the caller can
 * hold them briefly and pair them with the add of a rename.
 */
export class ChangeQueue {
  private pending = new Map<string, { kind: 'upsert' | 'remove'; at: number; force: boolean }>();

  /** Queue a (re)read; true when the path was not pending yet. */
  upsert(path: string, at: number, force = false): boolean {
    const prev = this.pending.get(path);
    this.pending.set(path, { kind: 'upsert', at, force: force || (prev?.kind === 'upsert' && prev.force) });
    return !prev;
  }

  /** Queue a removal; true when the path was not pending yet. */
  remove(path: string, at: number): boolean {
    const prev = this.pending.get(path);
    this.pending.set(path, { kind: 'remove', at, force: false });
    return !prev;
  }

  /** What waits for `path`, if anything. */
  kindOf(path: string): 'upsert' | 'remove' | undefined {
    return this.pending.get(path)?.kind;
  }

  /** True when `path` waits to be removed. */
  isPendingRemoval(path: string): boolean {
    return this.pending.get(path)?.kind === 'remove';
  }

  /** Drop whatever is pending for `path` (its event was handled another way). */
  discard(path: string): void {
    this.pending.delete(path);
  }

  get size(): number {
    return this.pending.size;
  }

  /** The latest arrival time among pending removals, or null; used to wait for a rename's add. */
  youngestRemoval(): number | null {
    let t: number | null = null;
    for (const e of this.pending.values()) if (e.kind === 'remove' && (t === null || e.at > t)) t = e.at;
    return t;
  }

  /**
   * Take up to `max` events, oldest first. Removals that arrived after `holdRemovalsAfter`
   * stay queued (the add of a rename may still be on its way).
   */
  take(max: number, holdRemovalsAfter = Infinity): { upserts: { path: string; force: boolean }[]; removes: string[] } {
    const upserts: { path: string; force: boolean }[] = [];
    const removes: string[] = [];
    for (const [path, e] of this.pending) {
      if (upserts.length + removes.length >= max) break;
      if (e.kind === 'remove' && e.at > holdRemovalsAfter) continue;
      this.pending.delete(path);
      if (e.kind === 'remove') removes.push(path);
      else upserts.push({ path, force: e.force });
    }
    return { upserts, removes };
  }

  clear(): void {
    this.pending.clear();
  }
}
