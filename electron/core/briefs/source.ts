/**
 * What briefs need from the rest of the workspace, and nothing more. The annotation store
 * and the catalog implement it in the main process; tests implement it with plain objects,
 * so building and rendering a brief is testable without a database or a folder.
 */

export type HighlightStatus = 'ok' | 'moved' | 'orphaned';

/** A highlight as briefs see it. Offsets are into the decoded file text (see core/types.ts). */
export interface SourceHighlight {
  id: string;
  storyId: string;
  /** The dump file, relative to the workspace, with `/` separators. */
  docPath: string;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
  color: string;
  note: string;
  tags: string[];
  status: HighlightStatus;
}

/** A story as briefs cite it. `start`/`end` are its offsets in the file text. */
export interface SourceStory {
  id: string;
  title: string;
  source: string | null;
  /** ISO date (or timestamp) of publication, null when the dump does not say. */
  date: string | null;
  path: string;
  start: number;
  end: number;
  /** Captions, ads and other page furniture in the story (file offsets); left out of the appendix. */
  noise?: { start: number; end: number }[];
}

/** A link the analyst drew between two stories. */
export interface SourceLink {
  from: string;
  to: string;
  label: string;
}

export interface BriefSource {
  highlight(id: string): SourceHighlight | null;
  /** Every highlight in the workspace (the tag builder filters them). */
  highlights(): SourceHighlight[];
  story(id: string): SourceStory | null;
  /** The story's text (file text from `start` to `end`); null if its file is unreadable. */
  storyText(id: string): string | null;
  /** The colour the analyst gave a tag, null if the tag has none. */
  tagColor(name: string): string | null;
  /** Links whose both ends are among `storyIds` (the stories a brief cites). */
  linksAmong(storyIds: string[]): SourceLink[];
}
