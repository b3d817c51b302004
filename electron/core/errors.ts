/**
 * Every failure a person can act on, with what it means in one line. The table is the one
 * list of codes: `ErrorCode` is derived from it, so a code nobody described does not compile,
 * and a service that has nothing better to say throws `new DossierError(code)` and the user
 * still reads a sentence, not a code.
 */
export const ERROR_MESSAGES = {
  // the boundary itself
  'unknown-method': 'Dossier does not know that request.',
  'invalid-args': 'The request was malformed.',
  internal: 'Something went wrong inside Dossier.',
  forbidden: 'This page may not call Dossier.',
  'not-allowed': 'Dossier opens only folders chosen with Open Folder…, the last workspace or the sample library.',
  'no-bridge': 'Dossier’s window is not connected to the app.',
  ipc: 'The request could not be delivered.',
  superseded: 'Another folder was opened meanwhile.',
  // workspace and files
  'no-workspace': 'No workspace is open. Open a folder or the sample library.',
  'not-found': 'The folder does not exist.',
  'not-a-folder': 'That is a file, not a folder.',
  'unsafe-workspace': 'This workspace’s .dossier folder is not safe to use, so it opened read-only.',
  'sample-unavailable': 'The sample library could not be opened.',
  'file-not-found': 'That file is no longer in the workspace.',
  'story-not-found': 'That story is no longer in the workspace.',
  unreadable: 'The file could not be read.',
  'too-large': 'The file is too large to read.',
  'bad-name': 'The file’s name is not valid text, so Dossier cannot show it.',
  'no-dialog': 'No window is open to show the folder dialog.',
  // annotations
  'read-only': 'This workspace is open read-only; nothing can be changed.',
  'save-failed': 'The change could not be saved.',
  'invalid-range': 'The selection is not inside the story.',
  'quote-mismatch': 'The selected text is not at that place; the file may have changed.',
  'quote-not-found': 'That text is not in the story.',
  'highlight-not-found': 'That highlight no longer exists.',
  'highlight-exists': 'That highlight exists already.',
  'invalid-tag': 'That is not a valid tag name.',
  'tag-not-found': 'That tag no longer exists.',
  'tag-exists': 'A tag with that name exists already.',
  'invalid-link': 'Those stories cannot be linked.',
  'link-not-found': 'That link no longer exists.',
  'link-exists': 'Those stories are linked already.',
  'invalid-fix': 'That segmentation fix does not fit the file.',
  'fix-not-found': 'That segmentation fix no longer exists.',
  'fix-exists': 'That segmentation fix exists already.',
  'bad-split': 'The story cannot be split there.',
  'bad-merge': 'Those stories cannot be merged.',
  // discovery
  'bad-query': 'The search could not be understood.',
  'entity-not-found': 'That entity is no longer in the workspace.',
  'alias-not-found': 'That alias is not part of the entity.',
  'cluster-not-found': 'That group of near-duplicates no longer exists.',
  'storyline-not-found': 'That storyline no longer exists.',
  'no-cluster': 'This story has no near-duplicates in the library.',
  // briefs and export
  'brief-not-found': 'That brief no longer exists.',
  'brief-exists': 'A brief with that id exists already.',
  'brief-unreadable': 'The brief could not be read.',
  'invalid-brief': 'The brief is not valid.',
  'no-highlights': 'No highlights match, so there is nothing to put in the brief.',
  'export-failed': 'The export could not be written.',
  'pdf-failed': 'The PDF could not be printed.',
  'no-chromium': 'Printing a PDF needs Chromium or Google Chrome, and none was found.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/**
 * Thrown by services for failures a person can act on (file unreadable, story gone).
 * `dispatch` turns it into `{ok:false,error}`; anything else becomes `internal`.
 */
export class DossierError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
  ) {
    super(message);
    this.name = 'DossierError';
  }
}
