import type { EntityOverrideData, EntityOverrides } from '../../core/entities/types';
import { readDossierJson, writeDossierFile } from '../store/dossier-dir';

/** Remembers which related-story suggestions an analyst dismissed (the annotation store keeps them). */
export interface DismissalStore {
  /** Story ids whose pairing with `id` was dismissed. */
  dismissedWith(id: string): Set<string>;
  add(a: string, b: string): Promise<void>;
}

/**
 * File-backed entity corrections in `<folder>/.dossier/entity-overrides.json`, so manual
 * merges and splits work without the annotation database and travel with the folder.
 * A corrupt file is treated as empty rather than stopping the workspace from opening.
 */
export async function fileEntityOverrides(folder: string): Promise<EntityOverrides> {
  const raw = await readDossierJson<Partial<EntityOverrideData>>(folder, 'entity-overrides.json', {});
  let data: EntityOverrideData = {
    merges: Array.isArray(raw.merges) ? raw.merges.filter((m) => typeof m?.from === 'string' && typeof m?.into === 'string') : [],
    splits: Array.isArray(raw.splits) ? raw.splits.filter((s) => typeof s?.entity === 'string' && typeof s?.alias === 'string') : [],
  };
  return {
    get: () => data,
    save: async (next) => {
      await writeDossierFile(folder, 'entity-overrides.json', JSON.stringify({ version: 1, ...next }, null, 1));
      data = next;
    },
  };
}
