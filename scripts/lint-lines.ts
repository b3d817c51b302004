import { join } from 'node:path';
import { sourceFiles } from './lint-layers';

/** The longest source line the lint accepts; Prettier wraps at 140, so only unbreakable text gets near it. */
export const MAX_LINE = 160;

/** Folders the line check covers, relative to the repository. */
export const LINE_DIRS = ['electron', 'renderer/src', 'test', 'bench', 'scripts'];

/** One line over {@link MAX_LINE} characters. */
export interface LongLine {
  file: string;
  line: number;
  length: number;
}

/**
 * Lines longer than `max` characters (code points, so a Cyrillic line is judged by what an editor
 * shows, not by its UTF-8 bytes).
 */
export function longLines(files: { path: string; source: string }[], max = MAX_LINE): LongLine[] {
  const out: LongLine[] = [];
  for (const f of files) {
    f.source.split(/\r?\n/).forEach((text, i) => {
      const length = [...text].length;
      if (length > max) out.push({ file: f.path, line: i + 1, length });
    });
  }
  return out;
}

const root = join(import.meta.dirname ?? '.', '..');
if (process.argv[1] && process.argv[1].endsWith('lint-lines.ts')) {
  const found = longLines(sourceFiles(root, LINE_DIRS));
  for (const l of found) console.error(`${l.file}:${l.line}: ${l.length} characters (at most ${MAX_LINE})`);
  console.error(found.length ? `${found.length} lines over ${MAX_LINE} characters` : 'line lengths ok');
  process.exitCode = found.length ? 1 : 0;
}
