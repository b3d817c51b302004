// TEMPORARY (foundation): one file = one story, UTF-8 only. The text pipeline replaces this file.
import type { Encoding, Problem, SegmentedStory } from '../types';

export type ProcessedDump =
  | { status: 'ok'; text: string; encoding: Encoding; lossy: boolean; stories: SegmentedStory[] }
  | { status: 'error' | 'skipped'; problem: Problem };

export function processDump(bytes: Uint8Array): ProcessedDump {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!text.trim()) return { status: 'skipped', problem: { code: 'empty', message: 'The file is empty.' } };
  const first = text.match(/\S[^\n]*/);
  const title = first ? first[0].trim().slice(0, 120) : 'Untitled';
  const end = text.trimEnd().length;
  return {
    status: 'ok',
    text,
    encoding: 'utf-8',
    lossy: text.includes('\uFFFD'),
    stories: [{ title, start: 0, end, date: null, source: null, language: 'und', words: text.split(/\s+/).filter(Boolean).length, noise: [] }],
  };
}
