import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replace `path` with `content` so that after a crash at any instant the file holds either
 * the old content or the new, in full. lowdb's own adapter (steno) writes a temp file and
 * renames it but never fsyncs, so after a power cut the rename can reach the disk before
 * the data and leave an empty file. Here: write temp → fsync temp → rename → fsync folder
 * (the folder fsync makes the rename itself durable; platforms that cannot fsync a folder
 * are skipped, as the rename is already atomic there).
 */
export async function atomicWriteFile(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
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

async function syncFolder(folder: string): Promise<void> {
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
