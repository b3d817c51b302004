import { isTyping, matchesKey, type KeyCombo } from './keys';
import type { CentreView } from '../state/layout.svelte';

/**
 * One keyboard shortcut: the keys that trigger it, what the help says it does, when it
 * applies and what it does. The key handler and the help both read the same table, so
 * the help cannot list a key that does nothing or miss one that does something.
 */
export interface Shortcut {
  /** Any of these triggers it; the help shows them all. */
  keys: readonly KeyCombo[];
  label: string;
  /** When it applies; by default anywhere but in a text field, where keys are typing. */
  when?: (e: KeyboardEvent) => boolean;
  /** Absent for the application menu's accelerators (electron/main/menu.ts): listed for the help, run by main. */
  run?: (e: KeyboardEvent) => void;
  /** Leave the browser's own handling in place (Esc still clears a search field). */
  keepDefault?: boolean;
}

/** What the app's shortcuts do; the app supplies these, the table says which key does what. */
export interface ShortcutActions {
  step(delta: 1 | -1): void;
  focusSearch(): void;
  toggleHelp(): void;
  highlight(): void;
  tag(): void;
  note(): void;
  link(): void;
  addToBrief(): void;
  stepHit(delta: 1 | -1): void;
  /** Show the reader, the entity view or the timeline in the centre pane. */
  showView(view: CentreView): void;
  undo(): void;
  redo(): void;
  /** Close the innermost popup, else leave the field being typed in. */
  escape(e: KeyboardEvent): void;
}

const notTyping = (e: KeyboardEvent) => !isTyping(e.target);

/** The app's shortcuts, in the order the help lists them. */
export function shortcutTable(a: ShortcutActions): Shortcut[] {
  return [
    { keys: ['j'], label: 'Next story', run: () => a.step(1) },
    { keys: ['k'], label: 'Previous story', run: () => a.step(-1) },
    { keys: ['/'], label: 'Search', run: () => a.focusSearch() },
    { keys: ['h'], label: 'Highlight the selection', run: () => a.highlight() },
    { keys: ['t'], label: 'Tag the selection, or the story', run: () => a.tag() },
    { keys: ['n'], label: 'Note on the selection, or the story', run: () => a.note() },
    { keys: ['l'], label: 'Link this story to another', run: () => a.link() },
    { keys: ['b'], label: 'Add the selection, highlight or story to the brief', run: () => a.addToBrief() },
    { keys: ['['], label: 'Previous search hit', run: () => a.stepHit(-1) },
    { keys: [']'], label: 'Next search hit', run: () => a.stepHit(1) },
    { keys: ['1'], label: 'Reader view', run: () => a.showView('reader') },
    { keys: ['2'], label: 'Entity view: people, places, organisations', run: () => a.showView('entities') },
    { keys: ['3'], label: 'Timeline view', run: () => a.showView('timeline') },
    { keys: ['Mod+z'], label: 'Undo', run: () => a.undo() },
    { keys: ['Shift+Mod+z', 'Mod+y'], label: 'Redo', run: () => a.redo() },
    { keys: ['Escape'], label: 'Leave a field, close a popup', when: () => true, run: (e) => a.escape(e), keepDefault: true },
    { keys: ['?'], label: 'Show or hide shortcuts', run: () => a.toggleHelp() },
    { keys: ['Mod+o'], label: 'Open a folder' },
    { keys: ['Shift+Mod+o'], label: 'Open the sample library' },
  ];
}

/** Run the shortcut a key event triggers, if any; returns whether one ran. */
export function runShortcut(table: readonly Shortcut[], e: KeyboardEvent): boolean {
  const hit = table.find((s) => s.run && s.keys.some((k) => matchesKey(e, k)) && (s.when ?? notTyping)(e));
  if (!hit?.run) return false;
  hit.run(e);
  if (!hit.keepDefault) e.preventDefault();
  return true;
}
