import { DossierError } from '../../core/errors';

/** Whether the work that took it still belongs to the open workspace. */
export interface GenerationToken {
  /** False once another folder was opened or the workspace closed. */
  readonly live: boolean;
  /** Throws `superseded` when the token is no longer live, so an outdated open stops at its next step. */
  check(): void;
}

/**
 * The one counter that tells outdated async work from current work: opening a folder or
 * closing the workspace starts a new generation, and anything that awaited across that
 * (a read, a hook, a batch) finds its token dead and drops its result instead of writing it
 * into the new workspace's catalog.
 */
export class Generation {
  private value = 0;

  /** Start a new generation (an open or a close) and return its token; every older token dies. */
  next(): GenerationToken {
    this.value++;
    return this.current();
  }

  /** A token for the generation running now. */
  current(): GenerationToken {
    const value = this.value;
    const live = () => value === this.value;
    return {
      get live() {
        return live();
      },
      check() {
        if (!live()) throw new DossierError('superseded');
      },
    };
  }
}
