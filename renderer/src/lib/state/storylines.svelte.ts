import type { StorylineSummary } from '@core/ports/discovery-port';
import { call, on } from '../api';
import { storylineIndex, type StorylineOf } from '../library/storyline-groups';

/** Enough for every storyline of a large workspace; the route caps the listing at this. */
const LIMIT = 20_000;

/**
 * The workspace's storylines, for the library's grouping, the timeline's lanes and the move picker.
 * Loaded on first use; once loaded, reloaded when background analysis finishes and when the
 * analyst's storyline corrections change (a move, its undo or redo), so every view follows.
 */
export class Storylines {
  list = $state.raw<StorylineSummary[]>([]);
  /** Story id → its storyline, built once per listing. */
  of = $state.raw<StorylineOf>(new Map());
  loaded = $state(false);
  private wanted = false;
  private seq = 0;

  /** Load the listing if nobody has yet; later changes reload it on their own. */
  want(): void {
    if (this.wanted) return;
    this.wanted = true;
    void this.reload();
  }

  listen(): () => void {
    const offs = [
      on('discovery.progress', (p) => p.phase === 'ready' && this.wanted && void this.reload()),
      on('annotations.changed', (c) => c.tables.includes('storylineMoves') && this.wanted && void this.reload()),
      // Another workspace's storylines never group this one's stories: cleared until its own arrive.
      on('workspace.opened', () => this.clear()),
    ];
    return () => offs.forEach((off) => off());
  }

  private clear(): void {
    this.seq++;
    this.list = [];
    this.of = new Map();
    this.loaded = false;
    if (this.wanted) void this.reload();
  }

  /** Fetch the listing; an older answer arriving late never replaces a newer one. */
  async reload(): Promise<void> {
    const seq = ++this.seq;
    const r = await call('storylines.list', { limit: LIMIT });
    if (seq !== this.seq || !r.ok) return;
    this.list = r.value;
    this.of = storylineIndex(r.value);
    this.loaded = true;
  }
}
