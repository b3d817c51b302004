import type { TextSelection } from '../reader/selection';
import type { StoryAnnotations } from './story-annotations.svelte';

/** Which step of the selection popover is shown: its buttons, the tag field or the note field. */
export type PopoverMode = 'main' | 'tag' | 'note';

/** What a new highlight may carry besides its range. */
interface HighlightOptions {
  color?: string;
  tags?: string[];
  note?: string;
}

/**
 * The text selected in the reader and the popover that offers to annotate it. Selecting
 * opens the popover; highlighting consumes the selection (and the page's own selection).
 */
export class ReaderSelection {
  #current = $state.raw<TextSelection | null>(null);
  #popoverOpen = $state.raw(false);
  #mode = $state.raw<PopoverMode>('main');
  readonly #notes: StoryAnnotations;

  /** The popover is on screen only while there is a selection for it to act on. */
  #showsPopover = $derived.by(() => this.#popoverOpen && this.#current !== null);

  constructor(notes: StoryAnnotations) {
    this.#notes = notes;
  }

  get current(): TextSelection | null {
    return this.#current;
  }

  get showsPopover(): boolean {
    return this.#showsPopover;
  }

  get mode(): PopoverMode {
    return this.#mode;
  }

  set mode(mode: PopoverMode) {
    this.#mode = mode;
  }

  /** The reader's selection changed: a new one opens the popover on its main step. */
  select(sel: TextSelection | null): void {
    this.#current = sel;
    this.#mode = 'main';
    this.#popoverOpen = !!sel;
  }

  /** Another story opened: nothing of the last one stays selected. */
  reset(): void {
    this.#current = null;
    this.#popoverOpen = false;
  }

  openPopover(mode: PopoverMode): void {
    this.#mode = mode;
    this.#popoverOpen = true;
  }

  closePopover(): void {
    this.#popoverOpen = false;
  }

  /** Take the selection for an action that consumes it: the popover closes and the page selection clears. */
  take(): TextSelection | null {
    const sel = this.#current;
    this.#popoverOpen = false;
    if (!sel) return null;
    window.getSelection()?.removeAllRanges();
    this.#current = null;
    return sel;
  }

  /** Highlight the selection on the open story; null when there was none or it failed. */
  async highlight(opts: HighlightOptions = {}): ReturnType<StoryAnnotations['highlight']> {
    const sel = this.#current;
    if (!sel) return null;
    this.take();
    return this.#notes.highlight({ start: sel.start, end: sel.end, exact: sel.exact, ...opts, ...(opts.note ? {} : { note: undefined }) });
  }

  /** Re-attach an orphaned highlight to the selected text. */
  reattach(highlightId: string): void {
    if (this.#current) void this.#notes.reattach(highlightId, this.#current);
  }
}
