/**
 * Key combinations as written in the shortcut table: modifiers then the key, joined by `+`
 * (`j`, `?`, `Escape`, `Mod+z`, `Shift+Mod+z`). `Mod` is Ctrl, or Cmd on a Mac.
 */
export type KeyCombo = string;

interface Parsed {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

function parse(combo: KeyCombo): Parsed {
  const parts = combo.split('+');
  const key = parts.pop() ?? '';
  return { key, mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
}

const LETTER = /^[a-z]$/;

/**
 * Whether a key event is this combination. A letter compares case-insensitively and Shift
 * must match what the combination says (`Shift+Mod+z` is not `Mod+z`); for other characters
 * (`?`, `/`, `[`) Shift is whatever the layout needs to type them, so it is not compared.
 */
export function matchesKey(e: KeyboardEvent, combo: KeyCombo): boolean {
  const c = parse(combo);
  if ((e.ctrlKey || e.metaKey) !== c.mod || e.altKey !== c.alt) return false;
  if (LETTER.test(c.key)) return e.key.toLowerCase() === c.key && e.shiftKey === c.shift;
  return e.key === c.key && (!c.shift || e.shiftKey);
}

const NAMES: Record<string, string> = { Mod: 'Ctrl/Cmd', Escape: 'Esc' };

/** How the help shows a combination: `Shift+Mod+z` → `Shift+Ctrl/Cmd+Z`. */
export function keyLabel(combo: KeyCombo): string {
  return combo
    .split('+')
    .map((p, i, all) => NAMES[p] ?? (i === all.length - 1 && all.length > 1 ? p.toUpperCase() : p))
    .join('+');
}

/** Whether the event comes from a place that takes typing, where single keys are text. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}
