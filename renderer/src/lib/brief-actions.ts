import type { AppContext } from './app-context';
import type { InboxItem } from './state/briefs.svelte';

/**
 * `b` and the popover's "Add to brief": the selection (highlighted first), else the focused
 * highlight, else the open story goes into the brief being worked on.
 */
export async function addToBrief(app: AppContext): Promise<void> {
  let item: InboxItem | null = null;
  if (app.selection.current) {
    const h = await app.selection.highlight();
    if (h) item = { kind: 'highlight', highlightId: h.id };
  } else if (app.notes.focusedHighlight) item = { kind: 'highlight', highlightId: app.notes.focusedHighlight };
  else if (app.library.selectedId) item = { kind: 'story', storyId: app.library.selectedId };
  if (!item) return;
  const r = await app.briefs.addToCurrent(item);
  if (r.ok) app.toasts.show(`Added to “${r.title}” — open the Brief tab to arrange it`);
  else app.toasts.fail(r.error);
}

/** The inspector's "add this highlight to the brief". */
export async function addHighlightToBrief(app: AppContext, highlightId: string): Promise<void> {
  const r = await app.briefs.addToCurrent({ kind: 'highlight', highlightId });
  if (r.ok) app.toasts.show(`Added to “${r.title}”`);
  else app.toasts.fail(r.error);
}
