import type { NoiseSpan } from '../types';

/**
 * A story's readable text: the file text in [start, end) with its noise spans (captions,
 * share bars, repeated headlines) cut out. Search, entities and near-duplicates all read
 * this, so a caption repeated in every dump neither matches queries nor makes stories
 * look alike. Gaps become a newline so words on either side never fuse.
 */
export function cleanBody(fileText: string, story: { start: number; end: number; noise: readonly NoiseSpan[] }): string {
  const start = Math.max(0, Math.min(story.start, fileText.length));
  const end = Math.max(start, Math.min(story.end, fileText.length));
  const spans = story.noise
    .map((n) => ({ start: Math.max(start, n.start), end: Math.min(end, n.end) }))
    .filter((n) => n.end > n.start)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = start;
  for (const n of spans) {
    if (n.start > at) out += fileText.slice(at, n.start);
    if (n.end > at) {
      out += '\n';
      at = n.end;
    }
  }
  return out + fileText.slice(at, end);
}
