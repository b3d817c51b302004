import type { ApiValue } from '@core/api';
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
    return on('discovery.progress', (p) => {
      const was = this.phase;
      this.phase = p.phase;
      if (p.phase === 'ready' && was !== 'ready') void this.reload();
    });
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

  /** The analyst says the open story is about another event: out of its storyline, kept in the workspace database. */
  async moveOut(): Promise<void> {
    const id = this.storyId;
    if (!id) return;
    const r = await call('storylines.move', { storyId: id, into: null });
    if (r.ok && this.storyId === id) this.storyline = r.value;
  }

  async dismiss(s: Suggestion): Promise<void> {
    if (!this.storyId) return;
    const r = await call('related.dismiss', { id: this.storyId, otherId: s.storyId });
    if (r.ok) this.related = this.related.filter((x) => x.storyId !== s.storyId);
  }
}
