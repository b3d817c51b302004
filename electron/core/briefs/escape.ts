import { PALETTE_HEX } from '../annotations/colors';
/**
 * Escaping for everything that reaches a brief from a dump or from the analyst. Article
 * text is untrusted: it must print as the characters it is, never become markup.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML element content *and* quoted attribute values, so one function is
 * right wherever a value lands. Lone surrogates and C0 controls (other than tab and newline)
 * are dropped: they have no printable form and some break PDF text extraction.
 */
export function escapeHtml(value: string): string {
  return stripUnprintable(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Control characters and lone surrogates removed; tab, newline and carriage return kept. */
export function stripUnprintable(value: string): string {
  return value.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** The store's palette names (and the British spelling), in the shades the reader paints. */
const NAMED_COLORS: Record<string, string> = { ...PALETTE_HEX, grey: PALETTE_HEX.gray };

/**
 * A colour safe to put inside a style attribute: `#rgb`/`#rrggbb` or one of the palette
 * names, else the fallback. Anything else (`red;}</style>`, `url(...)`) never reaches CSS.
 */
export function safeColor(value: string | null | undefined, fallback = '#f2cf3f'): string {
  if (!value) return fallback;
  const v = value.trim().toLowerCase();
  if (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/.test(v)) return v;
  return NAMED_COLORS[v] ?? fallback;
}

/**
 * Escape text for Markdown so it renders as the literal characters: inline markup
 * characters and raw HTML are backslash-escaped (CommonMark allows it before any ASCII
 * punctuation), line starts that would begin a heading, list, quote or rule are neutralised,
 * and indentation after a line break is dropped so no line becomes a code block. Line
 * breaks themselves are kept (a blank line still separates paragraphs): for a value that
 * must stay on one line, use `escapeMarkdownLine`.
 */
export function escapeMarkdown(value: string): string {
  return stripUnprintable(value)
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+\-=>])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/**
 * A one-line value (a file name, tag, title, source) escaped for Markdown with every run of
 * whitespace, line breaks included, folded to one space: a newline in a file name must not
 * start a block of its own.
 */
export function escapeMarkdownLine(value: string): string {
  return escapeMarkdown(value.replace(/\s+/g, ' ').trim());
}
