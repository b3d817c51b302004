/**
 * Which paths in a workspace are never dumps: Dossier's own folder, hidden files, and the
 * temp/lock files editors and browsers leave while writing (`~$x`, `.swp`, `.part`,
 * `.crdownload`). `rel` is relative to the workspace with `/` separators.
 */
const TEMP_SUFFIXES = ['.swp', '.swo', '.swx', '.part', '.crdownload', '.tmp', '.download', '~', '.lock'];

export function isIgnoredPath(rel: string): boolean {
  const parts = rel.split('/').filter(Boolean);
  if (parts.length === 0) return true;
  for (const p of parts) {
    if (p === '.dossier' || p.startsWith('.')) return true;
    if (p === 'node_modules') return true;
  }
  const name = parts[parts.length - 1];
  if (name.startsWith('~$') || name.startsWith('.~lock')) return true;
  const lower = name.toLowerCase();
  return TEMP_SUFFIXES.some((s) => lower.endsWith(s));
}

/** Files Dossier reads as dumps. Others in the folder are left alone, not reported. */
const DUMP_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm'];
const HTML_EXTENSIONS = ['.html', '.htm'];

/** Dumps read as web pages: their document text is derived from the markup, not the bytes as they are. */
export function isHtmlPath(rel: string): boolean {
  const lower = rel.toLowerCase();
  return HTML_EXTENSIONS.some((e) => lower.endsWith(e));
}

export function isDumpPath(rel: string): boolean {
  if (isIgnoredPath(rel)) return false;
  const lower = rel.toLowerCase();
  return DUMP_EXTENSIONS.some((e) => lower.endsWith(e));
}
