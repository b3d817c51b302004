import type { ErrorCode } from '../errors';

/** A failure the user can act on. It crosses the process boundary as data, never as a thrown exception. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
