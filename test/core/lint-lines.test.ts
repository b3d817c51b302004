import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { LINE_DIRS, longLines, MAX_LINE } from '../../scripts/lint-lines';
import { sourceFiles } from '../../scripts/lint-layers';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('line length lint', () => {
  it('flags a planted line over 160 characters with its file and line', () => {
    const source = `const a = 1;\nconst s = '${'x'.repeat(MAX_LINE)}';\n`;
    expect(longLines([{ path: 'electron/x.ts', source }])).toEqual([{ file: 'electron/x.ts', line: 2, length: MAX_LINE + 13 }]);
  });

  it('passes a line of exactly 160 characters, CRLF endings included', () => {
    const line = 'x'.repeat(MAX_LINE);
    expect(longLines([{ path: 'test/x.ts', source: `${line}\r\n${line}\n` }])).toEqual([]);
  });

  it('counts characters, not UTF-8 bytes', () => {
    expect(longLines([{ path: 'bench/x.ts', source: 'Ж'.repeat(MAX_LINE) }])).toEqual([]);
    expect(longLines([{ path: 'bench/x.ts', source: 'Ж'.repeat(MAX_LINE + 1) }])).toHaveLength(1);
  });

  it('covers scripts and the other source folders', () => {
    const files = sourceFiles(root, LINE_DIRS);
    expect(files.some((f) => f.path === 'scripts/lint-lines.ts')).toBe(true);
    expect(files.some((f) => f.path.startsWith('renderer/src/') && f.path.endsWith('.svelte'))).toBe(true);
  });
});
