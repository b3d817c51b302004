import { lstat, readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isDumpPath, isIgnoredPath } from '../../core/library/ignore';
import { failedDump, type AnalysedDump } from '../../core/library/ingest-file';

/** What one listing of a workspace (or of one folder in it) found. */
export interface FolderScan {
  /** Dumps, as workspace-relative paths with `/` separators, sorted so a listing is the same on every platform. */
  dumps: string[];
  /**
   * Dumps that cannot be opened by name because their name, or a folder's on the way, is not
   * valid UTF-8: listed as problem files instead of vanishing. Their paths show the bad bytes as `\xNN`.
   */
  problems: AnalysedDump[];
  /** Folders whose entries were all read ('' is the workspace itself). */
  listed: Set<string>;
  /** Every folder seen, listed or not. */
  seen: Set<string>;
  /**
   * Folders (with valid names) holding a folder whose name is not valid UTF-8. Nothing inside
   * that one can be watched, as the watcher knows it by a name that is not its own, so only
   * listing its parent again finds what changes there.
   */
  unwatchable: Set<string>;
  /** The folder the scan started from ('' for the workspace). */
  from: string;
  /** That folder no longer exists (or is now reached through a symlink, which is not entered). */
  gone: boolean;
}

/**
 * List the dumps under `root`, or under its sub-folder `from`: every folder below it when
 * `deep`, else only `from`'s own entries. Symlinks are never followed (a linked file is not a
 * dump, a linked folder is not entered: either could lead outside the workspace). Names are
 * read as bytes, so a name that is not valid UTF-8 is reported rather than silently mangled.
 * Unreadable sub-folders are skipped, not fatal.
 */
export async function scanFolder(root: string, from = '', deep = true): Promise<FolderScan> {
  const out: FolderScan = { dumps: [], problems: [], listed: new Set(), seen: new Set(), unwatchable: new Set(), from, gone: false };
  const sepBytes = Buffer.from(sep);
  async function walk(abs: Buffer, rel: string, badName: boolean): Promise<void> {
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (rel === from && (code === 'ENOENT' || code === 'ENOTDIR')) out.gone = true;
      return;
    }
    out.listed.add(rel);
    for (const e of entries) {
      const name = nameOf(e.name);
      const childRel = rel ? `${rel}/${name.text}` : name.text;
      if (isIgnoredPath(childRel)) continue;
      const childAbs = Buffer.concat([abs, sepBytes, e.name]);
      const childBad = badName || !name.valid;
      if (e.isDirectory()) {
        out.seen.add(childRel);
        if (!badName && !name.valid) out.unwatchable.add(rel);
        // A folder with a bad name cannot be watched by name either: list it whole, whenever its parent is listed.
        if (deep || childBad) await walk(childAbs, childRel, childBad);
      } else if (e.isFile() && isDumpPath(childRel)) {
        if (!childBad) out.dumps.push(childRel);
        else {
          const st = await lstat(childAbs).catch(() => null);
          if (st?.isFile()) out.problems.push(badNameDump(childRel, st.size, st.mtimeMs, name.valid));
        }
      }
    }
  }
  const start = from ? join(root, ...from.split('/')) : root;
  if (from && !(await reachedWithoutLinks(root, start))) out.gone = true;
  else await walk(Buffer.from(start), from, false);
  out.dumps.sort();
  out.problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}

/** True when `abs` (a folder inside `root`) is reached without passing through a symlink. */
async function reachedWithoutLinks(root: string, abs: string): Promise<boolean> {
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(abs)]);
    return real === join(realRoot, relative(root, abs));
  } catch {
    return false;
  }
}

function badNameDump(rel: string, size: number, mtimeMs: number, ownNameValid: boolean): AnalysedDump {
  const whose = ownNameValid ? 'The name of a folder on its path' : 'Its file name';
  return failedDump(rel, size, mtimeMs, {
    code: 'bad-name',
    message: `${whose} is not valid UTF-8 (the bytes shown as \\xNN), so Dossier cannot open it. Rename it, for example with convmv, to read its stories.`,
  });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file name as text. A name that is not valid UTF-8 keeps every valid character and shows
 * each stray byte as `\xNN`, so two such names never collapse into one path.
 */
export function nameOf(bytes: Buffer): { text: string; valid: boolean } {
  const text = bytes.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(bytes)) return { text, valid: true };
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len > 0 && i + len <= bytes.length) {
      try {
        out += strictUtf8.decode(bytes.subarray(i, i + len));
        i += len;
        continue;
      } catch {
        // not a whole character: escape its first byte and go on from the next
      }
    }
    out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
    i++;
  }
  return { text: out, valid: false };
}
