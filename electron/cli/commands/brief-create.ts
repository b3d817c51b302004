import { resolve } from 'node:path';
import * as v from 'valibot';
import { CreateFromTagsSchema, type CreateFromTagsArgs } from '../../core/briefs/build-from-tags';
import { UsageError } from '../args';
import type { CliContext } from '../context';
import { refuseIfReadOnly } from './annotate';

/**
 * Check `brief create`'s options against the schema `briefs.createFromTags` uses, so the CLI
 * refuses what the app refuses (an empty tag would otherwise mean "every highlight") before
 * it touches the workspace. The error names the flag.
 */
export function briefCreateOptions(raw: Record<keyof CreateFromTagsArgs, unknown>): CreateFromTagsArgs {
  const r = v.safeParse(CreateFromTagsSchema, raw);
  if (r.success) return r.output;
  const issue = r.issues[0];
  const flag = issue.path?.[0]?.key;
  throw new UsageError(`brief create: ${typeof flag === 'string' ? `--${flag === 'tags' ? 'tag' : flag}: ` : ''}${issue.message}`);
}

/**
 * `dossier brief create <folder> --title "<t>" [--tag <tag>]... --json`: the scripted daily
 * brief. Every highlight carrying one of the tags (or a tag below one), one section per
 * story, stories in published-date order. Prints `{"briefId": ...}`; the brief is saved in
 * the workspace like one made in the app, so it can be edited there and exported here.
 */
export async function briefCreateCommand(ctx: CliContext, folder: string, o: CreateFromTagsArgs): Promise<number> {
  const services = ctx.services();
  await services.workspace.open(resolve(folder));
  try {
    refuseIfReadOnly(services.annotations.status());
    const brief = await services.briefs.createFromTags(o);
    const quotes = brief.sections.reduce((n, s) => n + s.items.filter((i) => i.kind === 'highlight').length, 0);
    if (ctx.json) ctx.print({ briefId: brief.id, title: brief.title, sections: brief.sections.length, quotes });
    else ctx.print(`${brief.id}  "${brief.title}": ${quotes} quotes in ${brief.sections.length} sections`);
    return 0;
  } finally {
    await services.annotations.stop();
  }
}
