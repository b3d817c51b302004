/**
 * Selector and anchor shapes, modelled on the W3C Web Annotation selectors that
 * hypothesis/client uses: a quote with its surrounding context, and a position. Offsets are
 * UTF-16 indices into the decoded file text, like every other offset in Dossier.
 */

/** What the user selected, plus a little context either side to tell repeats apart. */
interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the selection was in the file text when the highlight was made. */
interface PositionSelector {
  start: number;
  end: number;
}

export interface Selectors {
  quote: QuoteSelector;
  position: PositionSelector;
}

/**
 * How a highlight relates to the current file text: `ok` found where it was made,
 * `moved` found elsewhere (or with small edits), `orphaned` not found at all. Orphans keep
 * their selectors so the user can re-attach or remove them; nothing is ever dropped.
 */
export type AnchorStatus = 'ok' | 'moved' | 'orphaned';

/** A place in the text where a quote was found, with a 0..1 confidence. */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  /** True when the text there equals the quote exactly. */
  exact: boolean;
}

/** The result of re-anchoring one highlight against the current text. */
export type Anchor =
  { status: 'ok' | 'moved'; start: number; end: number; score: number } | { status: 'orphaned'; start: null; end: null; score: 0 };
