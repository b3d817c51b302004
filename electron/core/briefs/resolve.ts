import type { Brief, Paper } from './model';
import type { BriefSource, HighlightStatus, SourceStory } from './source';
import { safeColor } from './escape';
import { appendixStory, type AppendixStory } from './appendix';

/**
 * A brief with every reference looked up: the one model the HTML, Markdown and JSON
 * renderers share, so the three exports can never disagree about what a brief says.
 */
export interface ResolvedBrief {
  id: string;
  title: string;
  author: string;
  date: string;
  handling: string;
  summary: string;
  paper: Paper;
  sections: ResolvedSection[];
  /** One endnote per cited story, numbered in order of first citation. */
  sources: Citation[];
  appendix: AppendixStory[] | null;
  /** Things the reader of the brief should know are missing (a deleted highlight...). */
  warnings: string[];
}

export interface ResolvedSection {
  id: string;
  /** Stable anchor for the table of contents. */
  anchor: string;
  heading: string;
  items: ResolvedItem[];
}

/** Where a story came from: everything needed to find it again. */
export interface Citation {
  n: number;
  storyId: string;
  source: string | null;
  title: string;
  date: string | null;
  path: string;
}

export interface ResolvedTag {
  name: string;
  color: string;
}

export type ResolvedItem =
  | {
      kind: 'highlight';
      id: string;
      highlightId: string;
      quote: string;
      color: string;
      tags: ResolvedTag[];
      note: string;
      status: HighlightStatus;
      /** Offsets into the decoded file text. */
      start: number;
      end: number;
      cite: Citation;
    }
  | { kind: 'story'; id: string; comment: string; cite: Citation }
  | { kind: 'text'; id: string; text: string }
  | { kind: 'links'; id: string; links: { from: Citation; to: Citation; label: string }[] }
  | { kind: 'missing'; id: string; what: 'highlight' | 'story'; ref: string };

/** Look every reference of `brief` up in `source`. Pure; missing things become `missing` items. */
export function resolveBrief(brief: Brief, source: BriefSource): ResolvedBrief {
  const citations = new Map<string, Citation>();
  const stories = new Map<string, SourceStory>();
  const cite = (story: SourceStory): Citation => {
    let c = citations.get(story.id);
    if (!c) {
      c = { n: citations.size + 1, storyId: story.id, source: story.source, title: story.title, date: story.date, path: story.path };
      citations.set(story.id, c);
      stories.set(story.id, story);
    }
    return c;
  };
  const warnings: string[] = [];
  const tagColor = (name: string) => safeColor(source.tagColor(name), '#a9abb0');
  const citedHighlights = new Map<string, string[]>();

  const sections: ResolvedSection[] = brief.sections.map((section, si) => ({
    id: section.id,
    anchor: `section-${si + 1}`,
    heading: section.heading,
    items: section.items.map((item): ResolvedItem => {
      switch (item.kind) {
        case 'highlight': {
          const h = source.highlight(item.highlightId);
          const story = h ? source.story(h.storyId) : null;
          if (!h || !story) {
            warnings.push(`A highlight in “${section.heading}” no longer exists in the workspace and was left out.`);
            return { kind: 'missing', id: item.id, what: 'highlight', ref: item.highlightId };
          }
          if (h.status === 'orphaned')
            warnings.push(
              `The quote “${clip(h.quote.exact)}” could not be found in its story any more; its offsets are the last known ones.`,
            );
          citedHighlights.set(story.id, [...(citedHighlights.get(story.id) ?? []), h.id]);
          return {
            kind: 'highlight',
            id: item.id,
            highlightId: h.id,
            quote: h.quote.exact,
            color: safeColor(h.color),
            tags: h.tags.map((t) => ({ name: t, color: tagColor(t) })),
            note: h.note,
            status: h.status,
            start: h.position.start,
            end: h.position.end,
            cite: cite(story),
          };
        }
        case 'story': {
          const story = source.story(item.storyId);
          if (!story) {
            warnings.push(`A story cited in “${section.heading}” is no longer in the workspace and was left out.`);
            return { kind: 'missing', id: item.id, what: 'story', ref: item.storyId };
          }
          return { kind: 'story', id: item.id, comment: item.comment, cite: cite(story) };
        }
        case 'text':
          return { kind: 'text', id: item.id, text: item.text };
        case 'links':
          // Filled in below, once every cited story is known.
          return { kind: 'links', id: item.id, links: [] };
      }
    }),
  }));

  const links = source
    .linksAmong([...citations.keys()])
    .filter((l) => citations.has(l.from) && citations.has(l.to))
    .map((l) => ({ from: citations.get(l.from)!, to: citations.get(l.to)!, label: l.label }));
  for (const s of sections) for (const it of s.items) if (it.kind === 'links') it.links = links;

  const sources = [...citations.values()];
  const appendix = brief.appendix
    ? sources.map((c) => {
        const story = stories.get(c.storyId)!;
        const ids = citedHighlights.get(c.storyId) ?? [];
        const marks = ids.map((id) => source.highlight(id)).filter((h) => h !== null && h.status !== 'orphaned');
        return appendixStory(
          c,
          source.storyText(c.storyId),
          story.start,
          marks.map((h) => ({ start: h!.position.start, end: h!.position.end, color: safeColor(h!.color) })),
          story.noise,
        );
      })
    : null;

  return {
    id: brief.id,
    title: brief.title,
    author: brief.author,
    date: brief.date,
    handling: brief.handling,
    summary: brief.summary,
    paper: brief.paper,
    sections,
    sources,
    appendix,
    warnings: [...new Set(warnings)],
  };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
