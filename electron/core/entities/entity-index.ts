import { stableHash } from '../library/hash';
import { nameKey } from './name-key';
import type { EntityKind, EntityOverrideData, StoryEntity } from './types';
import { entityList, scanPacked, type PackedEntities } from './packed';
import { nominativeOf } from './nominative';
import { GIVEN_NAMES } from './gazetteers';
import { exonymsOf } from '../search/exonyms';
import { terms } from '../search/tokenize';
import { conceptOfName } from '../search/name-concepts';
import { crossVariants, latinOf } from '../search/word-forms';
import { foldToken } from '../search/fold';
import { withinEdits } from '../search/edit-distance';
import { StoryCounts, StoryTable } from './story-counts';

/** One entity across the library, with every spelling that was merged into it. */
export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Story id → mentions in that story. */
  stories: ReadonlyMap<string, number>;
  mentions: number;
}

/** An entity while the index is being built: its stories (by number, see `storyIds`) still in a map that merges and splits add to. */
interface Draft extends Omit<Entity, 'stories'> {
  stories: Map<number, number>;
}

/**
 * The index as plain data with its pairs in typed arrays, for `postMessage` with the arrays'
 * buffers transferred: what crosses between threads is a few hundred thousand short strings
 * and three buffers, not a map per entity.
 */
export interface EntityIndexWire {
  storyIds: string[];
  entities: Omit<Entity, 'stories'>[];
  /** Entity k's pairs are [starts[k], starts[k + 1]) of `nums` (story numbers, ascending) and `counts`. */
  starts: Uint32Array;
  nums: Uint32Array;
  counts: Uint32Array;
  byName: [string, string[]][];
  byPart: [string, string[]][];
  keptGroups: string[];
}

interface Group {
  kind: EntityKind;
  key: string;
  /** Spelling → stories it appeared in (a story counts once per spelling). */
  surfaces: Map<string, number>;
  /** Story number → mentions: small-integer keys, cheaper to hash than 760,000 id strings. */
  stories: Map<number, number>;
}

/** Entities adopted between two chances to yield (adoptSteps): a few milliseconds' work. */
const ADOPT_STEP = 4096;

/** Room for a count below a story number in one float (pack). */
const COUNT_SPAN = 2 ** 21;

/** Two FNV-1a lanes over `kind` and text[from, to) (the key), folded into one exact-integer number (52 bits). */
function nameHash(kind: EntityKind, text: string, from: number, to: number): number {
  let h1 = 0x811c9dc5 ^ kind.charCodeAt(0);
  let h2 = 0x01000193 ^ kind.charCodeAt(1);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}

const idFor = (kind: EntityKind, key: string) => `${kind[0]}-${stableHash(`${kind}:${key}`).slice(0, 10)}`;

/**
 * The library's entities: per-story entities merged by key, lone surnames and given names
 * ("Lavrov", "Xi") folded into the full name they most often belong to, then the analyst's
 * manual splits and merges applied on top. A name seen in one story only and found there
 * only because it was capitalised (no title, given name or verb cue) is not kept: in a
 * real library most such runs are one-off words, and keeping them made up the bulk of
 * memory and time. Rebuilt from per-story results in a second or two for 20,000 stories,
 * so manual corrections take effect immediately.
 */
export class EntityIndex {
  readonly entities = new Map<string, Entity>();
  /** Name key → ids of the entities spelled so (Sets while building, the wire's arrays once it crossed a thread: only read after). */
  private byName = new Map<string, Set<string> | readonly string[]>();
  private byPart = new Map<string, Set<string> | readonly string[]>();
  /** Group keys ("person:serg lavrov") that made it into the index. */
  private keptGroups = new Set<string>();
  /** The stories the pairs below number (see story-counts.ts). */
  private table = new StoryTable([]);
  /** Entity k's stories: [starts[k], starts[k + 1]) of `nums` and `counts`. */
  private starts: Uint32Array = new Uint32Array(1);
  private nums: Uint32Array = new Uint32Array(0);
  private counts: Uint32Array = new Uint32Array(0);
  /** The entities in the order of `starts`. */
  private list: Entity[] = [];
  /** Story number n's entities: [storyStart[n], storyStart[n + 1]) of `storyEnts` (entity numbers) and `storyCounts`. */
  private storyStart: Uint32Array = new Uint32Array(1);
  private storyEnts: Uint32Array = new Uint32Array(0);
  private storyCounts: Uint32Array = new Uint32Array(0);
  /** The entities being built; empty once the index is packed. */
  private drafts = new Map<string, Draft>();

