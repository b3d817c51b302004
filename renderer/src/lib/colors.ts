/**
 * The named highlight palette as the reader draws it. Names are what the store keeps (so a
 * color can never carry CSS); `#rrggbb` values pass through unchanged.
 */
export const PALETTE_CSS: Record<string, string> = {
  yellow: '#f2cf3f',
  green: '#6cc98a',
  blue: '#6fa8ec',
  pink: '#ef93bd',
  purple: '#ad96ec',
  orange: '#f1a55c',
  red: '#e97a7a',
  gray: '#a9abb0',
};

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;

export function colorValue(name: string): string {
  return PALETTE_CSS[name] ?? (/^#[0-9a-f]{6}$/i.test(name) ? name : PALETTE_CSS.yellow);
}
