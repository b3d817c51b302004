import type { EntityKind, StoryEntity } from './types';

/**
 * A story's entities as one string, the form the library keeps per story in memory and in
 * the cache. Measured on the 20,000-story bench library, the same data as objects (about 50
 * entities a story, each with its own arrays) took ~320 bytes an entity, over 300 MB in all;
 * one string per story takes a fifth of that. Unpacked briefly when the entity index is built.
 */
export type PackedEntities = string;

const ENTITY = '\u0001';
const FIELD = '\u0002';
const KIND_CODE: Record<EntityKind, string> = { person: 'p', place: 'l', org: 'o' };
const CODE_KIND: Record<string, EntityKind> = { p: 'person', l: 'place', o: 'org' };
const clean = (s: string) => s.replace(/[\u0001\u0002]/g, ' ');

export function packEntities(list: readonly StoryEntity[]): PackedEntities {
  return list
    .map((e) => {
      const code = KIND_CODE[e.kind] + (e.strong ? '1' : '0');
      // Most rows have one spelling, the name itself: the spelling list is then left out.
      if (e.surfaces.length === 1 && e.surfaces[0] === e.name) return [code, clean(e.key), String(e.count), clean(e.name)].join(FIELD);
      return [code, clean(e.key), String(e.count), clean(e.name), ...e.surfaces.map(clean)].join(FIELD);
    })
    .join(ENTITY);
}

/** The entities back; anything malformed is left out rather than thrown (a damaged cache costs names, not the workspace). */
export function unpackEntities(packed: PackedEntities): StoryEntity[] {
  if (!packed) return [];
  const out: StoryEntity[] = [];
  for (const row of packed.split(ENTITY)) {
    const f = row.split(FIELD);
    const kind = CODE_KIND[f[0]?.[0] ?? ''];
    const count = Number(f[2]);
    if (!kind || f.length < 4 || !f[1] || !f[3] || !Number.isFinite(count) || count < 0) continue;
    out.push({ kind, strong: f[0][1] === '1', key: f[1], count, name: f[3], surfaces: f.length === 4 ? [f[3]] : f.slice(4) });
  }
  return out;
}

/** Per-story entities as lists, or packed strings unpacked on the way. */
export function entityList(v: readonly StoryEntity[] | PackedEntities): readonly StoryEntity[] {
  return typeof v === 'string' ? unpackEntities(v) : v;
}

/** Each row's kind (null for a malformed row), strong flag, key range and row range, without building objects. */
function eachRow(
  packed: PackedEntities,
  visit: (kind: EntityKind | null, strong: boolean, keyStart: number, keyEnd: number, rowStart: number, rowEnd: number) => void,
): void {
  let at = 0;
  while (at < packed.length) {
    let end = packed.indexOf(ENTITY, at);
    if (end < 0) end = packed.length;
    const kind = CODE_KIND[packed[at]];
    const keyStart = at + 3;
    const keyEnd = packed.indexOf(FIELD, keyStart);
    const ok = kind && packed[at + 2] === FIELD && keyEnd > keyStart && keyEnd < end;
    visit(ok ? kind : null, packed[at + 1] === '1', keyStart, keyEnd, at, end);
    at = end + 1;
  }
}

/**
 * Visit each row's kind, strong flag and key without building objects (the key as a range
 * of `packed`), then let `keep` decide whether the row is unpacked: the entity index
 * counts a million rows this way and builds objects only for names it keeps.
 */
export function scanPacked(
  packed: PackedEntities,
  keep: (kind: EntityKind, strong: boolean, keyStart: number, keyEnd: number) => boolean,
): StoryEntity[] {
  const out: StoryEntity[] = [];
  eachRow(packed, (kind, strong, a, b, from, to) => {
    if (kind && keep(kind, strong, a, b)) out.push(...unpackEntities(packed.slice(from, to)));
  });
  return out;
}

/**
 * The rows `keep` accepts, as they were written (no row is unpacked or packed again), or null
 * when it accepts them all; a malformed row is left out, as `unpackEntities` would.
 */
export function filterPacked(
  packed: PackedEntities,
  keep: (kind: EntityKind, strong: boolean, keyStart: number, keyEnd: number) => boolean,
): PackedEntities | null {
  const rows: string[] = [];
  let dropped = false;
  eachRow(packed, (kind, strong, a, b, from, to) => {
    if (kind && keep(kind, strong, a, b)) rows.push(packed.slice(from, to));
    else dropped = true;
  });
  return dropped ? rows.join(ENTITY) : null;
}