  constructor(perStory: ReadonlyMap<string, readonly StoryEntity[] | PackedEntities>, overrides: EntityOverrideData) {
    // First pass: how many stories each name is in, and whether any mention had a cue. Only
    // names that will be kept get a group (most bare capitalised runs are seen once).
    // Keyed by a 52-bit hash of the name, not the name: hundreds of thousands of one-off names
    // would otherwise be held as strings; a rare collision only keeps a one-off name.
    const seen = new Map<number, number>(); // name hash → stories × 2 + strong bit
    const count = (h: number, strong: boolean) => seen.set(h, ((seen.get(h) ?? 0) | (strong ? 1 : 0)) + 2);
    for (const v of perStory.values()) {
      if (typeof v === 'string') scanPacked(v, (kind, strong, a, b) => (count(nameHash(kind, v, a, b), strong), false));
      else for (const e of v) count(nameHash(e.kind, e.key, 0, e.key.length), e.strong);
    }
    // A lone surname seen once ("сказал Сорокин") is kept when it is part of a full name kept anyway.
    const parts = new Set<number>();
    const addParts = (key: string, from: number, to: number) => {
      if (key.indexOf(' ', from) < 0 || key.indexOf(' ', from) >= to) return;
      const n = seen.get(nameHash('person', key, from, to)) ?? 0;
      if ((n & 1) === 1 || n >= 4) for (const p of key.slice(from, to).split(' ')) parts.add(nameHash('person', p, 0, p.length));
    };
    for (const v of perStory.values()) {
      if (typeof v === 'string') scanPacked(v, (kind, _strong, a, b) => (kind === 'person' && addParts(v, a, b), false));
      else for (const e of v) if (e.kind === 'person') addParts(e.key, 0, e.key.length);
    }
    const kept = (h: number) => {
      const n = seen.get(h) ?? 0;
      return (n & 1) === 1 || n >= 4 || parts.has(h);
    };
    const groups = new Map<string, Group>();
    // Splits name one exact spelling: "Dmitri Peskov" can leave "Dmitry Peskov" although both share a key.
    const splitAliases = new Set(overrides.splits.map((s) => `${s.entity}|${s.alias}`));
    const storyIds = [...perStory.keys()];
    // The group of the last row with this name hash and first spelling: most of 760,000 rows
    // repeat a name already placed, and need neither the concept lookup nor key strings again.
    const placed = new Map<number, { surface: string; group: Group }>();
    for (let n = 0; n < storyIds.length; n++) {
      const v = perStory.get(storyIds[n])!;
      const list = typeof v === 'string' ? scanPacked(v, (kind, _strong, a, b) => kept(nameHash(kind, v, a, b))) : v;
      for (const e of list) {
        const h = nameHash(e.kind, e.key, 0, e.key.length);
        if (!kept(h)) continue;
        const surface = e.surfaces[0] ?? '';
        let g = placed.get(h)?.surface === surface ? placed.get(h)!.group : undefined;
        if (!g) {
          const key = conceptOfName(surface) ?? (e.kind === 'place' ? placeKey(e.key, surface) : e.key);
          const gid = `${e.kind}:${key}`;
          // The story's own key, as resolveKey is asked it (a place's group key may be its exonym's).
          this.keptGroups.add(`${e.kind}:${e.key}`);
          g = groups.get(gid);
          if (!g) {
            g = { kind: e.kind, key, surfaces: new Map(), stories: new Map() };
            groups.set(gid, g);
          }
          placed.set(h, { surface, group: g });
        }
        for (const s of e.surfaces) g.surfaces.set(s, (g.surfaces.get(s) ?? 0) + 1);
        g.stories.set(n, (g.stories.get(n) ?? 0) + e.count);
      }
    }
    placed.clear();
    seen.clear();
    oneKindPerName(groups);
    mergeSpellings(groups);
    mergeAcrossScripts(groups);
    mergeGivenNamesAcrossScripts(groups);
    // Lone names join the full name that shares their first or last part and is most common.
    const fullByPart = new Map<string, Group>();
    for (const g of groups.values()) {
      if (g.kind !== 'person' || !g.key.includes(' ')) continue;
      const parts = g.key.split(' ');
      // A part under the other script's spelling too ("Кисиду" joins "Fumio Kishida").
      for (const p of [parts[0], parts[parts.length - 1]].flatMap((p) => crossVariants(p, groupScript(g)))) {
        const cur = fullByPart.get(p);
        if (!cur || g.stories.size > cur.stories.size) fullByPart.set(p, g);
      }
    }
    const splitGroups = new Set<Group>();
    // Per spelling, how many stories wrote it: the display name is the spelling most written.
    const seenIn = new Map<string, number>();
    for (const g of groups.values()) {
      const full = g.kind === 'person' && !g.key.includes(' ') ? fullByPart.get(g.key) : undefined;
      const eid = full ? idFor('person', full.key) : idFor(g.kind, g.key);
      let whole = true;
      for (const [surface, n] of g.surfaces) {
        if (splitAliases.has(`${eid}|${surface}`)) {
          whole = false;
          splitGroups.add(g);
          continue;
        }
        this.ensure(eid, g.kind, surface).aliases.push(surface);
        seenIn.set(surface, (seenIn.get(surface) ?? 0) + n);
      }
      if (whole) {
        const e = this.ensure(eid, g.kind, g.key);
        for (const [sid, c] of g.stories) {
          e.stories.set(sid, (e.stories.get(sid) ?? 0) + c);
          e.mentions += c;
        }
      } else this.applySplit(g, eid, splitAliases, perStory, storyIds);
    }
    // Manual merges last: they win over everything automatic.
    const drafts = this.drafts;
    for (const m of overrides.merges) {
      const from = drafts.get(m.from);
      const into = drafts.get(m.into);
      if (!from || !into || from === into) continue;
      into.aliases.push(...from.aliases);
      into.mentions += from.mentions;
      for (const [sid, c] of from.stories) into.stories.set(sid, (into.stories.get(sid) ?? 0) + c);
      drafts.delete(m.from);
    }
    const byName = new Map<string, Set<string>>();
    const byPart = new Map<string, Set<string>>();
    this.byName = byName;
    this.byPart = byPart;
    for (const e of drafts.values()) {
      if (e.aliases.length > 1) e.aliases = [...new Set(e.aliases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
      for (const [sid, c] of e.stories) if (c !== Math.round(c) || c < 1) e.stories.set(sid, Math.max(1, Math.round(c)));
      e.mentions = Math.max(e.stories.size, Math.round(e.mentions));
      e.name = pickName(e.aliases, (a) => seenIn.get(a) ?? 0);
      for (const a of e.aliases) {
        const k = nameKey(a);
        const set = byName.get(k) ?? new Set();
        set.add(e.id);
        byName.set(k, set);
        if (e.kind === 'person' && k.includes(' ')) {
          const parts = k.split(' ');
          for (const p of [parts[0], parts[parts.length - 1]]) {
            const ps = byPart.get(p) ?? new Set();
            ps.add(e.id);
            byPart.set(p, ps);
          }
        }
      }
    }
    for (const e of drafts.values()) if (!e.stories.size && !e.aliases.length) drafts.delete(e.id);
    this.pack(drafts, storyIds);
    this.drafts = new Map();
  }

  /** The built entities into typed arrays over one story table (story-counts.ts); the drafts' maps can go. */
  private pack(drafts: ReadonlyMap<string, Draft>, ids: string[]): void {
    let pairs = 0;
    for (const e of drafts.values()) pairs += e.stories.size;
    const starts = new Uint32Array(drafts.size + 1);
    const nums = new Uint32Array(pairs);
    const counts = new Uint32Array(pairs);
    const entities: Omit<Entity, 'stories'>[] = [];
    let at = 0;
    for (const { stories, ...e } of drafts.values()) {
      starts[entities.length] = at;
      entities.push(e);
      // Story number and count in one float (a count never nears 2^21), so one numeric sort orders both.
      const both = new Float64Array(stories.size);
      let i = 0;
      for (const [n, c] of stories) both[i++] = n * COUNT_SPAN + Math.min(c, COUNT_SPAN - 1);
      both.sort();
      for (const v of both) {
        nums[at] = Math.floor(v / COUNT_SPAN);
        counts[at++] = v % COUNT_SPAN;
      }
    }
    starts[entities.length] = at;
    this.adopt(ids, entities, starts, nums, counts);
  }

  /** Take packed entities as this index's own, and number each story's entities for `forStory`. */
  private adopt(ids: string[], entities: Omit<Entity, 'stories'>[], starts: Uint32Array, nums: Uint32Array, counts: Uint32Array): void {
    for (const _ of this.adoptSteps(ids, entities, starts, nums, counts));
  }

  /**
   * `adopt` in steps: it yields every few thousand entities, so a caller on the main thread
   * can give the event loop a turn between them (fromWireInSlices). The index is usable once
   * the steps are done. Each entity object is taken as it is and given its stories (not
   * copied: 100,000 spreads were a third of the time).
   */
  private *adoptSteps(
    ids: string[],
    entities: Omit<Entity, 'stories'>[],
    starts: Uint32Array,
    nums: Uint32Array,
    counts: Uint32Array,
  ): Generator<void, void> {
    this.table = new StoryTable(ids);
    this.starts = starts;
    this.nums = nums;
    this.counts = counts;
    const list: Entity[] = new Array(entities.length);
    this.entities.clear();
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k] as Entity;
      e.stories = new StoryCounts(this.table, nums.subarray(starts[k], starts[k + 1]), counts.subarray(starts[k], starts[k + 1]));
      list[k] = e;
      this.entities.set(e.id, e);
      if (k % ADOPT_STEP === ADOPT_STEP - 1) yield;
    }
    this.list = list;
    // Per story, its entities in index order (as forStory always listed them).
    const storyStart = new Uint32Array(ids.length + 1);
    for (const n of nums) storyStart[n + 1]++;
    for (let n = 0; n < ids.length; n++) storyStart[n + 1] += storyStart[n];
    const fill = storyStart.slice(0, ids.length);
    const storyEnts = new Uint32Array(nums.length);
    const storyCounts = new Uint32Array(nums.length);
    for (let k = 0; k < entities.length; k++)
      for (let p = starts[k]; p < starts[k + 1]; p++) {
        const at = fill[nums[p]]++;
        storyEnts[at] = k;
        storyCounts[at] = counts[p];
      }
    this.storyStart = storyStart;
    this.storyEnts = storyEnts;
    this.storyCounts = storyCounts;
  }

