import type { Entity } from './entity-index';
import type { StoryEntity } from './types';

/** One spelling an entity was written in, with how many stories used it and the first of them. */
export interface EntityForm {
  form: string;
  /** Stories that wrote the entity this way. */
  stories: number;
  /** The first `perForm` of those stories, in the order the caller listed the entity's stories (by date in the entity view). */
  storyIds: string[];
}

/** Enough to name a form's stories in a panel; the library, filtered to the entity, lists them all. */
export const STORIES_PER_FORM = 8;

/**
 * The forms an entity was seen in across the library (its cross-script aliases and case
 * forms: "Путина", "Vladimir Putin", "В. В. Путин") and in which stories, from each story's
 * own entities: a story holds a form when one of its entities of the same kind was written
 * that way. Forms come most-used first; each lists at most `perForm` story ids but counts all.
 */
export function entityForms(
  entity: Pick<Entity, 'kind' | 'aliases'>,
  storyIds: Iterable<string>,
  storyEntities: (storyId: string) => readonly StoryEntity[],
  perForm = STORIES_PER_FORM,
): EntityForm[] {
  const aliases = new Set(entity.aliases);
  const forms = new Map<string, EntityForm>();
  for (const sid of storyIds) {
    const seen = new Set<string>();
    for (const e of storyEntities(sid)) {
      if (e.kind !== entity.kind) continue;
      for (const s of e.surfaces) {
        if (!aliases.has(s) || seen.has(s)) continue;
        seen.add(s);
        let f = forms.get(s);
        if (!f) forms.set(s, (f = { form: s, stories: 0, storyIds: [] }));
        f.stories++;
        if (f.storyIds.length < perForm) f.storyIds.push(sid);
      }
    }
  }
  return [...forms.values()].sort((a, b) => b.stories - a.stories || a.form.localeCompare(b.form));
}
