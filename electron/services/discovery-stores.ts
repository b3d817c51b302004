import type { EntityOverrideData, EntityOverrides } from '../core/entities/types';
import { readDossierJson, writeDossierFile } from './store/dossier-dir';

/** Remembers which related-story suggestions an analyst dismissed. */
export interface DismissalStore {
  /** Story ids whose pairing with `id` was dismissed. */
  dismissedWith(id: string): Set<string>;
  add(a: string, b: string): Promise<void>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const other = (key: string, id: string) => {
  const [a, b] = key.split('|');
  return a === id ? b : b === id ? a : null;
};

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

/** Dismissed suggestions in `<folder>/.dossier/related-dismissals.json`, for use without the annotation store. */
export async function fileDismissals(folder: string): Promise<DismissalStore> {
  const raw = await readDossierJson<{ pairs?: unknown }>(folder, 'related-dismissals.json', {});
  const pairs = new Set(Array.isArray(raw.pairs) ? raw.pairs.filter((p): p is string => typeof p === 'string') : []);
  return {
    dismissedWith: (id) => new Set([...pairs].map((k) => other(k, id)).filter((x): x is string => x !== null)),
    add: async (a, b) => {
      pairs.add(pairKey(a, b));
      await writeDossierFile(folder, 'related-dismissals.json', JSON.stringify({ version: 1, pairs: [...pairs] }));
    },
  };
}