  /** The index as plain data for another thread, and the buffers to transfer with it (they are unusable here afterwards). */
  toWire(): { wire: EntityIndexWire; transfer: ArrayBuffer[] } {
    const wire: EntityIndexWire = {
      storyIds: [...this.table.ids],
      entities: this.list.map(({ stories: _, ...e }) => e),
      starts: this.starts,
      nums: this.nums,
      counts: this.counts,
      byName: [...this.byName].map(([k, v]) => [k, [...v]]),
      byPart: [...this.byPart].map(([k, v]) => [k, [...v]]),
      keptGroups: [...this.keptGroups],
    };
    return { wire, transfer: [this.starts.buffer, this.nums.buffer, this.counts.buffer] as ArrayBuffer[] };
  }

  /** An index that crossed a thread as `toWire` data: the same answers as the one it was made from. */
  static fromWire(w: EntityIndexWire): EntityIndex {
    const index = EntityIndex.shellFor(w);
    index.adopt(w.storyIds, w.entities, w.starts, w.nums, w.counts);
    return index;
  }

  /**
   * `fromWire` for the main thread: `pause` is awaited between steps (a TimeSlices pause), as
   * 100,000 entities took it half a second in one go. Nothing sees the index until it resolves.
   */
  static async fromWireInSlices(w: EntityIndexWire, pause: () => Promise<unknown>): Promise<EntityIndex> {
    const index = EntityIndex.shellFor(w);
    for (const _ of index.adoptSteps(w.storyIds, w.entities, w.starts, w.nums, w.counts)) await pause();
    return index;
  }

