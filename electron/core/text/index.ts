import type { Encoding, Problem, SegmentedStory } from '../types';
import { decodeBytes, type DecodeOptions } from './decode';
import { applyFixes, type SegmentFix } from './fixes';
import { segmentDump } from './segment';

export { decodeBytes, normaliseNewlines, DEFAULT_MAX_BYTES, type DecodeOutcome, type DecodeOptions } from './decode';
export { segmentDump } from './segment';
export { applyFixes, type SegmentFix } from './fixes';
export { cleanRanges } from './story';
export { detectLanguage } from './language';

export type ProcessedDump =
  | {
      status: 'ok';
      /** Decoded text (BOM removed, line endings as in the file): every offset points into it. */
      text: string;
      encoding: Encoding;
      lossy: boolean;
      stories: SegmentedStory[];
    }
  | { status: 'error' | 'skipped'; problem: Problem };

interface ProcessOptions extends DecodeOptions {
  /** Manual segmentation fixes from the workspace database. */
  fixes?: SegmentFix[];
}

/**
 * Bytes of one dump → decoded text and its stories, with manual fixes applied. A file that decodes
 * with replacement characters is still 'ok' (lossy: true). Never throws: any internal failure comes
 * back as an error problem with code 'internal', so one odd file cannot stop a library scan.
 */
export function processDump(bytes: Uint8Array, opts: ProcessOptions = {}): ProcessedDump {
  try {
    const decoded = decodeBytes(bytes, opts);
    if (decoded.status !== 'ok') return decoded;
    let stories = segmentDump(decoded.text);
    if (opts.fixes && opts.fixes.length > 0) stories = applyFixes(decoded.text, stories, opts.fixes);
    return { status: 'ok', text: decoded.text, encoding: decoded.encoding, lossy: decoded.lossy, stories };
  } catch (err) {
    return {
      status: 'error',
      problem: { code: 'internal', message: `Dossier could not read this file: ${err instanceof Error ? err.message : String(err)}` },
    };
  }
}
