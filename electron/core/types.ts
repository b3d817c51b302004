/**
 * Shared domain types. Every offset in Dossier is an index into the *decoded file text*
 * as a JavaScript string (UTF-16 code units, before any newline normalisation), so a
 * highlight, a noise span or a story boundary always maps back to the exact bytes read.
 */

/** Kinds of noise marked inside a story: collapsed in the reader, never deleted. */
export const NOISE_KINDS = [
  'repeated-headline',
  'caption',
  'repeated-caption',
  'agency-tag',
  'site-chrome',
  'share',
  'reporter-bio',
  'ad',
  'related-teaser',
  'social-post',
  'boilerplate',
  'repeated-text',
] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

interface Span {
  start: number;
  end: number;
}

export interface NoiseSpan extends Span {
  kind: NoiseKind;
}

/** The encodings the decoder recognises. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A status the user can act on; `code` is stable, `message` is for people. */
export interface Problem {
  code: string;
  message: string;
}

/** One story as the segmenter finds it in a dump. */
export interface SegmentedStory {
  title: string;
  start: number;
  end: number;
  /** ISO 8601 date (YYYY-MM-DD or full timestamp) or null when nothing in the text dates it. */
  date: string | null;
  /**
   * True when the text does not state `date` for this story: it comes from a photo caption or a
   * post, or its year was taken from another line of the story or dump. Absent when stated.
   */
  dateGuessed?: boolean;
  source: string | null;
  /** Who wrote it, as the story says ("By …", an export's BYLINE: field, a wire reporting credit), or null. */
  byline: string | null;
  language: string;
  words: number;
  noise: NoiseSpan[];
}

export type FileStatus = 'ok' | 'error' | 'skipped';

/** A story in the catalog: a segmented story plus its identity and the file it lives in. */
export interface Story extends SegmentedStory {
  id: string;
  docId: string;
  path: string;
  index: number;
}

/** A dump file in the catalog. `path` is relative to the workspace with `/` separators. */
export interface DumpFile {
  docId: string;
  path: string;
  status: FileStatus;
  error?: Problem;
  encoding: Encoding | null;
  /** True when invalid bytes were replaced with U+FFFD while decoding. */
  lossy: boolean;
  size: number;
  mtimeMs: number;
  contentHash: string;
  stories: Story[];
}
