/** A failure the user can act on. It crosses the process boundary as data, never as a thrown exception. */
export interface ApiError {
  code: string;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Thrown by services for failures a person can act on (file unreadable, story gone).
 * `dispatch` turns it into `{ok:false,error}`; anything else becomes `internal`.
 */
export class DossierError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}
