import * as v from 'valibot';
import { none, route } from './route';
import { id } from '../annotations/fields';
import { CreateFromTagsSchema } from '../briefs/build-from-tags';
import { BriefContentSchema } from '../briefs/model';
import { EXPORT_FORMATS, TEXT_FORMATS } from '../briefs/render';

/** Composing briefs and exporting them. The brief's own schema lives with the model. */
export const briefRoutes = {
  'briefs.list': route(none, (s) => s.briefs.list()),
  'briefs.get': route(v.strictObject({ id }), (s, a) => s.briefs.get(a.id)),
  'briefs.create': route(v.optional(v.strictObject({ content: v.optional(v.partial(BriefContentSchema)) })), (s, a) =>
    s.briefs.create(a?.content),
  ),
  'briefs.createFromTags': route(CreateFromTagsSchema, (s, a) => s.briefs.createFromTags(a)),
  'briefs.update': route(v.strictObject({ id, content: BriefContentSchema }), (s, a) => s.briefs.update(a.id, a.content)),
  'briefs.duplicate': route(v.strictObject({ id }), (s, a) => s.briefs.duplicate(a.id)),
  'briefs.delete': route(v.strictObject({ id }), (s, a) => s.briefs.delete(a.id)),
  'briefs.render': route(v.strictObject({ id, format: v.picklist(TEXT_FORMATS) }), (s, a) => s.briefs.render(a.id, a.format)),
  'briefs.export': route(v.strictObject({ id, format: v.picklist(EXPORT_FORMATS) }), (s, a) => s.briefs.export(a.id, a.format)),
};
