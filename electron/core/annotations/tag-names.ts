import { DossierError } from '../errors';

/** Longest tag name accepted, all levels included. */
export const MAX_TAG_LENGTH = 120;

/**
 * Tidy a hierarchical tag name as typed: trim each level, collapse inner whitespace, drop
 * empty levels (`region//korea/` → `region/korea`). Throws when nothing usable is left, so
 * a blank or over-long tag is refused with a message rather than stored.
 */
export function normalizeTagName(raw: string): string {
  const name = raw
    .normalize('NFC')
    .split('/')
    .map((level) => level.replace(/\s+/g, ' ').trim())
    .filter((level) => level.length > 0)
    .join('/');
  if (name.length === 0) throw new DossierError('invalid-tag', 'A tag needs a name, e.g. "region/korea".');
  if (name.length > MAX_TAG_LENGTH) throw new DossierError('invalid-tag', `Tag names are limited to ${MAX_TAG_LENGTH} characters.`);
  return name;
}

/** True for `tag` itself and every tag below it (`region` covers `region/korea`, not `regional`). */
export function isWithin(name: string, tag: string): boolean {
  return name === tag || name.startsWith(`${tag}/`);
}

/** Where `name` goes when `from` (and everything below it) becomes `to`. */
export function moveTagName(name: string, from: string, to: string): string {
  if (name === from) return to;
  if (name.startsWith(`${from}/`)) return to + name.slice(from.length);
  return name;
}

/** Remove duplicates, keeping first-seen order. */
export function uniqueTags(names: readonly string[]): string[] {
  return [...new Set(names)];
}
