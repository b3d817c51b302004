import type { ApiError } from '@core/api';

/** What a person should read for an API error: the message, plus what to do where we know. */
export function humanError(err: ApiError): string {
  const hints: Record<string, string> = {
    'no-workspace': 'Open a folder of dumps (Ctrl/Cmd+O) or the sample library.',
    'not-found': 'Check the folder still exists, or choose another.',
    'story-not-found': 'The library will refresh when the folder changes.',
    internal: 'This is a bug in Dossier. Your annotations are safe; try again.',
  };
  const hint = hints[err.code];
  return hint && !err.message.includes(hint) ? `${err.message} ${hint}` : err.message;
}
