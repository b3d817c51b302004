/**
 * Highlight and tag colors: a named palette the reader styles consistently, or any
 * `#rrggbb` for analysts with their own scheme. Nothing else is stored, so a color can
 * never smuggle CSS into the page.
 */
export const PALETTE = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange', 'red', 'gray'] as const;
export const DEFAULT_HIGHLIGHT_COLOR = 'yellow';

/** How each palette name is drawn, on screen and in print, so a brief looks like the reader. */
export const PALETTE_HEX: Record<(typeof PALETTE)[number], string> = {
  yellow: '#f2cf3f',
  green: '#6cc98a',
  blue: '#6fa8ec',
  pink: '#ef93bd',
  purple: '#ad96ec',
  orange: '#f1a55c',
  red: '#e97a7a',
  gray: '#a9abb0',
};

export function isColor(value: string): boolean {
  return (PALETTE as readonly string[]).includes(value) || /^#[0-9a-f]{6}$/i.test(value);
}

/** A stable default color for a new tag, so the same name looks the same everywhere. */
export function defaultTagColor(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}
