import type { ApiValue } from '@core/api';
import type { DiscoveryPhase } from '@core/ports/discovery-port';
import { call, on } from '../api';

type Suggestion = ApiValue<'related.forStory'>[number];
type Entity = ApiValue<'entities.forStory'>[number];

/**
 * What discovery knows about the open story: related suggestions with reasons, and its
 * entities. Reloaded when the story changes and when background analysis finishes.
 */
export class StoryDiscovery {
  storyId = $state<string | null>(null);
  related = $state.raw<Suggestion[]>([]);
  entities = $state.raw<Entity[]>([]);
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
      return;
    }
    const [rel, ent] = await Promise.all([call('related.forStory', { id }), call('entities.forStory', { id })]);
    if (this.storyId !== id) return;
    this.related = rel.ok ? rel.value : [];
    this.entities = ent.ok ? ent.value : [];
  }

  async dismiss(s: Suggestion): Promise<void> {
    if (!this.storyId) return;
    const r = await call('related.dismiss', { id: this.storyId, otherId: s.storyId });
    if (r.ok) this.related = this.related.filter((x) => x.storyId !== s.storyId);
  }
}
