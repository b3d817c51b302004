import type { DumpFile, Story } from '../types';
import { storyIds } from './story-ids';
import { processDump } from '../text/index';

export interface IngestInput {
  docId: string;
  path: string;
  bytes: Uint8Array;
  mtimeMs: number;
  contentHash: string;
}

/** Turn one dump's bytes into a catalog entry. Never throws: bad files become statuses. */
export function ingestFile(input: IngestInput): { file: DumpFile; text: string | null } {
  const { docId, path, bytes, mtimeMs, contentHash } = input;
  const base = { docId, path, size: bytes.byteLength, mtimeMs, contentHash };
  const out = processDump(bytes);
  if (out.status !== 'ok') {
    return {
      file: { ...base, status: out.status, error: out.problem, encoding: null, lossy: false, stories: [] },
      text: null,
    };
  }
  const ids = storyIds(
    docId,
    out.stories.map((s) => s.title),
  );
  const stories: Story[] = out.stories.map((s, index) => ({ ...s, id: ids[index], docId, path, index }));
  return {
    file: { ...base, status: 'ok', encoding: out.encoding, lossy: out.lossy, stories },
    text: out.text,
  };
}
