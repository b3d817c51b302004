import { PALETTE_HEX, type PALETTE } from '@core/annotations/colors';

/**
 * The named highlight palette as the reader draws it (the same shades briefs print). Names
 * are what the store keeps, so a color can never carry CSS; `#rrggbb` passes through.
 */
const PALETTE_CSS: Record<string, string> = PALETTE_HEX;

/** The colors the selection popover offers, a subset of the palette the store accepts. */
export const HIGHLIGHT_COLORS = [
  'yellow',
  'green',
  'blue',
  'pink',
  'purple',
  'orange',
] as const satisfies readonly (typeof PALETTE)[number][];

export function colorValue(name: string): string {
  return PALETTE_CSS[name] ?? (/^#[0-9a-f]{6}$/i.test(name) ? name : PALETTE_CSS.yellow);
}
