import { lstat, mkdir, realpath, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import { MAX_DUMP_BYTES } from '../../core/library/limits';
import { looksBinary, planImport, withSuffix, type DroppedFile } from '../../core/library/import-rules';
import { hashBytes } from './read-dump';
import { sharedHtmlConverter, type HtmlConverter } from '../workers/html-converter';

/** What the import needs from the workspace, without depending on the service itself. */
export interface ImportTarget {
  folder: string;
  /** The workspace path already holding these exact bytes, if any. */
  pathWithContent(contentHash: string): string | undefined;
  progress(done: number, total: number): void;
}

/** The outcome before the written files are ingested (the caller then looks up their stories). */
export interface WriteResult {
  imported: { name: string; path: string }[];
  existing: { name: string; path: string }[];
  rejected: { name: string; reason: string }[];
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Attempts at `name (n).txt` before giving up on a name. */
const MAX_SUFFIX = 999;

/**
 * Copy dropped files into the workspace. Text dumps and `.html`/`.htm` pages are written byte
 * for byte (the folder reads pages natively); `.xhtml` pages are reduced to their text and saved as `.txt`. Nothing is ever overwritten (a
 * taken name gets ` (2)`, ` (3)`, …, created with O_EXCL so a race cannot clobber a file),
 * nothing is written outside the workspace (not even through a symlinked sub-folder), and
 * every file that is not imported says why. Pages are read by `html` (a worker thread with
 * a time budget), never on the calling thread.
 */
export async function writeImports(
  target: ImportTarget,
  files: DroppedFile[],
  html: HtmlConverter = sharedHtmlConverter(),
): Promise<WriteResult> {
  const out: WriteResult = { imported: [], existing: [], rejected: [] };
  const root = await realpath(target.folder);
  const seen = new Map<string, string>();
  let done = 0;
  const tick = () => {
    done++;
    if (done % 10 === 0 || done === files.length) target.progress(done, files.length);
  };
  target.progress(0, files.length);
  for (const f of files) {
    const reject = (reason: string) => out.rejected.push({ name: f.name, reason });
    try {
      const plan = planImport(f.name, process.platform);
      if (!plan.ok) {
        reject(plan.reason);
        continue;
      }
      const bytes = decodeBase64(f.data);
      if (typeof bytes === 'string') {
        reject(bytes);
        continue;
      }
      if (looksBinary(bytes)) {
        reject('This is a binary file (an image, PDF or archive), not a text dump.');
        continue;
      }
      let content = bytes;
      if (plan.kind === 'html') {
        const page = await html.convert(bytes);
        if (!page.ok) {
          reject(page.reason);
          continue;
        }
        content = new TextEncoder().encode(page.text);
        if (content.byteLength <= 1) {
          reject('The page has no readable text.');
          continue;
        }
      }
      const hash = hashBytes(content);
      const already = seen.get(hash) ?? target.pathWithContent(hash);
      if (already) {
        out.existing.push({ name: f.name, path: already });
        continue;
      }
      const path = await writeNew(root, plan.target, content);
      seen.set(hash, path);
      out.imported.push({ name: f.name, path });
    } catch (err) {
      reject(err instanceof ImportError ? err.message : `It could not be written (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
    } finally {
      tick();
    }
  }
  return out;
}

class ImportError extends Error {}

/** Bytes from base64, or the reason they cannot be used; the size is checked before decoding. */
function decodeBase64(data: string): Uint8Array | string {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  const size = (data.length / 4) * 3 - padding;
  if (size > MAX_DUMP_BYTES) return `The file is larger than ${MAX_DUMP_BYTES / 1024 / 1024} MB.`;
  if (data.length % 4 !== 0 || !BASE64.test(data)) return 'The file data arrived damaged (not valid base64).';
  if (size === 0) return 'The file is empty.';
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** Create `rel` (or the first free `rel (n)`) under root with O_EXCL; returns the path used. */
async function writeNew(root: string, rel: string, bytes: Uint8Array): Promise<string> {
  const parts = rel.split('/');
  const dir = await ensureFolders(root, parts.slice(0, -1));
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const candidate = withSuffix(rel, n);
    const leaf = candidate.slice(candidate.lastIndexOf('/') + 1);
    try {
      // 'wx' is O_CREAT|O_EXCL: it never follows a symlink planted at the leaf, nor overwrites.
      await writeFile(join(dir, leaf), bytes, { flag: 'wx' });
      return candidate;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new ImportError(`Every name from ${rel} to ${withSuffix(rel, MAX_SUFFIX)} is taken.`);
}

/**
 * Walk down from the workspace root one folder at a time: an existing step must be a real
 * folder (lstat, so a symlink is refused rather than followed, wherever it points), and a
 * missing one is created only after every step above it was checked. So nothing is created
 * anywhere before the whole destination is known to be inside the workspace.
 */
async function ensureFolders(root: string, folders: string[]): Promise<string> {
  let dir = root;
  for (let i = 0; i < folders.length; i++) {
    const shown = folders.slice(0, i + 1).join('/');
    dir = join(dir, folders[i]);
    if (!inside(root, dir)) throw new ImportError('The target folder leads outside the workspace.');
    let st = await lstat(dir).catch(() => null);
    if (!st) {
      try {
        await mkdir(dir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
          throw new ImportError(`The folder ${shown} could not be created (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
      st = await lstat(dir);
    }
    if (st.isSymbolicLink()) throw new ImportError(`${shown} is a link to another folder; Dossier does not import through links.`);
    if (!st.isDirectory()) throw new ImportError(`${shown} is a file, not a folder, so nothing can be put inside it.`);
  }
  // Belt and braces: after resolution the folder is still under the workspace.
  const real = await realpath(dir);
  if (real !== root && !inside(root, real)) throw new ImportError('The target folder leads outside the workspace.');
  return real;
}

function inside(root: string, path: string): boolean {
  const r = relative(root, resolve(path));
  return r !== '' && !r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r);
}
