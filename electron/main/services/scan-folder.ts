import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDumpPath, isIgnoredPath } from '../../core/library/ignore';

/**
 * Every dump under `root`, as workspace-relative paths with `/` separators, sorted so a
 * listing is the same on every platform. Unreadable sub-folders are skipped, not fatal.
 */
export async function scanFolder(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(rel: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (isIgnoredPath(childRel)) continue;
      if (e.isDirectory()) await walk(childRel);
      else if (e.isFile() && isDumpPath(childRel)) found.push(childRel);
    }
  }
  await walk('');
  return found.sort();
}
