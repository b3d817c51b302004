import type { AnnotationPort } from '../ports/annotation-port';
import type { Highlight } from '../annotations/model';
import type { Story } from '../types';
import type { StoryView } from '../api/views';
import type { BriefSource, SourceHighlight, SourceLink, SourceStory } from './source';

/** The part of the catalog briefs read: a story's record, and its text on demand. */
export interface StoryCatalog {
  storyRecord(id: string): Story;
  getStory(id: string): StoryView;
}

/** The part of the annotation service briefs read. */
export type AnnotationReader = Pick<AnnotationPort, 'listHighlights' | 'listTags' | 'linksForStory'>;

const LINK_WORDS: Record<string, string> = {
  'same-event': 'same event',
  'follow-up': 'follow-up',
  contradicts: 'contradicts',
  background: 'background',
};

/**
 * A BriefSource over the open workspace: highlights, tags and links from the annotation
 * service, stories from the catalog. Made fresh for each build or render, so it reads one
 * consistent moment; lookups are cached for that moment (a story's text is read once).
 */
export function workspaceBriefSource(catalog: StoryCatalog, annotations: AnnotationReader): BriefSource {
  let highlights: Map<string, SourceHighlight> | null = null;
  let tagColors: Map<string, string> | null = null;
  const stories = new Map<string, SourceStory | null>();
  const texts = new Map<string, string | null>();
  const all = () => (highlights ??= new Map(annotations.listHighlights().map((h) => [h.id, toSourceHighlight(h)])));

  return {
    highlight: (id) => all().get(id) ?? null,
    highlights: () => [...all().values()],
    story(id) {
      if (!stories.has(id))
        stories.set(
          id,
          attempt(() => toSourceStory(catalog.storyRecord(id))),
        );
      return stories.get(id)!;
    },
    storyText(id) {
      if (!texts.has(id))
        texts.set(
          id,
          attempt(() => catalog.getStory(id).text),
        );
      return texts.get(id)!;
    },
    tagColor(name) {
      tagColors ??= new Map(annotations.listTags().map((t) => [t.name, t.color]));
      return tagColors.get(name) ?? null;
    },
    linksAmong(ids) {
      const wanted = new Set(ids);
      const seen = new Set<string>();
      const out: SourceLink[] = [];
      for (const id of wanted)
        for (const l of annotations.linksForStory(id).links) {
          if (!wanted.has(l.to) || seen.has(l.id)) continue;
          seen.add(l.id);
          out.push({ from: l.from, to: l.to, label: l.type === 'custom' ? l.label : (LINK_WORDS[l.type] ?? l.type) });
        }
      return out;
    },
  };
}

/** Where the highlight is now if re-anchoring found it, else where it was made. */
function toSourceHighlight(h: Highlight): SourceHighlight {
  const found = h.anchor.status !== 'orphaned' && h.anchor.start !== null && h.anchor.end !== null;
  return {
    id: h.id,
    storyId: h.storyId,
    docPath: h.docPath,
    quote: h.selectors.quote,
    position: found ? { start: h.anchor.start!, end: h.anchor.end! } : h.selectors.position,
    color: h.color,
    note: h.note,
    tags: h.tags,
    status: h.anchor.status,
  };
}

function toSourceStory(s: Story): SourceStory {
  return { id: s.id, title: s.title, source: s.source, date: s.date, path: s.path, start: s.start, end: s.end, noise: s.noise };
}

/** A story that left the workspace or a file that cannot be read is "not there", never a crash. */
function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
