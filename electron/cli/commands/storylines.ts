import type { CliContext } from '../context';
import { withDiscovery } from './search';

/**
 * `dossier storylines <folder> --json` → `{"storylines":[{"id","label","stories":[storyId,…],"first","last","sources"}]}`:
 * stories about one event across dumps and outlets, oldest first; a story is in at most one,
 * and stories in none are left out.
 */
export async function storylinesCommand(ctx: CliContext, folder: string): Promise<number> {
  const storylines = await withDiscovery(ctx, folder, (s) => s.discovery.listStorylines());
  if (ctx.json) ctx.print({ storylines });
  else if (!storylines.length) ctx.print('No storylines found.');
  else
    for (const l of storylines)
      ctx.print(`${l.first ?? '?'} – ${l.last ?? '?'}  ${l.label}  (${l.stories.length} stories; ${l.sources.join(', ') || 'no source'})`);
  return 0;
}
