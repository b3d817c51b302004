import type { CliContext } from '../context';
import { withDiscovery } from './search';

/** `dossier related <folder> <storyId> --json` → `{"storyId","related":[{storyId,path,title,score,reason,kind}]}`. */
export async function relatedCommand(ctx: CliContext, folder: string, storyId: string): Promise<number> {
  const related = await withDiscovery(ctx, folder, (s) => s.discovery.related(storyId));
  if (ctx.json) ctx.print({ storyId, related });
  else if (!related.length) ctx.print('No related stories found.');
  else for (const r of related) ctx.print(`${r.score.toFixed(2).padStart(6)}  ${r.title}  (${r.path})\n        ${r.reason}`);
  return 0;
}
