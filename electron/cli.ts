import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from './cli/args';
import { createCliContext } from './cli/context';
import { ingestCommand } from './cli/commands/ingest';
import { DossierError } from './core/api/result';

/**
 * The headless `dossier` command over the same services as the app.
 * Exit codes: 0 done, 1 a failure the message explains, 2 bad usage.
 */
const USAGE = `Usage: dossier <command> [options]

Commands:
  ingest <folder> [--json]     read every dump and list its stories, noise and problems
`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  try {
    const args = parseArgs(rest, { switches: ['json'] });
    const ctx = createCliContext(args.switches.has('json'), join(root, 'resources/sample-library'));
    const need = (n: number, what: string) => {
      if (args.positionals.length < n) throw new UsageError(`${command}: missing ${what}`);
    };
    switch (command) {
      case 'ingest':
        need(1, '<folder>');
        return await ingestCommand(ctx, args.positionals[0]);
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`dossier: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof DossierError) {
      process.stderr.write(`dossier: ${err.message}\n`);
      if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ error: { code: err.code, message: err.message } })}\n`);
      return 1;
    }
    process.stderr.write(`dossier: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

const invoked = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invoked) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
