import type { CliContext } from '../context';
import type { TimelineUnit } from '../../core/related/timeline';
import { withDiscovery } from './search';

/**
 * `dossier timeline <folder> [--query "<q>"] [--by day|week|month] --json` →
 * `{"buckets":[{"start":"YYYY-MM-DD","count":N,"storyIds":[…]}],"undated":[storyId,…]}`: stories
 * by published date (never the file's date), oldest first; weeks start on Monday.
 */
export async function timelineCommand(ctx: CliContext, folder: string, query: string, by: TimelineUnit): Promise<number> {
  const t = await withDiscovery(ctx, folder, (s) => s.discovery.timeline(query, by));
  for (const w of t.warnings) ctx.warn(`dossier: ${w}`);
  const buckets = t.groups.map((g) => ({ start: g.from, count: g.stories.length, storyIds: g.stories.map((s) => s.id) }));
  const undated = t.undated.map((s) => s.id);
  if (ctx.json) ctx.print({ buckets, undated });
  else {
    for (const g of t.groups) ctx.print(`${g.label.padEnd(28)} ${String(g.stories.length).padStart(5)}`);
    if (undated.length) ctx.print(`${'no date'.padEnd(28)} ${String(undated.length).padStart(5)}`);
  }
  return 0;
}
