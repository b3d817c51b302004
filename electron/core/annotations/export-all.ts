import { listFixes } from './fixes';
import { sortByPosition } from './highlights';
import type { AnnotationData } from './model';
import { SCHEMA_VERSION } from './schema';
import { rows } from './table';
import { listTags } from './tags';
import { listStorylineMoves } from './storyline-moves';
import type { AnnotationExport } from './views';

/** Everything the analyst made, in a stable order, for `dossier export` and readable backups. */
export function exportAll(d: AnnotationData): AnnotationExport {
  return {
    schemaVersion: SCHEMA_VERSION,
    highlights: sortByPosition(rows(d, 'highlights')),
    tags: listTags(d),
    storyTags: rows(d, 'storyTags'),
    notes: rows(d, 'notes'),
    links: rows(d, 'links'),
    fixes: listFixes(d),
    dismissed: rows(d, 'dismissed'),
    storylineMoves: listStorylineMoves(d),
    briefs: rows(d, 'briefs'),
  };
}
