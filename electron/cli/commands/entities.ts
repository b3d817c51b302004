import type { CliContext } from '../context';
import type { EntityKind } from '../../core/entities/types';
import { withDiscovery } from './search';

/** `dossier entities <folder> [--kind person|place|org] --json` → `{"entities":[{id,kind,name,aliases,stories,mentions}]}`. */
export async function entitiesCommand(ctx: CliContext, folder: string, kind?: EntityKind): Promise<number> {
  const entities = await withDiscovery(ctx, folder, (s) => s.discovery.listEntities(kind, 5000));
  if (ctx.json) ctx.print({ entities });
  else
    for (const e of entities)
      ctx.print(
        `${e.kind.padEnd(6)} ${e.name}  (${e.stories} stories${e.aliases.length > 1 ? `; also ${e.aliases.filter((a) => a !== e.name).join(', ')}` : ''})`,
      );
  return 0;
}
