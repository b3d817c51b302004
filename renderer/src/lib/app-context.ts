import { getContext, setContext } from 'svelte';
import { LibraryState } from './state/library.svelte';
import { ReaderState } from './state/reader.svelte';
import { LayoutState } from './state/layout.svelte';
import { StoryAnnotations } from './state/story-annotations.svelte';
import { StoryDiscovery } from './state/story-discovery.svelte';
import { SavedSearches } from './state/saved-searches.svelte';
import { BriefsState } from './state/briefs.svelte';
import { Toasts } from './state/toasts.svelte';
import { ReaderSelection } from './state/reader-selection.svelte';
import { SegmentationFixes } from './state/segmentation-fixes';
import { Dialogs } from './state/dialogs.svelte';
import { FocusTargets } from './state/focus-targets.svelte';
import { EntityViewState } from './state/entity-view.svelte';

/** Everything the app's panes share: one instance of each state, made once by the root component. */
export interface AppContext {
  library: LibraryState;
  reader: ReaderState;
  layout: LayoutState;
  notes: StoryAnnotations;
  discovery: StoryDiscovery;
  saved: SavedSearches;
  briefs: BriefsState;
  toasts: Toasts;
  selection: ReaderSelection;
  fixes: SegmentationFixes;
  dialogs: Dialogs;
  focus: FocusTargets;
  entityView: EntityViewState;
}

/** The app's states, wired to each other (the composer borrows the library's stories, and so on). */
export function createAppContext(): AppContext {
  const library = new LibraryState();
  const reader = new ReaderState();
  const toasts = new Toasts();
  const notes = new StoryAnnotations(toasts.callbacks());
  return {
    library,
    reader,
    layout: new LayoutState(),
    notes,
    discovery: new StoryDiscovery(),
    saved: new SavedSearches(),
    briefs: new BriefsState(() => library.stories),
    toasts,
    selection: new ReaderSelection(notes),
    fixes: new SegmentationFixes(() => reader.view?.story, toasts.callbacks()),
    dialogs: new Dialogs(),
    focus: new FocusTargets(),
    entityView: new EntityViewState(),
  };
}

const KEY = Symbol('dossier.app');

/** Make `app` what every component below the caller gets from `getAppContext`. */
export function setAppContext(app: AppContext): AppContext {
  return setContext(KEY, app);
}

/** The app's shared state; only valid in a component rendered inside the root `App`. */
export function getAppContext(): AppContext {
  const app = getContext<AppContext | undefined>(KEY);
  if (!app) throw new Error('getAppContext() was called outside the app: render the component inside App, or set the context in the test.');
  return app;
}
