import * as v from 'valibot';
import { PaperSchema, type BriefContent, type BriefItem, type BriefSection } from './model';
import type { BriefSource, SourceHighlight, SourceStory } from './source';
import { tags } from '../annotations/fields';
import { isWithin } from '../annotations/tag-names';

/**
 * What a caller (the API, the CLI) gives the tag builder; the rest of the brief gets
 * defaults. `tags`: highlights carrying any of them, or a tag below one (`region` takes
 * `region/korea`), are included; an empty list means every highlight.
 */
export const CreateFromTagsSchema = v.strictObject({
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'a brief needs a title'), v.maxLength(300)),
  tags,
  author: v.optional(v.pipe(v.string(), v.maxLength(200))),
  handling: v.optional(v.pipe(v.string(), v.maxLength(120))),
  summary: v.optional(v.pipe(v.string(), v.maxLength(50_000))),
  paper: v.optional(PaperSchema),
  appendix: v.optional(v.boolean()),
});

/** Arguments of a brief built from tags, as they are once they passed CreateFromTagsSchema. */
export type CreateFromTagsArgs = v.InferOutput<typeof CreateFromTagsSchema>;

export interface BuildFromTagsOptions extends CreateFromTagsArgs {
  /** The brief's date (YYYY-MM-DD). */
  date: string;
  /** Makes item and section ids; injected so tests get stable output. */
  newId: () => string;
}

/**
 * The scripted daily brief: every highlight carrying one of the tags, one section per story,
 * stories in published-date order (undated stories last, then by file and position so the
 * order never depends on the database), highlights in reading order within their story.
 * When the analyst linked any two of those stories, a closing section lists the links.
 */
export function buildFromTags(source: BriefSource, opts: BuildFromTagsOptions): BriefContent {
  const wanted = [...new Set(opts.tags.map(foldTag).filter(Boolean))];
  const carries = (h: SourceHighlight) => h.tags.some((t) => wanted.some((w) => isWithin(foldTag(t), w)));
  const picked = source.highlights().filter((h) => wanted.length === 0 || carries(h));

  const byStory = new Map<string, { story: SourceStory; highlights: SourceHighlight[] }>();
  for (const h of picked) {
    const story = source.story(h.storyId);
    // A highlight whose story has left the workspace cannot be cited with provenance.
    if (!story) continue;
    const entry = byStory.get(story.id) ?? { story, highlights: [] };
    entry.highlights.push(h);
    byStory.set(story.id, entry);
  }

  const ordered = [...byStory.values()].sort((a, b) => compareStories(a.story, b.story));
  const sections: BriefSection[] = ordered.map(({ story, highlights }) => ({
    id: opts.newId(),
    heading: story.title,
    items: [
      { kind: 'story', id: opts.newId(), storyId: story.id, comment: '' },
      ...highlights
        .sort((a, b) => a.position.start - b.position.start)
        .map((h): BriefItem => ({ kind: 'highlight', id: opts.newId(), highlightId: h.id })),
    ],
  }));

  const included = new Set(byStory.keys());
  if (source.linksAmong([...included]).some((l) => included.has(l.from) && included.has(l.to))) {
    sections.push({ id: opts.newId(), heading: 'Connections between these stories', items: [{ kind: 'links', id: opts.newId() }] });
  }

  return {
    title: opts.title.trim(),
    author: opts.author ?? '',
    date: opts.date,
    handling: opts.handling ?? 'Internal',
    summary: opts.summary ?? '',
    paper: opts.paper ?? 'A4',
    appendix: opts.appendix ?? false,
    sections,
  };
}

/** Tags match whatever the case and spacing the analyst typed them with. */
function foldTag(tag: string): string {
  return tag.normalize('NFC').trim().toLowerCase();
}

/** Published-date order; undated stories go last, ties keep file order. */
function compareStories(a: SourceStory, b: SourceStory): number {
  const da = a.date ? a.date.slice(0, 10) : null;
  const db = b.date ? b.date.slice(0, 10) : null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  if (a.date !== b.date) return (a.date ?? '') < (b.date ?? '') ? -1 : 1;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.start - b.start;
}
