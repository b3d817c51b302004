import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';

/**
 * Read-only; refuse a symlink as the last step where the OS can (O_NOFOLLOW), and never wait
 * on a FIFO that took a dump's name (O_NONBLOCK has no effect on regular files).
 */
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Refusals carry ELOOP, the code O_NOFOLLOW itself fails with, so callers handle one code. */
function throughLink(abs: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${abs} is reached through a symbolic link; Dossier does not follow links`), { code: 'ELOOP' });
}

/** `abs` split into the workspace root and the folder part of `rel`, or null when they do not fit together. */
function splitRoot(abs: string, rel: string): { root: string; folder: string } | null {
  const native = rel.split('/').join(sep);
  if (!abs.endsWith(sep + native)) return null;
  return { root: abs.slice(0, abs.length - native.length - 1), folder: dirname(native) };
}

/** The real path of each workspace root seen, so a read costs one realpath (its folder's), not two. */
const realRoots = new Map<string, string>();

async function realRoot(root: string, fresh: boolean): Promise<string> {
  let real = fresh ? undefined : realRoots.get(root);
  if (real === undefined) {
    real = await realpath(root);
    if (realRoots.size > 16) realRoots.clear();
    realRoots.set(root, real);
  }
  return real;
}

function realRootSync(root: string, fresh: boolean): string {
  let real = fresh ? undefined : realRoots.get(root);
  if (real === undefined) {
    real = realpathSync.native(root);
    if (realRoots.size > 16) realRoots.clear();
    realRoots.set(root, real);
  }
  return real;
}

/**
 * Open the dump `rel` of a workspace (`abs` is its absolute path) without following a symlink,
 * neither the file itself nor a folder on the way: a shared folder's `notes.txt -> ~/.ssh/id_rsa`
 * or `linked -> ~` must never be read. Fails with ELOOP when a link is in the way.
 */
export async function openDump(abs: string, rel: string): Promise<FileHandle> {
  if (!constants.O_NOFOLLOW && (await lstat(abs)).isSymbolicLink()) throw throughLink(abs);
  const handle = await open(abs, FLAGS);
  try {
    const parts = splitRoot(abs, rel);
    if (!parts) throw throughLink(abs);
    if (parts.folder !== '.') {
      const folder = await realpath(dirname(abs));
      const inside = async (fresh: boolean) => folder === join(await realRoot(parts.root, fresh), parts.folder);
      // A remembered root may be stale (the root itself re-pointed): ask again before refusing.
      if (!(await inside(false)) && !(await inside(true))) throw throughLink(abs);
    }
    return handle;
  } catch (err) {
    await handle.close().catch(() => undefined);
    throw err;
  }
}

/** `openDump` for synchronous callers (the reader's on-demand text); returns a file descriptor. */
export function openDumpSync(abs: string, rel: string): number {
  if (!constants.O_NOFOLLOW && lstatSync(abs).isSymbolicLink()) throw throughLink(abs);
  const fd = openSync(abs, FLAGS);
  try {
    const parts = splitRoot(abs, rel);
    if (!parts) throw throughLink(abs);
    if (parts.folder !== '.') {
      // The native realpath, as fs/promises' is (libuv's): Node's JS realpathSync lstat's every step, twice a file.
      const folder = realpathSync.native(dirname(abs));
      const inside = (fresh: boolean) => folder === join(realRootSync(parts.root, fresh), parts.folder);
      if (!inside(false) && !inside(true)) throw throughLink(abs);
    }
    return fd;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * The bytes of a dump for synchronous callers, read through `openDumpSync`. A file over
 * `maxBytes` is refused before it is read (EFBIG, with its `size`), and a file growing while
 * it is read is cut at the size it had when opened, so memory stays bounded either way.
 */
export function readDumpSync(abs: string, rel: string, maxBytes: number): Uint8Array {
  const fd = openDumpSync(abs, rel);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error(`${abs} is not a file`), { code: 'ENOENT' });
    if (st.size > maxBytes) throw Object.assign(new Error(`${abs} is ${st.size} bytes`), { code: 'EFBIG', size: st.size });
    return readOpenedSync(fd, st.size);
  } finally {
    closeSync(fd);
  }
}

/**
 * Up to `size` bytes of the open file `fd` from its start: a file that shrank while being read
 * gives what it had. Its own memory (not a slice of Node's shared pool), so it can be kept or sent.
 */
export function readOpenedSync(fd: number, size: number): Uint8Array {
  const buf = Buffer.allocUnsafeSlow(size);
  let n = 0;
  while (n < size) {
    const got = readSync(fd, buf, n, size - n, n);
    if (got === 0) break;
    n += got;
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, n);
}
