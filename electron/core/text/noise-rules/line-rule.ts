import type { NoiseKind } from '../../types';

/**
 * Context-free line rules: each looks at one trimmed line and says which kind of noise it is.
 * Rules are data, tried in order, first match wins. Every rule carries `maxLen` so a 2 MB line is
 * never fed to a regex that could not match it anyway, and so body paragraphs are not swallowed by
 * a rule meant for one-line chrome. Context rules (tweet runs, related-article blocks, podcast
 * promos, repeated captions) live in context-rules.ts and headline-blocks.ts.
 */
export interface LineRule {
  id: string;
  kind: NoiseKind;
  /** Trimmed lines longer than this never match. */
  maxLen: number;
  /**
   * The characters a matching line can start with (for anchored patterns). Lines starting with
   * anything else never reach the rule: most of the table is skipped for a body paragraph
   * after one map lookup instead of some thirty regex calls. Omitted when any start can match.
   */
  first?: string;
  /** Cheap substring precheck run before the regex (keeps unanchored patterns off most lines). */
  pre?: (t: string) => boolean;
  /** Either a regex on the trimmed line... */
  re?: RegExp;
  /** ...or a predicate, for rules that need more than one pattern. */
  test?: (t: string) => boolean;
  /** A story-ending cue: a headline-like line after this begins a new story. */
  closes?: boolean;
  /**
   * Where a segment made only of this noise belongs when it has no story of its own:
   * 'prev' for trailers (bylines, related links, app promos), 'next' for leaders (logo, tweets).
   */
  attach?: 'prev' | 'next';
  /** Why the rule exists (which dumps show it). */
  why: string;
}
