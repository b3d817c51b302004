/**
 * The library's stories numbered once for the entity index, so that 760,000 entity-story
 * pairs (10,000 dumps) are two typed arrays of numbers instead of as many map entries each
 * holding its own copy of a story id (which is what a structured clone from the facts worker
 * made of them: about 100 MB of heap and most of a second of deserialising on the main thread).
 */
export class StoryTable {
  private readonly no = new Map<string, number>();

  constructor(readonly ids: readonly string[]) {
    ids.forEach((id, i) => this.no.set(id, i));
  }

  numberOf(id: string): number | undefined {
    return this.no.get(id);
  }
}

/**
 * One entity's stories with its mentions in each: a read-only map from story id to count,
 * backed by slices of the index's shared arrays (story numbers ascending, counts beside them).
 */
export class StoryCounts implements ReadonlyMap<string, number> {
  constructor(
    private readonly table: StoryTable,
    private readonly nums: Uint32Array,
    private readonly counts: Uint32Array,
  ) {}

  get size(): number {
    return this.nums.length;
  }

  get(id: string): number | undefined {
    const n = this.table.numberOf(id);
    if (n === undefined) return undefined;
    const i = indexOf(this.nums, n);
    return i < 0 ? undefined : this.counts[i];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *keys(): MapIterator<string> {
    for (const n of this.nums) yield this.table.ids[n];
    return undefined;
  }

  *values(): MapIterator<number> {
    for (const c of this.counts) yield c;
    return undefined;
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.nums.length; i++) yield [this.table.ids[this.nums[i]], this.counts[i]];
    return undefined;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(fn: (count: number, id: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.nums.length; i++) fn.call(thisArg, this.counts[i], this.table.ids[this.nums[i]], this);
  }
}

/** Position of `n` in the ascending `nums`, or -1. */
function indexOf(nums: Uint32Array, n: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = nums[mid];
    if (v === n) return mid;
    if (v < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
