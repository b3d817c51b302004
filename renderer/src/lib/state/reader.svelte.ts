import type { ApiError, RawFileView, StoryView } from '@core/api';
import { call } from '../api';

/** The story open in the reader, and how it is shown (clean with noise collapsed, or raw). */
export class ReaderState {
  view = $state.raw<StoryView | null>(null);
  raw = $state.raw<RawFileView | null>(null);
  showRaw = $state(false);
  error = $state<ApiError | null>(null);
  /** Start offsets of noise runs the analyst expanded. */
  expanded = $state<Record<number, boolean>>({});
  private loadingId: string | null = null;

  /** Open a story; with `alongside` (its highlights landing), its text is shown only once that has settled too. */
  async open(id: string | null, alongside?: Promise<unknown>): Promise<void> {
    this.loadingId = id;
    this.expanded = {};
    this.raw = null;
    if (!id) {
      this.view = null;
      return;
    }
    const r = await call('stories.get', { id });
    if (alongside) await alongside;
    if (this.loadingId !== id) return; // a newer selection won
    if (!r.ok) {
      this.error = r.error;
      this.view = null;
      return;
    }
    this.error = null;
    this.view = r.value;
    if (this.showRaw) await this.loadRaw();
  }

  async toggleRaw(): Promise<void> {
    this.showRaw = !this.showRaw;
    if (this.showRaw && !this.raw) await this.loadRaw();
  }

  toggleNoise(start: number): void {
    this.expanded = { ...this.expanded, [start]: !this.expanded[start] };
  }

  private async loadRaw(): Promise<void> {
    if (!this.view) return;
    const r = await call('files.raw', { path: this.view.story.path });
    if (r.ok) this.raw = r.value;
    else this.error = r.error;
  }
}