  /** An index with the wire's lookups and no entities yet (adopt fills them). */
  private static shellFor(w: EntityIndexWire): EntityIndex {
    const index = Object.create(EntityIndex.prototype) as EntityIndex;
    Object.assign(index, {
      entities: new Map<string, Entity>(),
      // Only ever read: the wire's arrays serve as they are.
      byName: new Map(w.byName),
      byPart: new Map(w.byPart),
      keptGroups: new Set(w.keptGroups),
      drafts: new Map(),
    });
    return index;
  }

  /**
   * A group with a spelling split off: each story's mentions are shared out by spelling, so
   * the split spelling takes exactly the stories it was written in. Only split groups pay
   * for this second look at the per-story lists.
   */
  private applySplit(
    g: Group,
    eid: string,
    splitAliases: Set<string>,
    perStory: ReadonlyMap<string, readonly StoryEntity[] | PackedEntities>,
    storyIds: readonly string[],
  ): void {
    for (const sid of g.stories.keys()) {
      for (const e of entityList(perStory.get(storyIds[sid]) ?? [])) {
        if (e.kind !== g.kind || e.key !== g.key) continue;
        for (const surface of e.surfaces) {
          const into = splitAliases.has(`${eid}|${surface}`) ? idFor(g.kind, `split:${nameKey(surface)}`) : eid;
          const ent = this.ensure(into, g.kind, surface);
          if (into !== eid && !ent.aliases.includes(surface)) ent.aliases.push(surface);
          ent.stories.set(sid, (ent.stories.get(sid) ?? 0) + e.count / e.surfaces.length);
          ent.mentions += e.count / e.surfaces.length;
        }
      }
    }
  }

