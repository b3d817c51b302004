/** The three kinds of named entity Dossier tracks. */
export type EntityKind = 'person' | 'place' | 'org';

/** One mention of a name in a story's clean body. */
export interface Mention {
  kind: EntityKind;
  /** The name as written, titles stripped ("Sergei Lavrov", "Лаврова"). */
  text: string;
  /** Spelling-independent key (see name-key.ts). */
  key: string;
  start: number;
  end: number;
  /** Called a person only because it is a short run of capitalised words (no title, given name or verb cue). */
  weak?: boolean;
}

/** A distinct entity within one story, after in-story alias resolution ("Lavrov" → "Sergei Lavrov"). */
export interface StoryEntity {
  kind: EntityKind;
  key: string;
  /** The fullest form seen in the story. */
  name: string;
  surfaces: string[];
  count: number;
  /**
   * False when every mention was a bare capitalised run: such a name is kept library-wide
   * only if a second story mentions it too (most are one-off words, not people).
   */
  strong: boolean;
}

/** A story entity with where each mention sits; computed on demand for one story, never stored for the library. */
export interface StoryEntityWithOffsets extends StoryEntity {
  /** Offsets into the story's clean body. */
  offsets: [number, number][];
}

/**
 * Manual corrections an analyst made: merge one entity into another, or split a spelling
 * off an entity into its own. Kept by an EntityOverrides port so they survive rebuilds.
 */
export interface EntityOverrideData {
  merges: { from: string; into: string }[];
  splits: { entity: string; alias: string }[];
}

/** Where manual entity corrections (and dismissed suggestions) are kept. */
export interface EntityOverrides {
  get(): EntityOverrideData;
  save(data: EntityOverrideData): Promise<void>;
}
