import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { DumpFile } from '../../core/types';
import { ingestFile } from '../../core/library/ingest-file';
import { MAX_DUMP_BYTES } from '../../core/library/limits';

/**
 * Read one dump from disk and ingest it. Files over the size limit are refused before
 * they are read into memory; I/O failures become an `unreadable` status, never a throw.
 */
export async function readDump(absPath: string, rel: string, docId: string): Promise<{ file: DumpFile; text: string | null }> {
  let handle;
  try {
    handle = await open(absPath, 'r');
    const st = await handle.stat();
    if (st.size > MAX_DUMP_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return {
        file: failed(docId, rel, st.size, st.mtimeMs, 'too-large', `The file is ${mb(st.size)} MB; Dossier reads dumps up to ${mb(MAX_DUMP_BYTES)} MB.`),
        text: null,
      };
    }
    const bytes = new Uint8Array(await handle.readFile());
    const contentHash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
    return ingestFile({ docId, path: rel, bytes, mtimeMs: st.mtimeMs, contentHash });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    return { file: failed(docId, rel, 0, 0, 'unreadable', `The file could not be read (${code}).`), text: null };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function failed(docId: string, path: string, size: number, mtimeMs: number, code: string, message: string): DumpFile {
  return { docId, path, status: 'error', error: { code, message }, encoding: null, lossy: false, size, mtimeMs, contentHash: '', stories: [] };
}
