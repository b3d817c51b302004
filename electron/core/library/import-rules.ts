import { isIgnoredPath } from './ignore';

/**
 * What a drag-and-drop import does with each dropped file, decided from its name alone:
 * where it may go inside the workspace (never outside it) and how it is converted. Pages the
 * folder reads natively (`.html`, `.htm`) are copied as they are, so their markup stays for the
 * article reader and the raw view; only `.xhtml`, which the folder does not read, becomes text.
 */

type ImportKind = 'copy' | 'html';

type ImportPlan =
  { ok: true; kind: ImportKind; /** workspace-relative target, '/' separated */ target: string } | { ok: false; reason: string };

const COPY = ['.txt', '.text', '.md', '.html', '.htm'];
const HTML = ['.xhtml'];
const TEMP = ['.swp', '.swo', '.part', '.crdownload', '.tmp', '.download', '.lock', '~'];

/**
 * C0 and C1 controls (line breaks, tabs, escape…) and the bidi embedding, override and
 * isolate marks: a name holding one cannot be shown truthfully on one line (a newline
 * would start a new line in an export, U+202E shows `txt.exe` reversed).
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** UTF-8 bytes a single path segment may use: below every common file system's 255-byte limit, with room for a " (99)" suffix. */
const MAX_SEGMENT_BYTES = 200;

/**
 * Plan one dropped file. `name` is the file's path inside the drop ('/' separated, may
 * include folders). Anything that could escape the workspace (`..`, absolute paths, drive
 * letters) is refused; awkward but harmless names (spaces, Cyrillic, quotes) are kept.
 */
export function planImport(name: string, platform: NodeJS.Platform | string = 'linux'): ImportPlan {
  if (name.includes('\0')) return { ok: false, reason: 'The name contains a NUL character.' };
  if (CONTROL.test(name))
    return { ok: false, reason: 'The name contains a control character (such as a line break or tab); rename the file and drop it again.' };
  const raw = name.replace(/\\/g, '/');
  if (raw.startsWith('/') || /^[a-zA-Z]:(\/|$)/.test(raw))
    return { ok: false, reason: 'Absolute paths cannot be imported; drop the file itself.' };
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0) return { ok: false, reason: 'The file has no name.' };
  if (parts.includes('..')) return { ok: false, reason: 'The path leads outside the dropped folder ("..").' };
  const leaf = parts[parts.length - 1];
  if (parts.some((p) => p.startsWith('.'))) return { ok: false, reason: 'Hidden files and folders are not imported.' };
  const lower = leaf.toLowerCase();
  if (leaf.startsWith('~$') || TEMP.some((t) => lower.endsWith(t))) return { ok: false, reason: 'Temporary or lock file, not a dump.' };
  const kind: ImportKind | null = COPY.some((e) => lower.endsWith(e)) ? 'copy' : HTML.some((e) => lower.endsWith(e)) ? 'html' : null;
  if (!kind) {
    const ext = /\.[^.]+$/.exec(leaf)?.[0] ?? '(no extension)';
    return { ok: false, reason: `Unsupported file type ${ext}: Dossier imports .txt, .text, .md and .html pages.` };
  }
  const clean = parts.map((p) => cleanSegment(p, platform));
  if (kind === 'html') clean[clean.length - 1] = `${stem(clean[clean.length - 1])}.txt`;
  if (clean.some((p) => p === '')) return { ok: false, reason: 'The name has no usable characters.' };
  // Checked again on the cleaned name: trimming ` .dossier` must not make it Dossier's own folder.
  if (clean.some((p) => p.startsWith('.'))) return { ok: false, reason: 'Hidden files and folders are not imported.' };
  const target = clean.join('/');
  // The folder scan skips what the ignore rules skip; a file imported there would never show up.
  if (isIgnoredPath(target))
    return { ok: false, reason: `Dossier does not read files at ${target} (a tool or temporary folder), so it is not imported there.` };
  return { ok: true, kind, target };
}

/**
 * One path segment made safe to create: control characters dropped, a leading dash replaced
 * (so the file is never read as an option by command-line tools analysts run on the folder),
 * trailing dots and spaces trimmed, and on Windows the reserved characters and device names
 * avoided. Length is capped in UTF-8 bytes, keeping the extension.
 */
export function cleanSegment(segment: string, platform: NodeJS.Platform | string = 'linux'): string {
  let s = segment.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '');
  if (platform === 'win32') {
    s = s.replace(/[<>:"|?*]/g, '_');
    if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(s)) s = `_${s}`;
  }
  s = s
    .replace(/^-+/, (d) => '_'.repeat(d.length))
    .replace(/[. ]+$/, '')
    .trim();
  return capBytes(s, MAX_SEGMENT_BYTES);
}

/** `name (2).txt`, `name (3).txt`, … for the n-th attempt at a free name. */
export function withSuffix(target: string, n: number): string {
  if (n < 2) return target;
  const slash = target.lastIndexOf('/');
  const dir = target.slice(0, slash + 1);
  const leaf = target.slice(slash + 1);
  const dot = leaf.lastIndexOf('.');
  return dot > 0 ? `${dir}${leaf.slice(0, dot)} (${n})${leaf.slice(dot)}` : `${dir}${leaf} (${n})`;
}

function stem(leaf: string): string {
  const dot = leaf.lastIndexOf('.');
  return dot > 0 ? leaf.slice(0, dot) : leaf;
}

function capBytes(s: string, max: number): string {
  const enc = new TextEncoder();
  if (enc.encode(s).length <= max) return s;
  const dot = s.lastIndexOf('.');
  const ext = dot > 0 && s.length - dot <= 12 ? s.slice(dot) : '';
  let base = [...s.slice(0, s.length - ext.length)];
  while (base.length > 0 && enc.encode(base.join('') + ext).length > max) base = base.slice(0, -1);
  return base.join('').trimEnd() + ext;
}

/**
 * Bytes that are clearly not a text dump: a NUL without a UTF-16 byte-order mark, or the
 * signature of a PDF, image or archive. The text pipeline flags subtler cases itself.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sig = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  if (
    sig(0x25, 0x50, 0x44, 0x46) ||
    sig(0x89, 0x50, 0x4e, 0x47) ||
    sig(0xff, 0xd8, 0xff) ||
    sig(0x47, 0x49, 0x46, 0x38) ||
    sig(0x50, 0x4b, 0x03, 0x04)
  )
    return true;
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

/** One dropped file as the renderer sends it: its path inside the drop and its bytes in base64. */
export interface DroppedFile {
  name: string;
  data: string;
}

/** What an import did with each dropped file. */
export interface ImportResult {
  /** Copied (or converted from HTML) into the workspace at `path`. */
  imported: { name: string; path: string }[];
  /** The same bytes are already in the workspace at `path`: open that instead. `storyId` is its first story. */
  existing: { name: string; path: string; storyId: string | null }[];
  rejected: { name: string; reason: string }[];
}
