import { mkdtempSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DossierError } from '../../core/errors';

/**
 * The sample library as the app opens it. The bundled folder ships inside the app, which is
 * read-only once installed (and must stay as shipped: an update replaces it, a signature may
 * cover it), so it is never opened in place: the first time the sample is opened it is
 * copied to `<dataFolder>/sample-library`, and that copy, with its `.dossier/` of
 * annotations, is what every later session opens.
 */
export class SampleLibrary {
  private copy: string | null;
  private readonly hasDataFolder: boolean;

  /** `dataFolder`: the user's data folder; without one (tests, one-shot tools) a temp folder of this process. */
  constructor(
    private readonly bundled: string,
    dataFolder?: string,
  ) {
    this.copy = dataFolder ? join(resolve(dataFolder), 'sample-library') : null;
    this.hasDataFolder = this.copy !== null;
  }

  /** True for the copy the app works on (shown as "Sample library"). */
  isCopy(folder: string): boolean {
    return this.copy !== null && resolve(folder) === this.copy;
  }

  /**
   * True for the bundled folder itself, however it is spelled (`..`, a trailing slash, a link
   * to it), when there is a data folder to hold its copy: opening it in place would write
   * `.dossier/` inside the installed app. (Without one, as in tests and one-shot tools, the
   * "sample" is often just the folder being worked on.)
   */
  async isBundled(folder: string): Promise<boolean> {
    if (!this.hasDataFolder) return false;
    if (resolve(folder) === resolve(this.bundled)) return true;
    const [a, b] = await Promise.all([realpath(folder).catch(() => null), realpath(this.bundled).catch(() => null)]);
    return a !== null && a === b;
  }

  /** The folder to open as the sample: the copy, made now if it does not exist yet. */
  async prepare(): Promise<string> {
    this.copy ??= join(mkdtempSync(join(tmpdir(), 'dossier-data-')), 'sample-library');
    return ensureSampleCopy(this.bundled, this.copy);
  }
}

/**
 * Copy `bundled` to `copy` unless `copy` already exists (it then holds the analyst's
 * annotations and is left alone). The copy is written beside its final name and renamed
 * into place, so a crash never leaves half a library that later opens count as made.
 * Files are created with ordinary permissions (a read-only install must not yield a
 * read-only copy); hidden entries (a stray `.dossier/` from a development run) and links
 * are not copied.
 */
export async function ensureSampleCopy(bundled: string, copy: string): Promise<string> {
  const existing = await lstat(copy).catch(() => null);
  if (existing?.isDirectory()) return copy;
  if (existing)
    throw new DossierError(
      'sample-unavailable',
      `${copy} is in the way of the sample library's copy (it is not a folder). Move it away and open the sample again.`,
    );
  const parent = dirname(copy);
  try {
    await mkdir(parent, { recursive: true });
    await removeLeftovers(parent, basename(copy));
    const partial = `${copy}.${process.pid}.${Date.now()}.partial`;
    await copyTree(bundled, partial);
    try {
      await rename(partial, copy);
    } catch (err) {
      await rm(partial, { recursive: true, force: true });
      // Another window made the copy first: use that one.
      if (!(await lstat(copy).catch(() => null))?.isDirectory()) throw err;
    }
    return copy;
  } catch (err) {
    if (err instanceof DossierError) throw err;
    throw new DossierError(
      'sample-unavailable',
      `The sample library could not be copied to ${copy} (${(err as NodeJS.ErrnoException).code ?? 'error'}). Check that Dossier may write to that folder.`,
    );
  }
}

async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to);
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    if (entry.isDirectory()) await copyTree(src, dst);
    else if (entry.isFile()) await writeFile(dst, await readFile(src), { flag: 'wx' });
  }
}

/** Partial copies a crash left behind (`<name>.<pid>.<time>.partial`). */
async function removeLeftovers(parent: string, name: string): Promise<void> {
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`${name}.`) && entry.endsWith('.partial')) await rm(join(parent, entry), { recursive: true, force: true });
  }
}
