import type { StorySpan } from '../../core/anchoring/story-for-range';
import * as H from '../../core/annotations/highlights';
import type { Highlight } from '../../core/annotations/model';
import { rows } from '../../core/annotations/table';
import { verifyReport } from '../../core/annotations/verify-report';
import type * as V from '../../core/annotations/views';
import type { AnnotationWorkspace } from './annotation-workspace';
import type { AnnotationStore, RowKey } from '../store/annotation-store';
import { reanchorInSlices, reanchorOne, storySpans } from './reanchor-runner';

/** What re-anchoring reads and writes through the annotation service. */
export interface ReanchorHost {
  readonly store: AnnotationStore;
  readonly workspace: AnnotationWorkspace;
  now(): string;
  announce(change: V.AnnotationsChange): void;
}

/**
 * Keeps highlights anchored as the library changes: on open, when a dump changes or goes,
 * on verify, and for the highlights an undo or redo restores. Anchors are derived state:
 * saved, never put on the undo stack.
 */
export class AnnotationReanchoring {
  /** Bumped when a workspace opens or closes: a re-anchoring run of the previous one stops. */
  private epoch = 0;
  /** Re-anchoring runs one after another, so a later text of a dump always wins. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ReanchorHost) {}

  /** A workspace opened or closed: runs that belong to the previous one save nothing. */
  restart(): void {
    this.epoch++;
  }

  /** Re-anchor every highlight against its file as it is now, and save what changed. */
  async all(): Promise<void> {
    const ids = new Map<string, string[]>();
    for (const [path, list] of byDoc(rows(this.data, 'highlights')))
      ids.set(
        path,
        list.map((h) => h.id),
      );
    const changed = await this.run(ids, (path) => this.readText(path));
    if (changed?.length && this.host.store.writable) await this.host.store.save(changed);
  }

  /** Re-anchor one dump's highlights (`text` null when the file is gone) and count them by status. */
  async file(docPath: string, text: string | null): Promise<{ ok: number; moved: number; orphaned: number }> {
    const ids = H.highlightsForDoc(this.data, docPath).map((h) => h.id);
    const changed = ids.length === 0 ? [] : await this.run(new Map([[docPath, ids]]), () => text);
    if (changed?.length && this.host.store.writable) {
      await this.host.store.save(changed);
      this.host.announce({ tables: ['highlights'], storyIds: [], docPaths: [docPath] });
    }
    const counts = { ok: 0, moved: 0, orphaned: 0 };
    for (const h of H.highlightsForDoc(this.data, docPath)) counts[h.anchor.status]++;
    return counts;
  }

  /** Re-anchor everything, then report counts and a problem per highlight that is not ok. */
  async verify(): Promise<V.VerifyReport> {
    await this.all();
    return verifyReport(rows(this.data, 'highlights'));
  }

  /**
   * Restored highlights carry the anchor they had then; find them in the text as it is now,
   * at once (an undo or redo saves them with its own rows).
   */
  restored(ids: Set<string>): void {
    const spans = storySpans(this.host.workspace);
    for (const [path, list] of byDoc(rows(this.data, 'highlights').filter((h) => ids.has(h.id))))
      this.inMemory(list, this.readText(path), spans);
  }

  private get data() {
    return this.host.store.data;
  }

  /** One re-anchoring run, after the runs before it, in slices that keep IPC answered (see reanchor-runner). */
  private run(ids: Map<string, string[]>, text: (docPath: string) => string | null): Promise<RowKey[] | null> {
    const epoch = this.epoch;
    const run = this.queue.then(() => {
      if (epoch !== this.epoch) return null;
      return reanchorInSlices(ids, {
        data: this.data,
        text,
        spans: storySpans(this.host.workspace),
        checkedAt: this.host.now(),
        live: () => epoch === this.epoch,
      });
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private inMemory(list: Highlight[], text: string | null, spansOf: (docPath: string) => StorySpan[]): void {
    if (list.length === 0) return;
    const spans = text === null ? [] : spansOf(list[0].docPath);
    const checkedAt = this.host.now();
    for (const h of list) reanchorOne(h, text, spans, checkedAt);
  }

  private readText(docPath: string): string | null {
    try {
      return this.host.workspace.rawFile(docPath).text;
    } catch {
      return null;
    }
  }
}

function byDoc(list: Highlight[]): Map<string, Highlight[]> {
  const out = new Map<string, Highlight[]>();
  for (const h of list) {
    const l = out.get(h.docPath);
    if (l) l.push(h);
    else out.set(h.docPath, [h]);
  }
  return out;
}