  private ensure(id: string, kind: EntityKind, name: string): Draft {
    let e = this.drafts.get(id);
    if (!e) {
      e = { id, kind, name, aliases: [], stories: new Map(), mentions: 0 };
      this.drafts.set(id, e);
    }
    return e;
  }

  /** True when a per-story entity of this kind and key is part of the library index (not dropped as a one-off). */
  resolveKey(kind: EntityKind, key: string): boolean {
    return this.keptGroups.has(`${kind}:${key}`);
  }

  /** Entity ids mentioned in a story. */
  forStory(storyId: string): readonly string[] {
    return this.mentionsInStory(storyId).ids;
  }

  /** The entities of a story with its mentions of each, in `forStory` order, without a map lookup per pair. */
  mentionsInStory(storyId: string): { ids: string[]; counts: number[] } {
    const n = this.table.numberOf(storyId);
    const ids: string[] = [];
    const counts: number[] = [];
    if (n !== undefined)
      for (let p = this.storyStart[n]; p < this.storyStart[n + 1]; p++) {
        ids.push(this.list[this.storyEnts[p]].id);
        counts.push(this.storyCounts[p]);
      }
    return { ids, counts };
  }

  /** Entities any of whose spellings matches `name` (any script, any variant). */
  resolve(name: string): Entity[] {
    const key = nameKey(name);
    let ids = this.byName.get(key);
    // A lone name ("Lavrov", "Путин") also finds the people whose first or last name it is.
    if (!ids && !key.includes(' ')) ids = this.byPart.get(key);
    // A place by its name in the other script ("China" for an index that only saw "Китай").
    if (!ids) {
      const words = terms(name);
      if (words.length === 1) for (const other of exonymsOf(words[0])) ids ??= this.byName.get(nameKey(other));
    }
    const found = [...(ids ?? [])].map((id) => this.entities.get(id)!).filter(Boolean);
    if (found.length < 2) return found;
    // Names that only sound alike ("Colombo" for "Colombia"): those spelled as asked, in
    // either script, come first and alone.
    const asked = terms(name).join(' ');
    const also = asked.includes(' ') ? [] : exonymsOf(asked);
    const spelled = (a: string) => {
      const t = terms(a).join(' ');
      return t === asked || also.includes(t);
    };
    const exact = found.filter((e) => e.aliases.some(spelled));
    return exact.length ? exact : found;
  }

