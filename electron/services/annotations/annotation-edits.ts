import { DossierError } from '../../core/errors';
import { applyChanges, touched, type ChangeSet } from '../../core/annotations/change-set';
import { UndoLog } from '../../core/annotations/undo-log';
import type * as V from '../../core/annotations/views';
import type { AnnotationReanchoring } from './annotation-reanchoring';
import type { AnnotationStore } from '../store/annotation-store';

/** What edits touch in the annotation service. */
export interface EditHost {
  readonly store: AnnotationStore;
  readonly reanchoring: AnnotationReanchoring;
  announce(change: V.AnnotationsChange): void;
}

/**
 * The analyst's edits and their undo stack. Each edit is a change set from core/annotations:
 * applied in memory, recorded for undo, saved (the call resolves once it is on disk), then
 * announced. If the save fails the change is rolled back, so what the user sees is what is
 * on disk.
 */
export class AnnotationEdits {
  private readonly log = new UndoLog();

  constructor(private readonly host: EditHost) {}

  /** A workspace opened: the previous one's history does not apply to it. */
  clear(): void {
    this.log.clear();
  }

  /**
   * Apply an edit, record it, save it. The change set is computed from the data as it is at
   * this instant and applied synchronously, so concurrent calls never interleave half-edits.
   */
  async commit(make: () => ChangeSet): Promise<void> {
    this.requireWritable();
    const set = make();
    if (set.changes.length === 0) return;
    applyChanges(this.data, set, 'forward');
    this.log.record(set);
    try {
      await this.host.store.save(set.changes);
    } catch (err) {
      applyChanges(this.data, set, 'backward');
      this.log.dropLast(set);
      throw err;
    }
    this.host.announce(touched(set));
  }

  async undo(): Promise<V.HistoryStep> {
    this.requireWritable();
    const set = this.log.takeUndo();
    if (!set) return this.step(false, 'Nothing to undo');
    await this.replay(set, 'backward', () => this.log.revertUndo());
    return this.step(true, `Undo: ${set.label}`);
  }

  async redo(): Promise<V.HistoryStep> {
    this.requireWritable();
    const set = this.log.takeRedo();
    if (!set) return this.step(false, 'Nothing to redo');
    await this.replay(set, 'forward', () => this.log.revertRedo());
    return this.step(true, `Redo: ${set.label}`);
  }

  history(): V.HistoryStep {
    return this.step(false, '');
  }

  private get data() {
    return this.host.store.data;
  }

  private async replay(set: ChangeSet, direction: 'forward' | 'backward', revert: () => void): Promise<void> {
    applyChanges(this.data, set, direction);
    this.host.reanchoring.restored(new Set(set.changes.filter((c) => c.table === 'highlights').map((c) => c.key)));
    try {
      await this.host.store.save(set.changes);
    } catch (err) {
      applyChanges(this.data, set, direction === 'forward' ? 'backward' : 'forward');
      revert();
      throw err;
    }
    this.host.announce(touched(set));
  }

  /** The store's status says why it cannot be written, and that is the error the edit gets. */
  private requireWritable(): void {
    const s = this.host.store.status();
    if (s.state === 'read-only') throw new DossierError(s.code, s.message);
  }

  private step(done: boolean, message: string): V.HistoryStep {
    return { done, message, canUndo: this.log.peekUndo()?.label ?? null, canRedo: this.log.peekRedo()?.label ?? null };
  }
}
