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

/** The ranges the analyst marked as "not noise" (noise fixes with no kind): nothing marks them as noise again. */
export function keepRanges(fixes: readonly SegmentFix[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const f of fixes) if (f && f.type === 'noise' && f.kind === null && f.end > f.start) out.push([f.start, f.end]);
  return out;
}
