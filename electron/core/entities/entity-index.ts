import { stableHash } from '../library/hash';
import { nameKey } from './name-key';
import type { EntityKind, EntityOverrideData, StoryEntity } from './types';

/** One entity across the library, with every spelling that was merged into it. */
export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Story id → mentions in that story. */
  stories: Map<string, number>;
  mentions: number;
}

interface Group {
  kind: EntityKind;
  key: string;
  surfaces: Map<string, number>;
  /** Stories per spelling, so a manual split takes exactly the stories that spelling was in. */
  surfaceStories: Map<string, Map<string, number>>;
  stories: Map<string, number>;
}

const idFor = (kind: EntityKind, key: string) => `${kind[0]}-${stableHash(`${kind}:${key}`).slice(0, 10)}`;

/**
 * The library's entities: per-story entities merged by key, lone surnames and given names
 * ("Lavrov", "Xi") folded into the full name they most often belong to, then the analyst's
 * manual splits and merges applied on top. Rebuilt from per-story results in milliseconds,
 * so manual corrections take effect immediately.
 */
export class EntityIndex {
  readonly entities = new Map<string, Entity>();
  private byStory = new Map<string, string[]>();
  private byName = new Map<string, Set<string>>();
  private byPart = new Map<string, Set<string>>();

  constructor(perStory: ReadonlyMap<string, readonly StoryEntity[]>, overrides: EntityOverrideData) {
    const groups = new Map<string, Group>();
    // Splits name one exact spelling: "Dmitri Peskov" can leave "Dmitry Peskov" although both share a key.
    const splitAliases = new Set(overrides.splits.map((s) => `${s.entity}|${s.alias}`));
    for (const [storyId, list] of perStory) {
      for (const e of list) {
        const gid = `${e.kind}:${e.key}`;
        const g = groups.get(gid) ?? { kind: e.kind, key: e.key, surfaces: new Map(), surfaceStories: new Map(), stories: new Map() };
        for (const s of e.surfaces) {
          g.surfaces.set(s, (g.surfaces.get(s) ?? 0) + 1);
          const per = g.surfaceStories.get(s) ?? new Map<string, number>();
          per.set(storyId, (per.get(storyId) ?? 0) + e.count / e.surfaces.length);
          g.surfaceStories.set(s, per);
        }
        g.stories.set(storyId, (g.stories.get(storyId) ?? 0) + e.count);
        groups.set(gid, g);
      }
    }
    // Lone names join the full name that shares their first or last part and is most common.
    const fullByPart = new Map<string, Group>();
    for (const g of groups.values()) {
      if (g.kind !== 'person' || !g.key.includes(' ')) continue;
      const parts = g.key.split(' ');
      for (const p of [parts[0], parts[parts.length - 1]]) {
        const cur = fullByPart.get(p);
        if (!cur || g.stories.size > cur.stories.size) fullByPart.set(p, g);
      }
    }
    const target = new Map<string, string>(); // group id → entity id
    for (const [gid, g] of groups) {
      const full = g.kind === 'person' && !g.key.includes(' ') ? fullByPart.get(g.key) : undefined;
      target.set(gid, full ? idFor('person', full.key) : idFor(g.kind, g.key));
    }
    for (const [gid, g] of groups) {
      const eid = target.get(gid)!;
      for (const [surface, n] of g.surfaces) {
        const split = splitAliases.has(`${eid}|${surface}`);
        const into = split ? idFor(g.kind, `split:${nameKey(surface)}`) : eid;
        const e = this.ensure(into, g.kind, surface);
        e.aliases.push(surface);
        e.mentions += n;
        for (const [sid, c] of g.surfaceStories.get(surface)!) e.stories.set(sid, (e.stories.get(sid) ?? 0) + c);
      }
    }
    // Manual merges last: they win over everything automatic.
    for (const m of overrides.merges) {
      const from = this.entities.get(m.from);
      const into = this.entities.get(m.into);
      if (!from || !into || from === into) continue;
      into.aliases.push(...from.aliases);
      into.mentions += from.mentions;
      for (const [sid, c] of from.stories) into.stories.set(sid, (into.stories.get(sid) ?? 0) + c);
      this.entities.delete(m.from);
    }
    for (const e of this.entities.values()) {
      e.aliases = [...new Set(e.aliases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
      for (const [sid, c] of e.stories) e.stories.set(sid, Math.max(1, Math.round(c)));
      e.name = pickName(e.aliases);
      for (const sid of e.stories.keys()) {
        const list = this.byStory.get(sid) ?? [];
        list.push(e.id);
        this.byStory.set(sid, list);
      }
      for (const a of e.aliases) {
        const k = nameKey(a);
        const set = this.byName.get(k) ?? new Set();
        set.add(e.id);
        this.byName.set(k, set);
        if (e.kind === 'person' && k.includes(' ')) {
          const parts = k.split(' ');
          for (const p of [parts[0], parts[parts.length - 1]]) {
            const ps = this.byPart.get(p) ?? new Set();
            ps.add(e.id);
            this.byPart.set(p, ps);
          }
        }
      }
    }
  }

  private ensure(id: string, kind: EntityKind, name: string): Entity {
    let e = this.entities.get(id);
    if (!e) {
      e = { id, kind, name, aliases: [], stories: new Map(), mentions: 0 };
      this.entities.set(id, e);
    }
    return e;
  }

  /** Entity ids mentioned in a story. */
  forStory(storyId: string): readonly string[] {
    return this.byStory.get(storyId) ?? [];
  }

  /** Entities any of whose spellings matches `name` (any script, any variant). */
  resolve(name: string): Entity[] {
    const key = nameKey(name);
    let ids = this.byName.get(key);
    // A lone name ("Lavrov", "Путин") also finds the people whose first or last name it is.
    if (!ids && !key.includes(' ')) ids = this.byPart.get(key);
    return [...(ids ?? [])].map((id) => this.entities.get(id)!).filter(Boolean);
  }

  /** Story ids mentioning the entity called `name`. */
  storiesNamed(name: string): Set<string> {
    const out = new Set<string>();
    for (const e of this.resolve(name)) for (const s of e.stories.keys()) out.add(s);
    return out;
  }
}

/** The display name: the fullest Latin spelling if there is one, else the fullest. */
function pickName(aliases: string[]): string {
  const latin = aliases.filter((a) => !/[\u0400-\u04ff]/.test(a));
  const pool = latin.length ? latin : aliases;
  return pool[0] ?? '';
}
