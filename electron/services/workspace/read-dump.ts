import { createHash } from 'node:crypto';
import { closeSync, fstatSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { analyseDump, failedDump, type AnalysedDump } from '../../core/library/ingest-file';
import { isHtmlPath } from '../../core/library/ignore';
import { MAX_DUMP_BYTES } from '../../core/library/limits';
import type { SegmentFix } from '../../core/library/fixes';
import type { Problem } from '../../core/types';
import { documentLineKeys, perLineKeys } from '../../core/text/boilerplate';
import { analyseHtmlBytes } from './html-article';
import { openDump, openDumpSync, readOpenedSync } from './open-dump';
import { dumpStoryFacts } from '../discovery/story-facts';

/** What reading one dump produced: the analysed dump (and its decoded text), or nothing because it is gone. */
export type ReadOutcome = { kind: 'read'; dump: AnalysedDump; text: string | null } | { kind: 'missing' };

/** The content hash every part of the library compares: rename pairing, import de-duplication. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** Why a dump of `bytes` is refused unread. */
export function tooLarge(bytes: number): Problem {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    code: 'too-large',
    message: `The file is ${mb(bytes)} MB; Dossier reads dumps up to ${mb(MAX_DUMP_BYTES)} MB. Split it into smaller files.`,
  };
}

/**
 * Read one dump from disk and analyse it (a web page through its article reader). Runs inside the ingest worker (and in-process as a
 * fallback). Files over the size limit are refused before they are read into memory; a file
 * that vanished meanwhile is `missing` (a delete racing the read), and so is anything that is
 * not a regular file reached without symlinks (a link is never a dump); other I/O failures
 * become an `unreadable` status, never a throw.
 * `blocking`: read with blocking calls (on an ingest worker, whose thread does nothing else; see loadSync).
 * `withFacts`: also compute each story's discovery facts. A whole-folder read leaves them out:
 * its site-template marks are only known once every dump is counted, and they change the clean
 * text of most stories, so facts computed here would mostly be computed again.
 */
export async function readAndAnalyse(
  absPath: string,
  rel: string,
  fixes: readonly SegmentFix[],
  withFacts = true,
  blocking = false,
): Promise<ReadOutcome> {
  try {
    const loaded = blocking ? loadSync(absPath, rel) : await loadAsync(absPath, rel);
    if (loaded.kind === 'missing') return loaded;
    if (loaded.kind === 'too-large')
      return { kind: 'read', dump: failedDump(rel, loaded.size, loaded.mtimeMs, tooLarge(loaded.size)), text: null };
    const { bytes, mtimeMs } = loaded;
    const result = isHtmlPath(rel) ? analyseHtmlBytes(bytes, fixes) : analyseDump(bytes, fixes);
    // The text is in hand here, on a worker thread: discovery's per-story facts and the
    // site-template keys cost the main thread nothing.
    const facts = withFacts && result.status === 'ok' ? dumpStoryFacts(result.text, result.stories) : undefined;
    const lineKeys = result.status === 'ok' ? perLineKeys(result.text) : null;
    return {
      kind: 'read',
      dump: {
        path: rel,
        size: bytes.byteLength,
        mtimeMs,
        contentHash: hashBytes(bytes),
        result,
        facts,
        ...(lineKeys && result.status === 'ok' ? { lineKeys, lineSet: documentLineKeys(result.text, lineKeys) } : {}),
      },
      text: result.status === 'ok' ? result.text : null,
    };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ELOOP') return { kind: 'missing' };
    // Its size and time as listed, so the next listing of its folder sees it unchanged and does not retry it in a loop.
    const st = await lstat(absPath).catch(() => null);
    return {
      kind: 'read',
      dump: failedDump(rel, st?.size ?? 0, st?.mtimeMs ?? 0, {
        code: 'unreadable',
        message: `The file could not be read (${code}). Check that Dossier may read it.`,
      }),
      text: null,
    };
  }
}

/** A dump's bytes and time, unless it is gone, not a file (`missing`) or over the size limit (not read). */
type Loaded =
  { kind: 'missing' } | { kind: 'too-large'; size: number; mtimeMs: number } | { kind: 'bytes'; bytes: Uint8Array; mtimeMs: number };

/** On the main thread (the in-process fallback): promises, so a slow disk or share never blocks the window. */
async function loadAsync(absPath: string, rel: string): Promise<Loaded> {
  const handle = await openDump(absPath, rel);
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { kind: 'missing' };
    if (st.size > MAX_DUMP_BYTES) return { kind: 'too-large', size: st.size, mtimeMs: st.mtimeMs };
    return { kind: 'bytes', bytes: new Uint8Array(await handle.readFile()), mtimeMs: st.mtimeMs };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * On an ingest worker: blocking reads, as that thread has nothing else to do meanwhile.
 * fs/promises' open, stat, read and close cost about seven times the CPU of the same calls
 * made blocking (a second of CPU per 10,000 dumps, measured here).
 */
function loadSync(absPath: string, rel: string): Loaded {
  const fd = openDumpSync(absPath, rel);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { kind: 'missing' };
    if (st.size > MAX_DUMP_BYTES) return { kind: 'too-large', size: st.size, mtimeMs: st.mtimeMs };
    // A file that shrank while being read is taken as read (the watcher reports it again).
    return { kind: 'bytes', bytes: readOpenedSync(fd, st.size), mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
}
