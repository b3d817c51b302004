import type { ApiResult } from '@core/api';
import type { NoiseKind } from '@core/types';
import type { SegmentFix } from '@core/text/fixes';
import { call } from '../api';
import type { Story } from '@core/types';
import type { StatusCallbacks } from './toasts.svelte';

/**
 * The analyst's corrections to how a dump was cut into stories: split here, merge with the
 * next, this is (not) noise. Each is stored against the open story's dump; the re-read dump
 * comes back as `library.changed`, which refreshes the list and the reader, so nothing here
 * keeps state of its own.
 */
export class SegmentationFixes {
  readonly #story: () => Story | undefined;
  readonly #status: StatusCallbacks;

  /** `story`: the story open in the reader, which the fixes apply to. */
  constructor(story: () => Story | undefined, status: StatusCallbacks) {
    this.#story = story;
    this.#status = status;
  }

  /** Start a new story at the line holding `at` (the story's first line when absent). */
  split(at?: number): Promise<void> {
    return this.#add((s) => ({ type: 'split', at: at ?? s.start }), 'Story split — Ctrl/Cmd+Z to undo');
  }

  /** Merge the open story with the one after it. */
  merge(): Promise<void> {
    return this.#add((s) => ({ type: 'merge', at: s.start }), 'Merged with the next story — Ctrl/Cmd+Z to undo');
  }

  /** Mark [start, end) as noise of `kind`, or as story text when `kind` is null. */
  noise(start: number, end: number, kind: NoiseKind | null): Promise<void> {
    return this.#add(
      () => ({ type: 'noise', start, end, kind }),
      kind ? 'Marked as noise — Ctrl/Cmd+Z to undo' : 'Shown as story text — Ctrl/Cmd+Z to undo',
    );
  }

  async #add(fix: (story: { start: number }) => SegmentFix, done: string): Promise<void> {
    const s = this.#story();
    if (!s) return;
    const r: ApiResult<unknown> = await call('fixes.add', { docPath: s.path, fix: fix(s) });
    if (r.ok) this.#status.onmessage(done);
    else this.#status.onerror(r.error);
  }
}
