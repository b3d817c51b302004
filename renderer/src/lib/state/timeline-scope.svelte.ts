import type { ApiError } from '@core/api';
import { call } from '../api';

/** How long typing in the search box settles before the timeline asks for its matches again. */
const SETTLE_MS = 150;

/**
 * Which stories the timeline draws: all of them, or those matching the search without its date
 * bounds (the range the timeline itself sets), so the analyst sees when the searched-for
 * stories ran and can then pick a range of them. Matches come from `timeline.get`, which, unlike the
 * library's result list, is not cut at 500.
 */
export class TimelineScope {
  /** The query the ids answer; '' for the whole library. */
  query = $state('');
  ids = $state.raw<Set<string> | null>(null);
  error = $state<ApiError | null>(null);
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Ask for `query`'s stories (after typing settles); an answer to an older query is dropped. */
  follow(query: string): void {
    const seq = ++this.seq;
    if (this.timer) clearTimeout(this.timer);
    if (!query) {
      this.query = '';
      this.ids = null;
      this.error = null;
      return;
    }
    this.timer = setTimeout(() => void this.load(query, seq), SETTLE_MS);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.seq++;
  }

  private async load(query: string, seq: number): Promise<void> {
    const r = await call('timeline.get', { query, by: 'month' });
    if (seq !== this.seq) return;
    if (!r.ok) {
      // A query search rejects: the library says why; the timeline shows the whole library meanwhile.
      this.error = r.error;
      this.query = '';
      this.ids = null;
      return;
    }
    const ids = new Set<string>();
    for (const g of r.value.groups) for (const s of g.stories) ids.add(s.id);
    for (const s of r.value.undated) ids.add(s.id);
    this.error = null;
    this.query = query;
    this.ids = ids;
  }
}
