import type { ApiError } from '../../../../electron/core/api';
import { humanError } from './errors';

/**
 * The status line at the bottom of the window: the last thing the app did or could not do.
 * Every part of the app says it here, so a newer message always replaces an older one.
 */
export class Toasts {
  #message = $state.raw<string | null>(null);

  /** What the status line shows, or null when it is empty. */
  get message(): string | null {
    return this.#message;
  }

  show(message: string): void {
    this.#message = message;
  }

  /** An API failure, in words a person can act on. */
  fail(error: ApiError): void {
    this.#message = humanError(error);
  }

  clear(): void {
    this.#message = null;
  }
}
