import type { ApiError, ApiValue } from '@core/api';
import type { DiscoveryPhase, StorylineView } from '@core/ports/discovery-port';
import { call, on } from '../api';

type Suggestion = ApiValue<'related.forStory'>[number];
type Entity = ApiValue<'entities.forStory'>[number];

/**
 * What discovery knows about the open story: related suggestions with reasons, its
 * entities and its storyline. Reloaded when the story changes and when background analysis finishes.
 */
export class StoryDiscovery {
  storyId = $state<string | null>(null);
  related = $state.raw<Suggestion[]>([]);
  entities = $state.raw<Entity[]>([]);
  storyline = $state.raw<StorylineView | null>(null);
  phase = $state<DiscoveryPhase>('ready');

  listen(): () => void {
    const offs = [
      on('discovery.progress', (p) => {
        const was = this.phase;
        this.phase = p.phase;
        if (p.phase === 'ready' && was !== 'ready') void this.reload();
      }),
      // A storyline correction undone or redone (or made elsewhere) changes the open story's storyline.
      on('annotations.changed', (c) => c.tables.includes('storylineMoves') && void this.reload()),
    ];
    return () => offs.forEach((off) => off());
  }

  async load(id: string | null): Promise<void> {
    this.storyId = id;
    await this.reload();
  }

  async reload(): Promise<void> {
    const id = this.storyId;
    if (!id) {
      this.related = [];
      this.entities = [];
      this.storyline = null;
      return;
    }
    const [rel, ent, line] = await Promise.all([
      call('related.forStory', { id }),
      call('entities.forStory', { id }),
      call('storylines.forStory', { id }),
    ]);
    if (this.storyId !== id) return;
    this.related = rel.ok ? rel.value : [];
    this.entities = ent.ok ? ent.value : [];
    this.storyline = line.ok ? line.value : null;
  }

  /**
   * The analyst says the open story is about another event: out of its storyline (`into` null) or
   * into another, kept in the workspace database and undoable. Resolves with the error, if any.
   */
  async move(into: string | null): Promise<ApiError | null> {
    const id = this.storyId;
    if (!id) return null;
    const r = await call('storylines.move', { storyId: id, into });
    if (!r.ok) return r.error;
    if (this.storyId === id) this.storyline = r.value;
    return null;
  }

  async dismiss(s: Suggestion): Promise<void> {
    if (!this.storyId) return;
    const r = await call('related.dismiss', { id: this.storyId, otherId: s.storyId });
    if (r.ok) this.related = this.related.filter((x) => x.storyId !== s.storyId);
  }
}
