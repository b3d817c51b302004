import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from './args';
import { createCliContext, type CliContext, type CliIo } from './context';
import { ingestCommand } from './commands/ingest';
import { annotateCommand } from './commands/annotate';
import { verifyCommand } from './commands/verify';
import { exportCommand } from './commands/export';
import { briefCreateCommand, briefCreateOptions } from './commands/brief-create';
import { exportBriefCommand, exportFormat } from './commands/export-brief';
import { searchCommand } from './commands/search';
import { relatedCommand } from './commands/related';
import { duplicatesCommand } from './commands/duplicates';
import { entitiesCommand } from './commands/entities';
import { storylinesCommand } from './commands/storylines';
import { timelineCommand } from './commands/timeline';
import { DossierError } from '../core/errors';

/**
 * The headless `dossier` command over the same services as the app.
 * Exit codes: 0 done, 1 a failure the message explains, 2 bad usage.
 */
const USAGE = `Usage: dossier <command> [options]

Commands:
  ingest <folder> [--json] [--with-text]
                               read every dump and list its stories, noise and problems;
                               --with-text adds each file's document text (offsets index it)
  annotate <folder> --story <id> --exact "<text>" [--color c] [--tag t]... [--note n] [--json]
                               highlight the first occurrence of the text in the story
  verify <folder> [--json]     re-anchor every highlight; count ok, moved and orphaned
  export <folder> [--json]     print every annotation with its anchoring status
  brief create <folder> --title "<t>" [--tag <tag>]... [--author a] [--handling h] [--summary s]
               [--paper A4|Letter] [--appendix] [--json]
                               a brief of every highlight carrying a tag: one section per story,
                               stories in published-date order; prints {"briefId": ...}
  export-brief <folder> <briefId> --format pdf|html|md|json --out <file> [--json]
                               write a brief; PDF prints through Chromium (CHROME_PATH or PATH)
  search <folder> "<query>" [--limit n] [--json]
                               full-text search: words, "phrases", -exclude, tag: entity: source:
                               after: before: file: has:highlight lang:; results, snippets, facets
  related <folder> <storyId> [--json]
                               up to 10 related stories with a score and the reason
  duplicates <folder> [--json] groups of near-duplicate stories across dumps, with similarity
  entities <folder> [--kind person|place|org] [--json]
                               people, places and organizations with aliases and story counts
  storylines <folder> [--json] stories about one event across dumps and outlets, with dates and outlets
  timeline <folder> [--query "<q>"] [--by day|week|month] [--json]
                               stories per day, week (from Monday) or month by published date
`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Run one `dossier` command and resolve with its exit code once it is finished, background
 * work included, and the workspace is released. Output goes to `io`, so tests can run
 * commands in-process; nothing here calls process.exit.
 */
export async function main(argv: string[], io: CliIo = process): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    io.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  let ctx: CliContext | null = null;
  try {
    const args = parseArgs(rest, {
      values: [
        'story',
        'exact',
        'color',
        'tag',
        'note',
        'title',
        'author',
        'handling',
        'summary',
        'paper',
        'format',
        'out',
        'limit',
        'kind',
        'query',
        'by',
      ],
      switches: ['json', 'appendix', 'with-text'],
    });
    ctx = createCliContext(args.switches.has('json'), join(root, 'resources/sample-library'), io);
    const need = (n: number, what: string) => {
      if (args.positionals.length < n) throw new UsageError(`${command}: missing ${what}`);
    };
    switch (command) {
      case 'ingest':
        need(1, '<folder>');
        return await ingestCommand(ctx, args.positionals[0], { withText: args.switches.has('with-text') });
      case 'annotate': {
        need(1, '<folder>');
        const one = (f: string) => args.flags.get(f)?.at(-1);
        const story = one('story');
        const exact = one('exact');
        if (!story || !exact) throw new UsageError('annotate: --story <id> and --exact "<text>" are required');
        return await annotateCommand(ctx, args.positionals[0], {
          story,
          exact,
          color: one('color'),
          note: one('note'),
          tags: args.flags.get('tag') ?? [],
        });
      }
      case 'verify':
        need(1, '<folder>');
        return await verifyCommand(ctx, args.positionals[0]);
      case 'export':
        need(1, '<folder>');
        return await exportCommand(ctx, args.positionals[0]);
      case 'brief': {
        if (args.positionals[0] !== 'create') throw new UsageError('brief: the only subcommand is `brief create <folder> --title "<t>"`');
        if (args.positionals.length < 2) throw new UsageError('brief create: missing <folder>');
        const one = (f: string) => args.flags.get(f)?.at(-1);
        const title = one('title');
        if (!title?.trim()) throw new UsageError('brief create: --title "<title>" is required');
        const paper = one('paper');
        if (paper !== undefined && paper !== 'A4' && paper !== 'Letter') throw new UsageError('--paper must be A4 or Letter');
        const options = briefCreateOptions({
          title,
          tags: args.flags.get('tag') ?? [],
          author: one('author'),
          handling: one('handling'),
          summary: one('summary'),
          paper,
          appendix: args.switches.has('appendix'),
        });
        return await briefCreateCommand(ctx, args.positionals[1], options);
      }
      case 'export-brief': {
        need(2, '<folder> <briefId>');
        const out = args.flags.get('out')?.at(-1);
        if (!out) throw new UsageError('export-brief: --out <file> is required');
        return await exportBriefCommand(ctx, args.positionals[0], args.positionals[1], exportFormat(args.flags.get('format')?.at(-1)), out);
      }
      case 'search': {
        need(2, '<folder> "<query>"');
        const limit = Number(args.flags.get('limit')?.at(-1) ?? 20);
        if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit must be a whole number from 1 to 500');
        return await searchCommand(ctx, args.positionals[0], args.positionals[1], limit);
      }
      case 'related':
        need(2, '<folder> <storyId>');
        return await relatedCommand(ctx, args.positionals[0], args.positionals[1]);
      case 'duplicates':
        need(1, '<folder>');
        return await duplicatesCommand(ctx, args.positionals[0]);
      case 'entities': {
        need(1, '<folder>');
        const kind = args.flags.get('kind')?.at(-1);
        if (kind !== undefined && kind !== 'person' && kind !== 'place' && kind !== 'org')
          throw new UsageError('--kind must be person, place or org');
        return await entitiesCommand(ctx, args.positionals[0], kind);
      }
      case 'storylines':
        need(1, '<folder>');
        return await storylinesCommand(ctx, args.positionals[0]);
      case 'timeline': {
        need(1, '<folder>');
        const by = args.flags.get('by')?.at(-1) ?? 'day';
        if (by !== 'day' && by !== 'week' && by !== 'month') throw new UsageError('--by must be day, week or month');
        return await timelineCommand(ctx, args.positionals[0], args.flags.get('query')?.at(-1) ?? '', by);
      }
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`dossier: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof DossierError) {
      io.stderr.write(`dossier: ${err.message}\n`);
      if (argv.includes('--json')) io.stdout.write(`${JSON.stringify({ error: { code: err.code, message: err.message } })}\n`);
      return 1;
    }
    io.stderr.write(`dossier: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  } finally {
    await ctx
      ?.close()
      .catch((err: unknown) =>
        io.stderr.write(`dossier: could not release the workspace cleanly: ${err instanceof Error ? err.message : String(err)}\n`),
      );
  }
}

const invoked = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invoked) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
