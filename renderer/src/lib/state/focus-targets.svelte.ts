/**
 * The fields keyboard shortcuts jump to (`/` search, `t` tags, `n` note). The panes that own
 * them bind them here, so the shortcuts reach them without props threaded through every pane.
 */
export class FocusTargets {
  search = $state.raw<HTMLInputElement | undefined>();
  tags = $state.raw<HTMLInputElement | undefined>();
  note = $state.raw<HTMLTextAreaElement | undefined>();
}
