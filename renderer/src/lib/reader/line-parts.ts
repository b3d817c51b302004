import type { NoiseSpan } from '@core/types';
import { linkify, type Para } from './blocks';

/** A run of a reader line: plain text, a link, or text muted as partial noise. */
interface LinePart {
  text: string;
  url?: string;
  noise?: string;
}

/**
 * Cut a line into plain, link and partial-noise pieces. Every character is drawn exactly
 * once and in order, so offsets inside the line still map to the file text.
 */
export function lineParts(para: Para, noise: readonly NoiseSpan[]): LinePart[] {
  const out: LinePart[] = [];
  let at = 0;
  const spans = noise
    .filter((n) => n.end > para.start && n.start < para.end)
    .map((n) => ({ kind: n.kind, start: Math.max(0, n.start - para.start), end: Math.min(para.text.length, n.end - para.start) }))
    .sort((a, b) => a.start - b.start);
  // A line may hold hundreds of thousands of links: append in a loop, never spread into a call.
  const plain = (text: string) => {
    for (const part of linkify(text)) out.push(part);
  };
  for (const n of spans) {
    if (n.start < at || n.end <= n.start) continue;
    if (n.start > at) plain(para.text.slice(at, n.start));
    out.push({ text: para.text.slice(n.start, n.end), noise: n.kind });
    at = n.end;
  }
  if (at < para.text.length) plain(para.text.slice(at));
  return out;
}
