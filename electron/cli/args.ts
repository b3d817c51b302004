/**
 * A small argv parser for the `dossier` command: positionals, `--flag value`, repeated
 * flags collected into arrays, and boolean switches. Unknown flags are errors, so a typo
 * never silently changes what a script does.
 */
interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[]>;
  switches: Set<string>;
}

export function parseArgs(argv: string[], spec: { values?: string[]; switches?: string[] }): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const switches = new Set(spec.switches ?? []);
  const out: ParsedArgs = { positionals: [], flags: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      for (let j = i + 1; j < argv.length; j++) out.positionals.push(argv[j]);
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (switches.has(name)) out.switches.add(name);
      else if (values.has(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new UsageError(`--${name} needs a value`);
        out.flags.set(name, [...(out.flags.get(name) ?? []), v]);
      } else throw new UsageError(`unknown option --${name}`);
    } else out.positionals.push(a);
  }
  return out;
}

export class UsageError extends Error {}