  /** Story ids mentioning the entity called `name`. */
  storiesNamed(name: string): Set<string> {
    const out = new Set<string>();
    for (const e of this.resolve(name)) for (const s of e.stories.keys()) out.add(s);
    return out;
  }
}

/**
 * The display name: the fullest Latin spelling if there is one (most words: "Xi Jinping", not
 * "Xi"), among those the one most stories wrote ("Iran", not "Irani"; "Christmas", not
 * "Christmases"; "DENVER" datelines count for "Denver"), then the longest; else the Russian nominative ("Дональд Трамп", not
 * "Дональдом Трампом"). `aliases` come longest first.
 */
function pickName(aliases: string[], storiesWriting: (alias: string) => number): string {
  const latin = aliases.filter((a) => !/[\u0400-\u04ff]/.test(a));
  if (latin.length) {
    const words = (a: string) => a.split(/\s+/).length;
    const most = Math.max(...latin.map(words));
    const full = latin.filter((a) => words(a) === most);
    // Spellings that differ only in case count as one ("DENVER" datelines and "Denver").
    const byCase = new Map<string, number>();
    for (const a of full) byCase.set(a.toLowerCase(), (byCase.get(a.toLowerCase()) ?? 0) + storiesWriting(a));
    // A stable sort: among equals the longest, as the aliases come (lower case before capitals).
    return full.sort((a, b) => byCase.get(b.toLowerCase())! - byCase.get(a.toLowerCase())!)[0];
  }
  return nominativeOf(aliases, (w) => GIVEN_NAMES.has(w)) ?? aliases[0] ?? '';
}

/**
 * One key for a place under its names in both scripts that the CLDR exonym table joins
 * ("Москву", "Москва" and "Moscow" → "=moscow"); other places keep their key.
 */
function placeKey(key: string, surface: string): string {
  const words = terms(surface);
  if (words.length !== 1) return key;
  const exonyms = exonymsOf(words[0]);
  if (!exonyms.length) return key;
  // Keyed by the table's own Latin name, not its sound: "Colombia" and "Colombo" sound alike
  // to the phonetic key, but the table knows them as two places.
  const names = [words[0], ...exonyms].filter((n) => /^[a-z]+$/.test(n)).sort();
  return names.length ? `=${names[0]}` : key;
}

/** People named by two words whose keys pass `keep`, grouped by the surname's key. */
function twoWordPeopleBySurname(groups: Map<string, Group>, keep: (given: string, surname: string) => boolean): Map<string, Group[]> {
  const bySurname = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const parts = g.key.split(' ');
    if (g.kind !== 'person' || parts.length !== 2 || !keep(parts[0], parts[1])) continue;
    bySurname.set(parts[1], [...(bySurname.get(parts[1]) ?? []), g]);
  }
  return bySurname;
}

/**
 * One person under two transliterations of the given name ("Volodymyr"/"Vladimir Zelensky"):
 * two-word names with the same surname key whose given-name keys are one edit apart merge
 * into the one seen in more stories. Short given names ("Kim", "Li") never merge this way.
 */
function mergeSpellings(groups: Map<string, Group>): void {
  for (const list of twoWordPeopleBySurname(groups, (given) => given.length >= 5).values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => b.stories.size - a.stories.size || a.key.localeCompare(b.key));
    const kept: Group[] = [];
    for (const g of list) {
      const into = kept.find((k) => withinEdits(k.key.split(' ')[0], g.key.split(' ')[0], 1));
      if (!into) {
        kept.push(g);
        continue;
      }
      absorb(groups, into, g);
    }
  }
}

/** `from` joins `into`: its spellings and stories are counted there and its group is gone. */
function absorb(groups: Map<string, Group>, into: Group, from: Group): void {
  for (const [sf, n] of from.surfaces) into.surfaces.set(sf, (into.surfaces.get(sf) ?? 0) + n);
  for (const [sid, c] of from.stories) into.stories.set(sid, (into.stories.get(sid) ?? 0) + c);
  groups.delete(`${from.kind}:${from.key}`);
}

