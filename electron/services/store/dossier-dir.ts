import { lstat, mkdir, readdir, readFile, readlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DossierError } from '../../core/errors';
import { atomicWriteFile, syncFolder } from './atomic-write';

/** Files Dossier keeps directly in `.dossier/`. */
const FILES = ['db.json', 'db.journal', 'lock', 'identity.json', 'entity-overrides.json', 'related-dismissals.json'];
/** Folders Dossier keeps in `.dossier/`; their entries are checked too (rotation renames and deletes them). */
const FOLDERS = ['backups', 'cache'];

export type DossierCheck = { ok: true; dir: string; exists: boolean } | { ok: false; dir: string; reason: string };

/** `<folder>/.dossier`, where everything Dossier writes in a workspace lives. */
export function dossierDir(folder: string): string {
  return join(folder, '.dossier');
}

/**
 * Check `<folder>/.dossier` and what Dossier keeps in it without following anything
 * (lstat only). A symbolic link anywhere there would make Dossier read or write another
 * folder's files (a linked `backups/` would have rotation delete `db-5.json` wherever it
 * points), so any link refuses the whole workspace: it is then read-only and nothing is
 * written. A FIFO or device under one of its names is refused the same way (reading it would
 * block). `reason` is a message for the user.
 */
export async function inspectDossierDir(folder: string): Promise<DossierCheck> {
  const dir = dossierDir(folder);
  const top = await lstat(dir).catch(missing);
  if (!top) return { ok: true, dir, exists: false };
  if (top.isSymbolicLink()) return { ok: false, dir, reason: await linkReason(dir, dir) };
  if (!top.isDirectory())
    return {
      ok: false,
      dir,
      reason:
        `Dossier cannot write in ${dir} (it is a file, not a folder), so annotations are read-only. ` +
        'Nothing has been changed; rename that file to annotate here.',
    };
  for (const name of [...FILES, ...FOLDERS]) {
    const path = join(dir, name);
    const st = await lstat(path).catch(missing);
    if (!st) continue;
    if (st.isSymbolicLink()) return { ok: false, dir, reason: await linkReason(dir, path) };
    if (!FOLDERS.includes(name)) {
      // Reading a FIFO or device in a shared folder would block the open forever.
      if (!st.isFile())
        return {
          ok: false,
          dir,
          reason:
            `${path} is not a regular file, so Dossier cannot keep its ${name} there; ` +
            'annotations are read-only and nothing has been changed. Move it away to annotate.',
        };
      continue;
    }
    if (!st.isDirectory())
      return {
        ok: false,
        dir,
        reason:
          `${path} is not a folder, so Dossier cannot keep its ${name} there; ` +
          'annotations are read-only and nothing has been changed. Move it away to annotate.',
      };
    for (const entry of await readdir(path, { withFileTypes: true }).catch(() => [])) {
      if (entry.isSymbolicLink()) return { ok: false, dir, reason: await linkReason(dir, join(path, entry.name)) };
      if (!entry.isFile() && !entry.isDirectory())
        return {
          ok: false,
          dir,
          reason:
            `${join(path, entry.name)} is not a regular file, so Dossier does not read or rotate it; ` +
            'annotations are read-only and nothing has been changed. Move it away to annotate.',
        };
    }
  }
  return { ok: true, dir, exists: true };
}

/**
 * Create `.dossier` (and `sub` inside it) if missing, after checking nothing there is a
 * link; the folder to write in. Throws a DossierError saying why when it is not safe.
 */
export async function ensureDossierDir(folder: string, sub?: (typeof FOLDERS)[number]): Promise<string> {
  const check = await inspectDossierDir(folder);
  if (!check.ok) throw new DossierError('unsafe-workspace', check.reason);
  // Not recursive: mkdir never follows a link in place of the last component, and the
  // workspace folder itself must already exist.
  if (!check.exists && (await makeDir(check.dir))) await syncFolder(folder);
  if (!sub) return check.dir;
  const path = join(check.dir, sub);
  if (await makeDir(path)) await syncFolder(check.dir);
  return path;
}

/** Write `rel` (e.g. `identity.json`, `cache/discovery.json`) under `.dossier/` atomically, never through a link. */
export async function writeDossierFile(folder: string, rel: string, content: string | Uint8Array): Promise<void> {
  const sub = dirname(rel);
  const parent = await ensureDossierDir(folder, sub === '.' ? undefined : sub);
  await atomicWriteFile(join(parent, rel.slice(sub === '.' ? 0 : sub.length + 1)), content);
}

/**
 * Read `rel` under `.dossier/`; null when it is missing, not a plain file, larger than
 * `maxBytes` (a planted cache must not make us allocate without bound), or anything there is
 * a link (never followed).
 */
export async function readDossierFile(folder: string, rel: string, maxBytes = Number.MAX_SAFE_INTEGER): Promise<Buffer | null> {
  if (!(await inspectDossierDir(folder)).ok) return null;
  const path = join(dossierDir(folder), rel);
  const st = await lstat(path).catch(() => null);
  if (!st?.isFile() || st.size > maxBytes) return null;
  return readFile(path).catch(() => null);
}

/** Read JSON under `.dossier/`, or `fallback` when it is missing, unreadable or linked (a broken cache is rebuilt, not fatal). */
export async function readDossierJson<T>(folder: string, rel: string, fallback: T): Promise<T> {
  const bytes = await readDossierFile(folder, rel);
  try {
    return bytes ? (JSON.parse(bytes.toString('utf8')) as T) : fallback;
  } catch {
    return fallback;
  }
}

async function makeDir(path: string): Promise<boolean> {
  try {
    await mkdir(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const st = await lstat(path);
    if (!st.isDirectory())
      throw new DossierError('unsafe-workspace', `${path} appeared as something other than a folder; Dossier writes nothing there.`);
    return false;
  }
}

async function linkReason(dir: string, path: string): Promise<string> {
  const target = await readlink(path).catch(() => '?');
  const what = path === dir ? dir : `${path} (inside ${dir})`;
  const kind = path === dir || FOLDERS.some((f) => path === join(dir, f)) ? 'folder' : 'file';
  return (
    `${what} is a symbolic link to ${target}. Dossier never reads or writes through links in its own folder, ` +
    `so it wrote nothing there and annotations are read-only. Replace the link with a real ${kind} to annotate here.`
  );
}

function missing(err: NodeJS.ErrnoException): null {
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return null;
  throw err;
}
