import * as v from 'valibot';
import { none, route } from './route';
import { LINK_TYPES } from '../annotations/model';
import { color, exact, id, linkLabel, note, offset, relPath, segmentFix, tag, tags } from '../annotations/fields';

/** The longest text one highlight may cover: a long quote, not a whole dump. */
const MAX_HIGHLIGHT_CHARS = 50_000;
const spanMessage = `end must be after start, and a highlight may cover at most ${MAX_HIGHLIGHT_CHARS.toLocaleString('en')} characters`;

/**
 * Highlights, tags, notes, links, fixes, undo and the store's health. Briefs are stored by
 * the annotation service too (undoable, saved alike), but their routes are in brief-routes.ts
 * and their shape in core/briefs/model.ts.
 */
export const annotationRoutes = {
  'highlights.create': route(
    v.pipe(
      v.strictObject({
        storyId: id,
        start: offset,
        end: offset,
        exact: v.optional(exact),
        color: v.optional(color),
        note: v.optional(note),
        tags: v.optional(tags),
      }),
      v.check((a) => a.end > a.start && a.end - a.start <= MAX_HIGHLIGHT_CHARS, spanMessage),
    ),
    (s, a) => s.annotations.createHighlight(a),
  ),
  'highlights.update': route(v.strictObject({ id, color: v.optional(color), note: v.optional(note), tags: v.optional(tags) }), (s, a) =>
    s.annotations.updateHighlight(a),
  ),
  'highlights.delete': route(v.strictObject({ id }), (s, a) => s.annotations.deleteHighlight(a.id)),
  'highlights.list': route(v.optional(v.strictObject({ docPath: v.optional(relPath) })), (s, a) =>
    s.annotations.listHighlights(a?.docPath),
  ),
  'highlights.listForStory': route(v.strictObject({ storyId: id }), (s, a) => s.annotations.highlightsForStory(a.storyId)),

  'tags.list': route(none, (s) => s.annotations.listTags()),
  'tags.rename': route(v.strictObject({ from: tag, to: tag }), (s, a) => s.annotations.renameTag(a.from, a.to)),
  'tags.merge': route(v.strictObject({ from: tag, into: tag }), (s, a) => s.annotations.mergeTag(a.from, a.into)),
  'tags.delete': route(v.strictObject({ name: tag }), (s, a) => s.annotations.deleteTag(a.name)),
  'tags.setColor': route(v.strictObject({ name: tag, color }), (s, a) => s.annotations.setTagColor(a.name, a.color)),
  'stories.getTags': route(v.strictObject({ storyId: id }), (s, a) => s.annotations.storyTags(a.storyId)),
  'stories.setTags': route(v.strictObject({ storyId: id, tags }), (s, a) => s.annotations.setStoryTags(a.storyId, a.tags)),

  'notes.get': route(v.strictObject({ storyId: id }), (s, a) => s.annotations.getNote(a.storyId)),
  'notes.set': route(v.strictObject({ storyId: id, text: note }), (s, a) => s.annotations.setNote(a.storyId, a.text)),

  'links.create': route(
    v.strictObject({ from: id, to: id, type: v.picklist(LINK_TYPES), label: v.optional(linkLabel), note: v.optional(note) }),
    (s, a) => s.annotations.createLink(a),
  ),
  'links.delete': route(v.strictObject({ id }), (s, a) => s.annotations.deleteLink(a.id)),
  'links.listForStory': route(v.strictObject({ storyId: id }), (s, a) => s.annotations.linksForStory(a.storyId)),

  'orphans.list': route(none, (s) => s.annotations.listOrphans()),
  'orphans.reattach': route(
    v.pipe(
      v.strictObject({ id, storyId: id, start: offset, end: offset, exact: v.optional(exact) }),
      v.check((a) => a.end > a.start && a.end - a.start <= MAX_HIGHLIGHT_CHARS, spanMessage),
    ),
    (s, a) => s.annotations.reattach(a),
  ),

  'fixes.list': route(v.optional(v.strictObject({ docPath: v.optional(relPath) })), (s, a) => s.annotations.listFixes(a?.docPath)),
  'fixes.add': route(v.strictObject({ docPath: relPath, fix: segmentFix }), (s, a) => s.annotations.addFix(a.docPath, a.fix)),
  'fixes.remove': route(v.strictObject({ id }), (s, a) => s.annotations.removeFix(a.id)),

  'dismissals.list': route(none, (s) => s.annotations.listDismissed()),
  'dismissals.add': route(v.strictObject({ a: id, b: id }), (s, a) => s.annotations.dismissPair(a.a, a.b)),
  'dismissals.remove': route(v.strictObject({ a: id, b: id }), (s, a) => s.annotations.restorePair(a.a, a.b)),

  'annotations.undo': route(none, (s) => s.annotations.undo()),
  'annotations.redo': route(none, (s) => s.annotations.redo()),
  'annotations.history': route(none, (s) => s.annotations.history()),
  'annotations.verify': route(none, (s) => s.annotations.verify()),
  'annotations.export': route(none, (s) => s.annotations.exportAll()),
  'store.status': route(none, (s) => s.annotations.status()),
};
