import { NOISE_KINDS, type NoiseKind, type NoiseSpan, type SegmentedStory } from '../types';
import { analyseText, type TextAnalysis } from './analyse';
import { lineIndexAt } from './lines';
import { bodyStats, buildStory, dumpContextOf } from './story';

/**
 * A manual correction to the segmentation, stored by offset in the workspace database.
 * - split: start a new story at the line containing `at`.
 * - merge: merge the story that starts at (or contains) `at` with the story after it.
 * - noise: mark [start, end) as noise of `kind`, or as not noise when `kind` is null.
 */
export type SegmentFix =
  | { type: 'split'; at: number }
  | { type: 'merge'; at: number /* start offset of the story to merge with its next */ }
  | { type: 'noise'; start: number; end: number; kind: NoiseKind | null /* null = mark as not noise */ };

const KINDS = new Set<string>(NOISE_KINDS);

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * Apply manual fixes to segmented stories. Split and merge fixes apply first, in their stored
 * order, then noise fixes in their stored order, so a re-split never wipes a noise correction.
 * Fixes are stored by offset, so after the file changed some no longer fit: any fix that does not
 * land inside a story (or would make an empty story) is ignored. Never throws; on an internal
 * error the stories come back as far as they were fixed.
 */
export function applyFixes(text: string, stories: SegmentedStory[], fixes: SegmentFix[]): SegmentedStory[] {
  let out = stories.map((s) => ({ ...s, noise: s.noise.map((n) => ({ ...n })) }));
  if (!Array.isArray(fixes) || fixes.length === 0) return out;
  let analysis: TextAnalysis | null = null;
  const getAnalysis = (): TextAnalysis => (analysis ??= analyseText(text));
  const ordered = [
    ...fixes.filter((f) => f && (f.type === 'split' || f.type === 'merge')),
    ...fixes.filter((f) => f && f.type === 'noise'),
  ];
  for (const fix of ordered) {
    try {
      if (fix.type === 'split') out = applySplit(getAnalysis(), out, fix.at);
      else if (fix.type === 'merge') out = applyMerge(text, out, fix.at);
      else out = applyNoise(text, out, fix);
    } catch {
      // a malformed fix is skipped, the rest still apply
    }
  }
  return out;
}

function storyAt(stories: SegmentedStory[], at: number): number {
  for (let i = 0; i < stories.length; i++) if (stories[i].start <= at && at < stories[i].end) return i;
  return -1;
}

function applySplit(a: TextAnalysis, stories: SegmentedStory[], at: unknown): SegmentedStory[] {
  if (!isOffset(at)) return stories;
  const idx = storyAt(stories, at);
  if (idx < 0) return stories;
  const s = stories[idx];
  const { lines } = a;
  if (s.end > a.text.length) return stories;
  const firstLine = lineIndexAt(lines, s.start);
  const lastLine = lineIndexAt(lines, s.end - 1);
  let li = lineIndexAt(lines, at);
  while (li <= lastLine && lines.blank(li)) li++;
  if (li > lastLine || li <= firstLine) return stories;
  let prev = li - 1;
  while (prev >= firstLine && lines.blank(prev)) prev--;
  if (prev < firstLine) return stories;
  const ctx = dumpContextOf(a);
  const left = buildStory(a, firstLine, prev, ctx);
  const right = buildStory(a, li, lastLine, ctx);
  return [...stories.slice(0, idx), left, right, ...stories.slice(idx + 1)];
}

function applyMerge(text: string, stories: SegmentedStory[], at: unknown): SegmentedStory[] {
  if (!isOffset(at)) return stories;
  let idx = stories.findIndex((s) => s.start === at);
  if (idx < 0) idx = storyAt(stories, at);
  if (idx < 0 || idx + 1 >= stories.length) return stories;
  const a = stories[idx];
  const b = stories[idx + 1];
  const noise = [...a.noise, ...b.noise].sort((x, y) => x.start - y.start);
  const dated = a.date ? a : b;
  const { dateGuessed: _, ...rest } = a;
  const merged: SegmentedStory = {
    ...rest,
    end: b.end,
    date: dated.date,
    ...(dated.dateGuessed ? { dateGuessed: true } : {}),
    source: a.source ?? b.source,
    byline: a.byline ?? b.byline,
    noise,
  };
  Object.assign(merged, bodyStats(text, merged.start, merged.end, noise));
  return [...stories.slice(0, idx), merged, ...stories.slice(idx + 2)];
}

function applyNoise(
  text: string,
  stories: SegmentedStory[],
  fix: { start: number; end: number; kind: NoiseKind | null },
): SegmentedStory[] {
  if (!isOffset(fix.start) || !isOffset(fix.end) || fix.end <= fix.start) return stories;
  if (fix.kind !== null && !KINDS.has(fix.kind)) return stories;
  const idx = storyAt(stories, fix.start);
  if (idx < 0) return stories;
  const s = stories[idx];
  const start = Math.max(s.start, Math.floor(fix.start));
  const end = Math.min(s.end, Math.ceil(fix.end));
  if (end <= start) return stories;
  const noise: NoiseSpan[] = [];
  for (const n of s.noise) {
    if (n.end <= start || n.start >= end) noise.push(n);
    else {
      if (n.start < start) noise.push({ kind: n.kind, start: n.start, end: start });
      if (n.end > end) noise.push({ kind: n.kind, start: end, end: n.end });
    }
  }
  if (fix.kind !== null) noise.push({ kind: fix.kind, start, end });
  noise.sort((x, y) => x.start - y.start);
  const next: SegmentedStory = { ...s, noise, ...bodyStats(text, s.start, s.end, noise) };
  return [...stories.slice(0, idx), next, ...stories.slice(idx + 1)];
}
