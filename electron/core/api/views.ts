import type { DumpFile, Encoding, FileStatus, NoiseSpan, Problem, Story } from '../types';

/** What the renderer needs to know about the open workspace. */
export interface WorkspaceInfo {
  folder: string;
  name: string;
  isSample: boolean;
  files: number;
  stories: number;
  problems: number;
}

/** A story row in the library list: everything but its text and noise. */
export interface StorySummary {
  id: string;
  docId: string;
  path: string;
  index: number;
  title: string;
  date: string | null;
  /** Present (true) when the text does not state the date; see SegmentedStory.dateGuessed. */
  dateGuessed?: boolean;
  source: string | null;
  byline: string | null;
  language: string;
  words: number;
}

/** One story opened in the reader: `text` is the file text between `start` and `end`. */
export interface StoryView {
  story: Story;
  text: string;
  noise: NoiseSpan[];
  encoding: Encoding | null;
  lossy: boolean;
}

export interface FileSummary {
  docId: string;
  path: string;
  status: FileStatus;
  error?: Problem;
  encoding: Encoding | null;
  lossy: boolean;
  size: number;
  stories: number;
}

export interface RawFileView {
  path: string;
  text: string;
  encoding: Encoding | null;
}

export interface LibraryChange {
  added: string[];
  changed: string[];
  removed: string[];
  renamed: { from: string; to: string }[];
}

export interface IngestProgress {
  done: number;
  total: number;
}

export function toStorySummary(s: Story): StorySummary {
  return {
    id: s.id,
    docId: s.docId,
    path: s.path,
    index: s.index,
    title: s.title,
    date: s.date,
    ...(s.dateGuessed ? { dateGuessed: true } : {}),
    source: s.source,
    byline: s.byline,
    language: s.language,
    words: s.words,
  };
}

export function toFileSummary(f: DumpFile): FileSummary {
  return {
    docId: f.docId,
    path: f.path,
    status: f.status,
    ...(f.error ? { error: f.error } : {}),
    encoding: f.encoding,
    lossy: f.lossy,
    size: f.size,
    stories: f.stories.length,
  };
}
