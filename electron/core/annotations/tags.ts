import { DossierError } from '../errors';
import { change, type ChangeSet, type RowChange } from './change-set';
import { defaultTagColor } from './colors';
import type { AnnotationData, Highlight, StoryTags, Tag } from './model';
import { getRow, rows } from './table';
import { isWithin, moveTagName, uniqueTags } from './tag-names';

/** A tag with how often it is used, for the tag list. */
export interface TagUsage extends Tag {
  highlights: number;
  stories: number;
}

export function listTags(data: AnnotationData): TagUsage[] {
  const h = new Map<string, number>();
  const s = new Map<string, number>();
  for (const x of rows(data, 'highlights')) for (const t of x.tags) h.set(t, (h.get(t) ?? 0) + 1);
  for (const x of rows(data, 'storyTags')) for (const t of x.tags) s.set(t, (s.get(t) ?? 0) + 1);
  return rows(data, 'tags')
    .map((t) => ({ ...t, highlights: h.get(t.name) ?? 0, stories: s.get(t.name) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Tag rows to create so every name in `names` has a color; existing tags are left alone. */
export function ensureTags(data: AnnotationData, names: readonly string[]): RowChange[] {
  return uniqueTags(names)
    .filter((n) => !getRow(data, 'tags', n))
    .map((n) => change(data, 'tags', n, { name: n, color: defaultTagColor(n) }));
}

export function setTagColor(data: AnnotationData, name: string, color: string): ChangeSet {
  const tag = requireTag(data, name);
  return { label: `color tag ${name}`, changes: [change(data, 'tags', name, { ...tag, color })] };
}

/**
 * Rename a tag and everything below it (`region` → `area` makes `region/korea` `area/korea`)
 * on every highlight and story. Refused if a new name is already taken: that is a merge,
 * and merging is a separate, deliberate action.
 */
export function renameTag(data: AnnotationData, from: string, to: string, now: string): ChangeSet {
  requireTree(data, from);
  if (from === to) return { label: `rename tag ${from}`, changes: [] };
  const moving = rows(data, 'tags').filter((t) => isWithin(t.name, from));
  const movingNames = new Set(moving.map((t) => t.name));
  for (const t of moving) {
    const target = moveTagName(t.name, from, to);
    if (getRow(data, 'tags', target) && !movingNames.has(target)) {
      throw new DossierError('tag-exists', `A tag named "${target}" already exists. Merge "${from}" into "${to}" instead.`);
    }
  }
  return { label: `rename tag ${from}`, changes: retag(data, from, to, now) };
}

/** Fold `from` (and everything below it) into `into`; uses are combined without duplicates. */
export function mergeTag(data: AnnotationData, from: string, into: string, now: string): ChangeSet {
  requireTree(data, from);
  requireTree(data, into);
  if (from === into) throw new DossierError('invalid-tag', 'A tag cannot be merged into itself.');
  if (isWithin(into, from)) throw new DossierError('invalid-tag', `"${into}" is inside "${from}"; merge it the other way round.`);
  return { label: `merge tag ${from} into ${into}`, changes: retag(data, from, into, now) };
}

/** Delete a tag and everything below it, removing it from every highlight and story. */
export function deleteTag(data: AnnotationData, name: string, now: string): ChangeSet {
  requireTree(data, name);
  const changes: RowChange[] = rows(data, 'tags')
    .filter((t) => isWithin(t.name, name))
    .map((t) => change(data, 'tags', t.name, undefined));
  rewriteUses(data, (tags) => tags.filter((t) => !isWithin(t, name)), now, changes);
  return { label: `delete tag ${name}`, changes };
}

function retag(data: AnnotationData, from: string, to: string, now: string): RowChange[] {
  const moving = rows(data, 'tags').filter((t) => isWithin(t.name, from));
  // All removals first, then the new rows: a rename within its own subtree (a → a/b)
  // removes and re-creates the same key, and the re-creation must win.
  const changes: RowChange[] = moving.map((t) => change(data, 'tags', t.name, undefined));
  for (const t of moving) {
    const target = moveTagName(t.name, from, to);
    // On a merge an existing target keeps its own color; a renamed tag keeps its color.
    if (getRow(data, 'tags', target) && !isWithin(target, from)) continue;
    changes.push(change(data, 'tags', target, { name: target, color: t.color }));
  }
  rewriteUses(data, (tags) => uniqueTags(tags.map((t) => moveTagName(t, from, to))), now, changes);
  return collapse(changes);
}

/** Append to `out` a change for every highlight and story whose tags `rewrite` alters (appended, not spread: there may be hundreds of thousands). */
function rewriteUses(data: AnnotationData, rewrite: (tags: string[]) => string[], now: string, out: RowChange[]): void {
  for (const h of rows(data, 'highlights')) {
    const next = rewrite(h.tags);
    if (!sameList(next, h.tags)) out.push(change(data, 'highlights', h.id, { ...h, tags: next, updatedAt: now } satisfies Highlight));
  }
  for (const s of rows(data, 'storyTags')) {
    const next = rewrite(s.tags);
    if (!sameList(next, s.tags)) out.push(change(data, 'storyTags', s.storyId, { ...s, tags: next } satisfies StoryTags));
  }
}

/** Merge several changes to one row into one, so applying forwards or backwards is exact. */
function collapse(changes: RowChange[]): RowChange[] {
  const byKey = new Map<string, RowChange>();
  for (const c of changes) {
    const k = `${c.table}\u0000${c.key}`;
    const prev = byKey.get(k);
    byKey.set(k, prev ? ({ ...c, before: prev.before } as RowChange) : c);
  }
  return [...byKey.values()].filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * A tag, or a level above tags: `region` exists for the user as soon as `region/korea`
 * does (the tag tree shows it), so it can be renamed, merged or deleted as a whole.
 */
function requireTree(data: AnnotationData, name: string): void {
  if (!rows(data, 'tags').some((t) => isWithin(t.name, name))) throw new DossierError('tag-not-found', `There is no tag "${name}".`);
}

function requireTag(data: AnnotationData, name: string): Tag {
  const tag = getRow(data, 'tags', name);
  if (!tag) throw new DossierError('tag-not-found', `There is no tag "${name}".`);
  return tag;
}
