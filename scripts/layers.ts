/**
 * The layering rules, as data. Each folder says which runtime its files live in; an import
 * that crosses into the wrong runtime is a bug waiting for a platform we cannot test here.
 */
export interface Rule {
  /** Files this rule applies to (path prefix, `/` separated, relative to the repo). */
  scope: string;
  /** Paths exempt from the rule within its scope. */
  except?: string[];
  /** Module specifiers (exact or prefix followed by `/`) that may not be imported. */
  forbid: string[];
  why: string;
}

export const RULES: Rule[] = [
  {
    scope: 'electron/core/',
    forbid: ['electron', 'svelte', 'lowdb', 'steno', 'chokidar', 'playwright-core'],
    why: 'core is framework-free: it runs unchanged in plain Node tests, the CLI and the app',
  },
  {
    scope: 'electron/main/services/',
    forbid: ['electron', 'svelte'],
    why: 'services run in the CLI and the e2e bridge, where there is no Electron',
  },
  {
    scope: 'electron/preload/',
    forbid: ['lowdb', 'chokidar', 'svelte', 'node:fs', 'fs'],
    why: 'the sandboxed preload may only use electron and its own bundled code',
  },
  {
    scope: 'renderer/',
    forbid: ['electron', 'lowdb', 'chokidar', 'node:', 'fs', 'path', 'child_process'],
    why: 'the renderer is a sandboxed web page; it reaches main only through lib/api.ts',
  },
];

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  why: string;
}

const IMPORT_RE = /(?:^|[\s;>])(?:import|export)\s+(type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

function matches(spec: string, forbidden: string): boolean {
  if (forbidden.endsWith(':')) return spec.startsWith(forbidden);
  return spec === forbidden || spec.startsWith(`${forbidden}/`);
}

/** Every forbidden import in the given sources. Type-only imports are allowed (erased). */
export function checkLayers(files: { path: string; source: string }[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    for (const rule of RULES) {
      if (!f.path.startsWith(rule.scope) || rule.except?.some((e) => f.path.startsWith(e))) continue;
      for (const m of f.source.matchAll(IMPORT_RE)) {
        if (m[1]) continue;
        const spec = m[2] ?? m[3];
        if (!spec) continue;
        if (rule.forbid.some((x) => matches(spec, x))) {
          const line = f.source.slice(0, m.index).split('\n').length;
          out.push({ file: f.path, line, specifier: spec, why: rule.why });
        }
      }
    }
    if (f.path.startsWith('renderer/') && !f.path.endsWith('renderer/src/lib/api.ts') && /window\.dossier\b/.test(f.source)) {
      out.push({ file: f.path, line: 0, specifier: 'window.dossier', why: 'only renderer/src/lib/api.ts may touch window.dossier' });
    }
  }
  return out;
}
