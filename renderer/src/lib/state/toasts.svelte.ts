import type { ApiError } from '@core/api';
import { humanError } from './errors';

/** How a state reports what it did, or why it could not, to whoever shows it. */
export interface StatusCallbacks {
  onmessage: (text: string) => void;
  onerror: (error: ApiError) => void;
}

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

  /** Callbacks for a state that reports here. */
  callbacks(): StatusCallbacks {
    return { onmessage: (text) => this.show(text), onerror: (error) => this.fail(error) };
  }
}
