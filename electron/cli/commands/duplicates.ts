import type { CliContext } from '../context';
import { withDiscovery } from './search';

/**
 * `dossier duplicates <folder> --json` → `{"clusters":[{"id","stories":[{storyId,path,title}],"similarity"}]}`:
 * groups of the same story across dumps; similarity 1 means word-for-word copies.
 */
export async function duplicatesCommand(ctx: CliContext, folder: string): Promise<number> {
  const clusters = await withDiscovery(ctx, folder, (s) => s.discovery.duplicateClusters());
  if (ctx.json) ctx.print({ clusters });
  else if (!clusters.length) ctx.print('No near-duplicates found.');
  else {
    for (const c of clusters) {
      ctx.print(`${Math.round(c.similarity * 100)}% alike, ${c.stories.length} stories:`);
      for (const s of c.stories) ctx.print(`    ${s.title}  (${s.path})`);
    }
  }
  return 0;
}
