import { constants } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Replace `path` with `content` so that after a crash at any instant the file holds either
 * the old content or the new, in full. lowdb's own adapter (steno) writes a temp file and
 * renames it but never fsyncs, so after a power cut the rename can reach the disk before
 * the data and leave an empty file. Here: write temp → fsync temp → rename → fsync folder
 * (the folder fsync makes the rename itself durable; platforms that cannot fsync a folder
 * are skipped, as the rename is already atomic there). The temp file is created exclusively
 * (O_EXCL never opens an existing file or link) under a name unique to this write, so a
 * planted link cannot redirect the write and two writes of one file never share a temp.
 * Every file Dossier renames into place goes through here.
 */
export async function atomicWriteFile(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncFolder(dirname(path));
}

/** A temp file of atomicWriteFile for `name`, left by a crash of another process (never ours). */
export function isStaleTemp(fileName: string, name: string): boolean {
  const prefix = `.${name}.`;
  if (!fileName.startsWith(prefix) || !fileName.endsWith('.tmp')) return false;
  const [pid, ...rest] = fileName.slice(prefix.length, -'.tmp'.length).split('.');
  return /^\d+$/.test(pid) && Number(pid) !== process.pid && rest.every((r) => /^\d+$/.test(r));
}

/** Make a new or renamed entry of `folder` durable (a no-op where folders cannot be fsynced). */
export async function syncFolder(folder: string): Promise<void> {
  let dir;
  try {
    dir = await open(folder, 'r');
    await dir.sync();
  } catch {
    // Windows cannot open or fsync a directory; rename is still atomic there.
  } finally {
    await dir?.close().catch(() => undefined);
  }
}
