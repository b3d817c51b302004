import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkLayers } from './layers';

/** `npm run lint`: fail on any import that crosses a runtime boundary. */
export function sourceFiles(root: string, dirs: string[]): { path: string; source: string }[] {
  const out: { path: string; source: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      // Dot folders are generated and git-ignored (bench/.corpus, bench/.built): not sources.
      if (statSync(abs).isDirectory()) {
        if (!name.startsWith('.')) walk(abs);
      } else if (/\.(ts|svelte|mjs|js)$/.test(name))
        out.push({ path: relative(root, abs).split(sep).join('/'), source: readFileSync(abs, 'utf8') });
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out;
}

const root = join(import.meta.dirname ?? '.', '..');
if (process.argv[1] && process.argv[1].endsWith('lint-layers.ts')) {
  const violations = checkLayers(sourceFiles(root, ['electron', 'renderer/src', 'bench', 'test']));
  for (const v of violations) console.error(`${v.file}:${v.line}: imports ${v.specifier} — ${v.why}`);
  console.error(violations.length ? `${violations.length} layering violations` : 'layers ok');
  process.exitCode = violations.length ? 1 : 0;
}
