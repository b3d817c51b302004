import { reanchor } from '../../core/anchoring/reanchor';
import { storyForRange, type StorySpan } from '../../core/anchoring/story-for-range';
import type { AnnotationData, Highlight } from '../../core/annotations/model';
import { getRow } from '../../core/annotations/table';
import type { RowKey } from '../store/annotation-store';

/** Longest stretch of re-anchoring between two turns of the event loop. */
const SLICE_MS = 10;

/** What a re-anchoring run reads: the highlights, each dump's text and its stories. */
export interface ReanchorSource {
  data: AnnotationData;
  /** The dump's text as it is now; null when it is gone (its highlights become orphans). */
  text(docPath: string): string | null;
  /** Where the dump's stories are, to give each highlight the story that now holds it. */
  spans(docPath: string): StorySpan[];
  /** When the anchors were checked. */
  checkedAt: string;
  /** False once the workspace closed or another opened: the run stops and saves nothing. */
  live(): boolean;
}

/**
 * Re-anchor highlights (ids grouped by dump) against the text as it is now, in slices of
 * about SLICE_MS with a turn of the event loop between them, so IPC calls are answered
 * while a workspace with thousands of highlights opens. Each highlight costs bounded work
 * (matchQuote's budget), so no slice runs long. Anchors are derived state: written in
 * place, never put on the undo stack. Rows are looked up by id when their turn comes, so
 * a highlight edited or deleted meanwhile is re-anchored as it is then, or skipped.
 *
 * Resolves with the rows that changed, or null when the run was cancelled.
 */
export async function reanchorInSlices(byDoc: Map<string, string[]>, src: ReanchorSource): Promise<RowKey[] | null> {
  const changed: RowKey[] = [];
  let sliceStart = performance.now();
  for (const [docPath, ids] of byDoc) {
    const text = src.text(docPath);
    const spans = text === null ? [] : src.spans(docPath);
    for (const id of ids) {
      if (performance.now() - sliceStart >= SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
        if (!src.live()) return null;
      }
      const h = getRow(src.data, 'highlights', id);
      if (!h || h.docPath !== docPath) continue;
      if (reanchorOne(h, text, spans, src.checkedAt)) changed.push({ table: 'highlights', key: h.id });
    }
  }
  return src.live() ? changed : null;
}

/** Re-anchor one highlight in place (anchor and owning story); true when either changed. */
export function reanchorOne(h: Highlight, text: string | null, spans: StorySpan[], checkedAt: string): boolean {
  const a = reanchor(text, h.selectors);
  const storyId = a.start === null ? h.storyId : (storyForRange(spans, a.start, a.end) ?? h.storyId);
  if (a.status === h.anchor.status && a.start === h.anchor.start && a.end === h.anchor.end && storyId === h.storyId) return false;
  h.anchor = { status: a.status, start: a.start, end: a.end, checkedAt };
  h.storyId = storyId;
  return true;
}

/**
 * Story spans by dump, from one pass over the story list per run (not one per dump); the
 * story records are read only for the dumps asked for.
 */
export function storySpans(workspace: {
  listStories(): { id: string; path: string }[];
  storyRecord(id: string): StorySpan;
}): (docPath: string) => StorySpan[] {
  let idsByPath: Map<string, string[]> | null = null;
  const cache = new Map<string, StorySpan[]>();
  return (docPath) => {
    let spans = cache.get(docPath);
    if (spans) return spans;
    if (!idsByPath) {
      idsByPath = new Map();
      for (const s of workspace.listStories()) {
        const list = idsByPath.get(s.path);
        if (list) list.push(s.id);
        else idsByPath.set(s.path, [s.id]);
      }
    }
    spans = (idsByPath.get(docPath) ?? []).map((id) => {
      const r = workspace.storyRecord(id);
      return { id: r.id, start: r.start, end: r.end };
    });
    cache.set(docPath, spans);
    return spans;
  };
}
