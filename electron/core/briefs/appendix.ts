import type { Citation } from './resolve';

/** A stretch of story text, marked when it lies inside a cited highlight. */
export interface Run {
  text: string;
  /** Highlight colour when this run is quoted in the brief. */
  color?: string;
}

/** A cited story printed in full so the reader can see each quote in its context. */
export interface AppendixStory {
  cite: Citation;
  /** Paragraphs of runs; null when the story's file could no longer be read. */
  paragraphs: Run[][] | null;
  /** True when captions, ads or other page furniture were left out. */
  trimmed: boolean;
}

export interface Mark {
  start: number;
  end: number;
  color: string;
}

/**
 * Split a story's text into paragraphs of plain and marked runs. `marks` are file offsets
 * (as highlights store them) and `storyStart` is where the story's text begins in the file.
 * Marks outside the story are ignored and overlapping marks are clipped, so odd stored
 * offsets can shift a mark but never duplicate or lose text. `noise` (file offsets: the
 * captions, ads and share bars the segmenter found) is left out unless a mark touches it,
 * so the reader sees the article, and never loses a quoted passage.
 */
export function appendixStory(
  cite: Citation,
  text: string | null,
  storyStart: number,
  marks: Mark[],
  noise: { start: number; end: number }[] = [],
): AppendixStory {
  if (text === null) return { cite, paragraphs: null, trimmed: false };
  const local = marks
    .map((m) => ({ start: Math.max(0, m.start - storyStart), end: Math.min(text.length, m.end - storyStart), color: m.color }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const dropped = noise
    .map((n) => ({ start: Math.max(0, n.start - storyStart), end: Math.min(text.length, n.end - storyStart) }))
    .filter((n) => n.end > n.start && !local.some((m) => m.start < n.end && n.start < m.end))
    .sort((a, b) => a.start - b.start);

  const runs: Run[] = [];
  // Plain text between marks, minus dropped noise; a dropped span still ends a paragraph.
  const plain = (from: number, to: number) => {
    let at = from;
    for (const d of dropped) {
      if (d.end <= at || d.start >= to) continue;
      if (d.start > at) runs.push({ text: text.slice(at, d.start) });
      runs.push({ text: '\n' });
      at = Math.max(at, d.end);
    }
    if (at < to) runs.push({ text: text.slice(at, to) });
  };
  let at = 0;
  for (const m of local) {
    const start = Math.max(m.start, at);
    if (start >= m.end) continue;
    if (start > at) plain(at, start);
    runs.push({ text: text.slice(start, m.end), color: m.color });
    at = m.end;
  }
  if (at < text.length) plain(at, text.length);
  return { cite, paragraphs: splitParagraphs(runs), trimmed: dropped.length > 0 };
}

/** Break runs at line ends; blank lines are dropped so dumps with either style read the same. */
function splitParagraphs(runs: Run[]): Run[][] {
  const paragraphs: Run[][] = [];
  let current: Run[] = [];
  const flush = () => {
    if (current.some((r) => r.text.trim() !== '')) paragraphs.push(current);
    current = [];
  };
  for (const run of runs) {
    const lines = run.text.split(/\r\n|\r|\n/);
    lines.forEach((line, i) => {
      if (i > 0) flush();
      if (line) current.push(run.color ? { text: line, color: run.color } : { text: line });
    });
  }
  flush();
  return paragraphs;
}
