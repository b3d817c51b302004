import type { SegmentFix } from '../text/index';

export type { SegmentFix };

/**
 * Where the library gets the fixes analysts made, per workspace-relative dump path. The
 * annotation store implements it over the workspace database; the library asks on every
 * (re)read so a fix is re-applied when the file changes or the app restarts.
 */
export interface FixSource {
  fixesFor(path: string): SegmentFix[];
}
