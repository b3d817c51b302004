import { resolve } from 'node:path';
import { DossierError } from '../../core/errors';
import { dispatch } from '../../core/api';
import type { Highlight } from '../../core/annotations/model';
import type { StoreStatus } from '../../core/annotations/views';
import type { CliContext } from '../context';

interface AnnotateOptions {
  story: string;
  exact: string;
  color?: string;
  tags: string[];
  note?: string;
}

/**
 * `dossier annotate <folder> --story <id> --exact "<text>" [--color c] [--tag t]... [--note n]`:
 * add a highlight by quoting text, for scripts and imports. If the text occurs more than
 * once in the story the first occurrence is used and a warning says so (on stderr, so the
 * JSON on stdout stays one document).
 */
export async function annotateCommand(ctx: CliContext, folder: string, o: AnnotateOptions): Promise<number> {
  const services = ctx.services();
  await services.workspace.open(resolve(folder));
  refuseIfReadOnly(services.annotations.status());
  const view = services.workspace.getStory(o.story);
  const at = view.text.indexOf(o.exact);
  if (o.exact.length === 0 || at === -1) {
    throw new DossierError(
      'quote-not-found',
      `The text "${o.exact.slice(0, 80)}" does not occur in story ${o.story} ("${view.story.title.slice(0, 80)}"). ` +
        'Check the quote, including punctuation and spacing.',
    );
  }
  const occurrences = countOccurrences(view.text, o.exact);
  if (occurrences > 1) ctx.warn(`dossier: the text occurs ${occurrences} times in the story; highlighted the first occurrence.`);
  const start = view.story.start + at;
  // Through the API's own validation, so a bad color or tag fails here as it would in the app.
  const r = await dispatch(services, 'highlights.create', {
    storyId: o.story,
    start,
    end: start + o.exact.length,
    exact: o.exact,
    ...(o.color !== undefined ? { color: o.color } : {}),
    ...(o.note !== undefined ? { note: o.note } : {}),
    tags: o.tags,
  });
  if (!r.ok) throw new DossierError(r.error.code, r.error.message);
  const highlight = r.value as Highlight;
  await services.annotations.stop();
  if (ctx.json) ctx.print(highlight);
  else ctx.print(`${highlight.id}  ${view.story.path} ${highlight.selectors.position.start}..${highlight.selectors.position.end}`);
  return 0;
}

/** A CLI run must not silently do nothing: a read-only store is an error with its reason. */
export function refuseIfReadOnly(status: StoreStatus): void {
  if (status.state === 'read-only') throw new DossierError(status.code, status.message);
}

function countOccurrences(text: string, quote: string): number {
  let n = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) n++;
  return n;
}
