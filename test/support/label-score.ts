import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../../electron/core/entities/extract';
import { nameKey } from '../../electron/core/entities/name-key';
import type { StoryEntity } from '../../electron/core/entities/types';

export const FIXTURES = fileURLToPath(new URL('../fixtures/discovery', import.meta.url));

/** Precision and recall of the extractor against the hand labels in entity-labels.json. */
export function scoreAgainstLabels(): { precision: number; recall: number; misses: string[]; extras: string[] } {
  const labels = JSON.parse(readFileSync(join(FIXTURES, 'entity-labels.json'), 'utf8')) as Record<string, string[][]>;
  let tp = 0;
  let predicted = 0;
  let wanted = 0;
  let found = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
    const gold = labels[file];
    if (!gold) continue;
    const got: StoryEntity[] = extractEntities(readFileSync(join(FIXTURES, file), 'utf8'));
    const goldKeys = gold.map(([kind, ...names]) => ({ kind, keys: new Set(names.map(nameKey)) }));
    const same = (e: StoryEntity, g: { kind: string; keys: Set<string> }) =>
      e.kind === g.kind && (g.keys.has(e.key) || e.surfaces.some((s) => g.keys.has(nameKey(s))));
    predicted += got.length;
    for (const e of got) {
      if (goldKeys.some((g) => same(e, g))) tp++;
      else extras.push(`${file}: ${e.kind} ${e.name}`);
    }
    wanted += gold.length;
    goldKeys.forEach((g, i) => {
      if (got.some((e) => same(e, g))) found++;
      else misses.push(`${file}: ${gold[i][0]} ${gold[i][1]}`);
    });
  }
  return { precision: tp / Math.max(1, predicted), recall: found / Math.max(1, wanted), misses, extras };
}
