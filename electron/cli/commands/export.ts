import { resolve } from 'node:path';
import type { CliContext } from '../context';

/**
 * `dossier export <folder> --json`: the whole annotation set (highlights with their
 * anchoring status, tags, links, notes, fixes, briefs) re-anchored against the dumps as
 * they are now. Fields are only ever added, so scripts can rely on the shape.
 */
export async function exportCommand(ctx: CliContext, folder: string): Promise<number> {
  const services = ctx.services();
  await services.workspace.open(resolve(folder));
  const status = services.annotations.status();
  if (status.state !== 'ok') ctx.warn(`dossier: ${status.message}`);
  const data = services.annotations.exportAll();
  await services.annotations.stop();
  // One JSON document either way: an export is for machines (pretty-printed without --json).
  ctx.print({ status, ...data });
  return 0;
}
