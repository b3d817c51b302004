import type { ApiError, ApiValue } from '@core/api';
import { call } from '../api';
import { collectDrop, toBase64, type DroppedFile } from './read-drop';

type ImportResult = ApiValue<'files.import'>;

/** Files per call and bytes per call, under the API's own limits, so large drops stream in. */
const BATCH_FILES = 200;
const BATCH_BYTES = 48 * 1024 * 1024;

/**
 * Import everything in a drop into the workspace, in batches, reporting progress after
 * each. Results of all batches are merged, so the analyst sees one summary.
 */
export async function importDrop(
  dt: DataTransfer,
  onprogress: (done: number, total: number) => void,
): Promise<{ ok: true; result: ImportResult } | { ok: false; error: ApiError }> {
  const files = await collectDrop(dt);
  const total: ImportResult = { imported: [], existing: [], rejected: [] };
  let done = 0;
  onprogress(0, files.length);
  for (const batch of batches(files)) {
    const payload = [];
    for (const f of batch) payload.push({ name: f.name, data: await toBase64(f.file) });
    const r = await call('files.import', { files: payload });
    if (!r.ok) return r;
    total.imported.push(...r.value.imported);
    total.existing.push(...r.value.existing);
    total.rejected.push(...r.value.rejected);
    done += batch.length;
    onprogress(done, files.length);
  }
  return { ok: true, result: total };
}

function* batches(files: DroppedFile[]): Generator<DroppedFile[]> {
  let cur: DroppedFile[] = [];
  let bytes = 0;
  for (const f of files) {
    if (cur.length > 0 && (cur.length >= BATCH_FILES || bytes + f.file.size > BATCH_BYTES)) {
      yield cur;
      cur = [];
      bytes = 0;
    }
    cur.push(f);
    bytes += f.file.size;
  }
  if (cur.length > 0) yield cur;
}

/** One line for the toast: "Imported 3 files · 1 already there · 2 not supported". */
export function summarise(r: ImportResult): string {
  const parts: string[] = [];
  if (r.imported.length) parts.push(`Imported ${r.imported.length} ${r.imported.length === 1 ? 'file' : 'files'}`);
  if (r.existing.length) parts.push(`${r.existing.length} already in the workspace`);
  if (r.rejected.length) parts.push(`${r.rejected.length} not imported`);
  return parts.join(' · ') || 'Nothing to import';
}
