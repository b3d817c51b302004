import type { ChangeSet } from './change-set';

/** How far back a session can undo; older edits stay saved, just no longer undoable. */
const UNDO_LIMIT = 500;

/**
 * The session's undo and redo stacks of change sets. In memory only: undo is about this
 * session's edits; the edits themselves are already on disk. A new edit clears redo, as in
 * every editor, so undo/redo always walk one straight line of history.
 */
export class UndoLog {
  private done: ChangeSet[] = [];
  private undone: ChangeSet[] = [];

  constructor(private readonly limit = UNDO_LIMIT) {}

  record(set: ChangeSet): void {
    this.done.push(set);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** The edit an undo would revert, without taking it. */
  peekUndo(): ChangeSet | null {
    return this.done.at(-1) ?? null;
  }

  peekRedo(): ChangeSet | null {
    return this.undone.at(-1) ?? null;
  }

  /** Move the latest edit to the redo stack; the caller applies it backwards. */
  takeUndo(): ChangeSet | null {
    const set = this.done.pop() ?? null;
    if (set) this.undone.push(set);
    return set;
  }

  takeRedo(): ChangeSet | null {
    const set = this.undone.pop() ?? null;
    if (set) this.done.push(set);
    return set;
  }

  /** Put back an undo or redo whose save failed, so history matches what is on disk. */
  revertUndo(): void {
    const set = this.undone.pop();
    if (set) this.done.push(set);
  }

  revertRedo(): void {
    const set = this.done.pop();
    if (set) this.undone.push(set);
  }

  /** Forget an edit that never reached disk. */
  dropLast(set: ChangeSet): void {
    if (this.done.at(-1) === set) this.done.pop();
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
