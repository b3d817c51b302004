import type { FullTextIndex } from './full-text-index';
import type { SearchableStory, SearchContext } from './search-engine';
import { grow } from './grow';

/** Strings numbered in first-seen order, so a facet value is an index into a count array. */
class Dictionary {
  readonly values: string[] = [];
  private ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/** A month facet needs a date that starts YYYY-MM. */
const MONTH = /^\d{4}-\d{2}/;
/** Marks "no value" in the source and month rows (ids are stored +1). */
const NONE = 0;

/**
 * Each index doc's facet values as numbers (source, language, month, and its distinct entity
 * names in an append-only pool), filled the first time a doc is counted, so counting a result
 * set is a pass of array increments with no object per match. A row is refilled when the
 * catalog's record for the story changes (its object is replaced), and the whole table is
 * dropped when the index renumbers its docs or the entity source changes (see `facetTableFor`).
 */
export class FacetTable {
  readonly sources = new Dictionary();
  readonly languages = new Dictionary();
  readonly months = new Dictionary();
  readonly entities = new Dictionary();
  /** The catalog record each doc's scalar row was read from; a different record refills the row. */
  private from: (SearchableStory | undefined)[] = [];
  private source = new Uint32Array(64);
  private language = new Uint32Array(64);
  private month = new Uint32Array(64);
  /** Per doc: where its entity ids start in `pool`, and how many (entities filled once per doc). */
  private entStart = new Uint32Array(64);
  private entCount = new Uint32Array(64);
  private entFilled = new Uint8Array(64);
  private pool = new Uint32Array(256);
  private poolLen = 0;
  private seen = new Uint32Array(64);

  constructor(
    readonly layout: number,
    readonly entityKey: object | null,
  ) {}

  /** Make doc `d`'s row current for `story` (its catalog record) and the story's entity names. */
  fill(d: number, story: SearchableStory, ctx: SearchContext): void {
    if (d >= this.source.length) {
      const n = d + 1;
      this.source = grow(this.source, n);
      this.language = grow(this.language, n);
      this.month = grow(this.month, n);
      this.entStart = grow(this.entStart, n);
      this.entCount = grow(this.entCount, n);
      this.entFilled = grow(this.entFilled, n);
    }
    if (this.from[d] !== story) {
      this.from[d] = story;
      this.source[d] = story.source ? this.sources.id(story.source) + 1 : NONE;
      this.language[d] = this.languages.id(story.language);
      this.month[d] = story.date && MONTH.test(story.date) ? this.months.id(story.date.slice(0, 7)) + 1 : NONE;
    }
    if (!this.entFilled[d]) {
      this.entFilled[d] = 1;
      const names = ctx.entityNames(story.id);
      if (this.poolLen + names.length > this.pool.length) this.pool = grow(this.pool, this.poolLen + names.length);
      this.entStart[d] = this.poolLen;
      // A name listed twice for one story counts once: `seen` holds the doc that last took each id.
      const stamp = d + 1;
      for (const name of names) {
        const id = this.entities.id(name);
        if (id >= this.seen.length) this.seen = grow(this.seen, id + 1);
        if (this.seen[id] === stamp) continue;
        this.seen[id] = stamp;
        this.pool[this.poolLen++] = id;
      }
      this.entCount[d] = this.poolLen - this.entStart[d];
    }
  }

  /** Add doc `d`'s values (filled before) to the count arrays, each sized to its dictionary. */
  tally(d: number, c: { sources: Uint32Array; languages: Uint32Array; months: Uint32Array; entities: Uint32Array }): void {
    const s = this.source[d];
    if (s !== NONE) c.sources[s - 1]++;
    c.languages[this.language[d]]++;
    const m = this.month[d];
    if (m !== NONE) c.months[m - 1]++;
    const end = this.entStart[d] + this.entCount[d];
    for (let k = this.entStart[d]; k < end; k++) c.entities[this.pool[k]]++;
  }
}

const tables = new WeakMap<FullTextIndex, FacetTable>();

/**
 * The facet table for this index, kept between queries while the index keeps its doc numbers
 * and the context names the same entity source (`ctx.facetKey`). A context without one gets a
 * fresh table each time, as nothing says its entity names stayed the same.
 */
export function facetTableFor(index: FullTextIndex, ctx: SearchContext): FacetTable {
  const key = ctx.facetKey ?? null;
  if (!key) return new FacetTable(index.layout, null);
  const t = tables.get(index);
  if (t && t.layout === index.layout && t.entityKey === key) return t;
  const fresh = new FacetTable(index.layout, key);
  tables.set(index, fresh);
  return fresh;
}