/** The script a group's names were first seen in. */
function groupScript(g: Group): 'cyr' | 'lat' {
  const first = g.surfaces.keys().next().value ?? '';
  return /[\u0400-\u04ff]/.test(first) ? 'cyr' : 'lat';
}

/**
 * One person or place under the spellings Russian gives a sound by convention (word-forms.ts
 * `crossVariants`: "Kishida"/"Кисида", "Guterres"/"Гутерриш"): a group written in Latin letters
 * joins a group of the same kind written in Cyrillic whose key is one of its variants, into
 * the one seen in more stories. Keys equal across scripts already share a group.
 */
function mergeAcrossScripts(groups: Map<string, Group>): void {
  const latin = new Map<string, Group>();
  for (const g of groups.values()) {
    if (groupScript(g) !== 'lat') continue;
    for (const v of crossVariants(g.key, 'lat')) if (v !== g.key) latin.set(`${g.kind}:${v}`, g);
  }
  if (!latin.size) return;
  for (const g of [...groups.values()]) {
    if (groupScript(g) !== 'cyr') continue;
    for (const v of crossVariants(g.key, 'cyr')) {
      const other = latin.get(`${g.kind}:${v}`) ?? (v !== g.key ? groups.get(`${g.kind}:${v}`) : undefined);
      if (!other || other === g || !groups.has(`${other.kind}:${other.key}`)) continue;
      const [into, from] = other.stories.size >= g.stories.size ? [other, g] : [g, other];
      absorb(groups, into, from);
      break;
    }
  }
}

/**
 * "Jens Stoltenberg" and "Йенс Столтенберг", "Recep Tayyip Erdogan" and "Реджеп Тайип Эрдоган":
 * one surname key (of 5+ letters) in both scripts, as many words, and a given name one letter
 * apart as written and transliterated, in the same place ("jens"/"yens": Russian writes a
 * Germanic "J" as "Й", which the name key reads as a vowel; "tayyip"/"tayip"). Only a lone pair
 * merges: two Latin people with the surname leave the Cyrillic one alone.
 */
function mergeGivenNamesAcrossScripts(groups: Map<string, Group>): void {
  const bySurname = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const parts = g.key.split(' ');
    const surname = parts[parts.length - 1];
    if (g.kind !== 'person' || parts.length < 2 || surname.length < 5) continue;
    const k = `${parts.length}:${surname}`;
    bySurname.set(k, [...(bySurname.get(k) ?? []), g]);
  }
  const given = (g: Group) =>
    (g.surfaces.keys().next().value ?? '')
      .split(/\s+/)
      .slice(0, -1)
      .map((w) => foldToken(groupScript(g) === 'cyr' ? latinOf(w) : w).replace(/[^a-z]/g, ''));
  for (const list of bySurname.values()) {
    const lat = list.filter((g) => groupScript(g) === 'lat');
    const cyr = list.filter((g) => groupScript(g) === 'cyr');
    if (lat.length !== 1 || cyr.length !== 1) continue;
    const [a, b] = [given(lat[0]), given(cyr[0])];
    if (!a.some((w, i) => w.length >= 4 && (b[i] ?? '').length >= 4 && withinEdits(w, b[i], 1))) continue;
    const [into, from] = lat[0].stories.size >= cyr[0].stories.size ? [lat[0], cyr[0]] : [cyr[0], lat[0]];
    absorb(groups, into, from);
  }
}

/** A name is one kind: where the same key is a person and a place (or org), the kind with more stories takes it. */
function oneKindPerName(groups: Map<string, Group>): void {
  const byKey = new Map<string, Group[]>();
  for (const g of groups.values()) byKey.set(g.key, [...(byKey.get(g.key) ?? []), g]);
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => b.stories.size - a.stories.size || a.kind.localeCompare(b.kind));
    const [main, ...rest] = list;
    for (const g of rest) {
      absorb(groups, main, g);
    }
  }
}
