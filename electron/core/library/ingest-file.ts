import type { DumpFile, Problem, Story } from '../types';
import { storyIds } from './story-ids';
import type { StoryFacts } from '../related/story-facts';
import { processDump, type ProcessedDump } from '../text/index';
import { MAX_DUMP_BYTES } from './limits';
import type { SegmentFix } from './fixes';
import { detached, detachedOrNull } from './detached-string';

/**
 * Decode, segment and clean one dump. Never throws: a pipeline bug on one odd file becomes
 * that file's `error` status instead of stopping the whole library.
 */
export function analyseDump(bytes: Uint8Array, fixes: readonly SegmentFix[] = []): ProcessedDump {
  try {
    return processDump(bytes, { maxBytes: MAX_DUMP_BYTES, fixes: [...fixes] });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { status: 'error', problem: { code: 'internal', message: `Dossier could not read this file (${why.slice(0, 200)}).` } };
  }
}

/** A dump as read from disk, before the library decides which identity it has. */
export interface AnalysedDump {
  path: string;
  size: number;
  mtimeMs: number;
  /** '' when the bytes were never read (too large, unreadable). */
  contentHash: string;
  result: ProcessedDump;
  /** Each story's facts (in story order), when the reader computed them alongside the segmentation. */
  facts?: StoryFacts[];
  /** The site-template key of each line of the text (text/boilerplate.ts), computed where the text was analysed... */
  lineKeys?: Uint32Array;
  /** ...and the distinct ones, sorted: what the dump adds to the folder's counts. */
  lineSet?: Uint32Array;
}

/** The catalog entry for an analysed dump once its identity (docId) is known. */
export function catalogEntry(docId: string, dump: AnalysedDump): DumpFile {
  const { path, size, mtimeMs, contentHash, result } = dump;
  const base = { docId, path, size, mtimeMs, contentHash };
  if (result.status !== 'ok') {
    return { ...base, status: result.status, error: result.problem, encoding: null, lossy: false, stories: [] };
  }
  const ids = storyIds(
    docId,
    result.stories.map((s) => s.title),
  );
  // The catalog outlives the text a story was read from: what it keeps of each story is copied out of that text.
  const stories: Story[] = result.stories.map((s, index) => ({
    ...s,
    title: detached(s.title),
    date: detachedOrNull(s.date),
    source: detachedOrNull(s.source),
    byline: detachedOrNull(s.byline),
    id: ids[index],
    docId,
    path,
    index,
  }));
  return { ...base, status: 'ok', encoding: result.encoding, lossy: result.lossy, stories };
}

/** A dump that could not be analysed at all (too large, unreadable): the reason, kept in the catalog. */
export function failedDump(path: string, size: number, mtimeMs: number, problem: Problem): AnalysedDump {
  return { path, size, mtimeMs, contentHash: '', result: { status: 'error', problem } };
}
