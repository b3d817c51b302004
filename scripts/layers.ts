import { builtinModules } from 'node:module';
import { posix } from 'node:path';

/**
 * The layering rules, as data. Each folder names the runtime its files run in; an import that
 * reaches into a layer it may not use is a bug waiting for a platform we cannot test here
 * (core in a worker, services in the CLI, the preload in a sandbox). Relative imports and the
 * `@core/` alias are resolved to repository paths first, the way VS Code's `code-layering`
 * rule does, so `../../main/ipc` is caught as surely as a package name.
 */
interface Layer {
  name: string;
  /** Files in this layer (path prefix, `/` separated, relative to the repo). */
  root: string;
  /** Layers (by name) whose files this layer may import; its own files always. */
  mayImport: string[];
  /** Within a permitted layer, only these path prefixes (e.g. preload → core/api/names). */
  only?: Record<string, string[]>;
  /** Packages that may not be imported at run time (exact, or prefix before `/`); `node:` = every Node built-in. */
  forbidPackages: string[];
  why: string;
}

const FRAMEWORKS = ['electron', 'svelte', 'lowdb', 'steno', '@parcel/watcher', 'playwright-core'];

const LAYERS: Layer[] = [
  {
    name: 'core',
    root: 'electron/core/',
    mayImport: [],
    forbidPackages: [...FRAMEWORKS, 'node:'],
    why: 'core is pure TypeScript: no I/O, no Node built-ins, no framework; it runs unchanged in workers, the CLI, the app and the renderer',
  },
  {
    name: 'services',
    root: 'electron/services/',
    mayImport: ['core'],
    forbidPackages: ['electron', 'svelte'],
    why: 'services are plain Node: the CLI and the e2e bridge run them where there is no Electron',
  },
  {
    name: 'main',
    root: 'electron/main/',
    mayImport: ['services', 'core'],
    forbidPackages: ['svelte'],
    why: 'the Electron shell sits on the services and the core, never on the renderer or the CLI',
  },
  {
    name: 'preload',
    root: 'electron/preload/',
    mayImport: ['core'],
    only: { core: ['electron/core/api/names'] },
    forbidPackages: ['lowdb', '@parcel/watcher', 'svelte', 'node:'],
    why: 'the sandboxed preload bundles only electron and the API names',
  },
  {
    name: 'cli',
    root: 'electron/cli/',
    mayImport: ['services', 'core'],
    forbidPackages: ['electron', 'svelte'],
    why: 'the headless CLI runs the services without Electron',
  },
  {
    name: 'renderer',
    root: 'renderer/',
    mayImport: ['core'],
    forbidPackages: ['electron', 'lowdb', 'steno', '@parcel/watcher', 'playwright-core', 'node:'],
    why: 'the renderer is a sandboxed web page: it uses core types and pure helpers and reaches main only through lib/api.ts',
  },
  {
    name: 'support',
    root: 'test/support/',
    mayImport: ['services', 'core'],
    forbidPackages: ['electron', 'svelte'],
    why: 'test/support holds the helpers the tests and the bench share (PRNG, Chromium harness, crash driver), so it leans on neither',
  },
  {
    name: 'bench-tests',
    root: 'test/bench/',
    mayImport: ['bench', 'support', 'cli', 'services', 'core'],
    forbidPackages: ['electron'],
    why: "test/bench tests the bench's own code, the one place tests reach into bench/",
  },
  {
    // After support and bench-tests: the first layer whose root matches a file is its layer.
    name: 'tests',
    root: 'test/',
    mayImport: ['support', 'renderer', 'cli', 'preload', 'main', 'services', 'core'],
    forbidPackages: [],
    why: 'tests outside test/bench may not import bench/: what both need lives in test/support',
  },
  {
    name: 'bench',
    root: 'bench/',
    mayImport: ['support', 'renderer', 'cli', 'main', 'services', 'core'],
    forbidPackages: ['electron'],
    why: 'the bench runs in plain Node and may use test/ only through test/support',
  },
];

interface Violation {
  file: string;
  line: number;
  specifier: string;
  why: string;
}

/** Path aliases, as in every tsconfig and vite config. */
const ALIASES: Record<string, string> = { '@core/': 'electron/core/' };

const IMPORT_RE =
  /(?:^|[\s;>{}])(?:import|export)\s+(type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

/** The layer of a file, or of a folder import (`../cli` means `cli/index`, inside `electron/cli/`). */
function layerOf(path: string): Layer | undefined {
  return LAYERS.find((l) => path.startsWith(l.root) || `${path}/` === l.root);
}

/** The repository path a specifier points at, or null for a package. */
export function resolveSpecifier(fromFile: string, spec: string): string | null {
  for (const [alias, target] of Object.entries(ALIASES)) if (spec.startsWith(alias)) return target + spec.slice(alias.length);
  if (spec.startsWith('./') || spec.startsWith('../')) return posix.normalize(posix.join(posix.dirname(fromFile), spec));
  return null;
}

function packageForbidden(spec: string, forbidden: string[]): boolean {
  return forbidden.some((f) => {
    if (f === 'node:') return spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]);
    return spec === f || spec.startsWith(`${f}/`);
  });
}

/** Why `spec` imported from `file` (in `layer`) breaks the layering, or null when it is fine. */
function check(layer: Layer, file: string, spec: string, typeOnly: boolean): string | null {
  const target = resolveSpecifier(file, spec);
  if (target === null) return !typeOnly && packageForbidden(spec, layer.forbidPackages) ? layer.why : null;
  if (target.startsWith('..')) return 'imports outside the repository';
  const to = layerOf(target);
  // A path into the source tree that is in no layer is a typo or a file in the wrong place.
  if (!to) return /^(electron|renderer)\//.test(target) ? `${target} is in no layer` : null;
  if (to === layer) return null;
  if (!layer.mayImport.includes(to.name)) return `${layer.name} may not import ${to.name}: ${layer.why}`;
  const only = layer.only?.[to.name];
  if (only && !only.some((p) => target === p || target.startsWith(`${p}.`) || target.startsWith(`${p}/`))) {
    return `${layer.name} may import only ${only.join(', ')} from ${to.name}: ${layer.why}`;
  }
  return null;
}

/** Every import in the given sources that crosses into a layer it may not use. */
export function checkLayers(files: { path: string; source: string }[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    const layer = layerOf(f.path);
    if (!layer) continue;
    for (const m of f.source.matchAll(IMPORT_RE)) {
      const spec = m[2] ?? m[3];
      if (!spec) continue;
      const why = check(layer, f.path, spec, Boolean(m[1]));
      if (why) out.push({ file: f.path, line: f.source.slice(0, m.index).split('\n').length, specifier: spec, why });
    }
    if (layer.name === 'renderer' && !f.path.endsWith('renderer/src/lib/api.ts') && /window\.dossier\b/.test(f.source)) {
      out.push({ file: f.path, line: 0, specifier: 'window.dossier', why: 'only renderer/src/lib/api.ts may touch window.dossier' });
    }
  }
  return out;
}
