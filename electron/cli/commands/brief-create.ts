import { resolve } from 'node:path';
import type { Paper } from '../../core/briefs/model';
import type { CliContext } from '../context';
import { refuseIfReadOnly } from './annotate';

interface BriefCreateOptions {
  title: string;
  tags: string[];
  author?: string;
  handling?: string;
  summary?: string;
  paper?: Paper;
  appendix: boolean;
}

/**
 * `dossier brief create <folder> --title "<t>" [--tag <tag>]... --json`: the scripted daily
 * brief. Every highlight carrying one of the tags (or a tag below one), one section per
 * story, stories in published-date order. Prints `{"briefId": ...}`; the brief is saved in
 * the workspace like one made in the app, so it can be edited there and exported here.
 */
export async function briefCreateCommand(ctx: CliContext, folder: string, o: BriefCreateOptions): Promise<number> {
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
    await services.annotations.close();
  }
}
