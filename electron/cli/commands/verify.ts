import { resolve } from 'node:path';
import type { CliContext } from '../context';

/**
 * `dossier verify <folder> --json`: re-anchor every highlight against the dumps as they are
 * now and print `{highlights, ok, moved, orphaned, problems}`. Exit code 0 even with orphans:
 * they are a report, not a failure (scripts read the counts).
 */
export async function verifyCommand(ctx: CliContext, folder: string): Promise<number> {
  const services = ctx.services();
  await services.workspace.open(resolve(folder));
  const status = services.annotations.status();
  if (status.state !== 'ok') ctx.warn(`dossier: ${status.message}`);
  const report = await services.annotations.verify();
  await services.annotations.stop();
  if (ctx.json) ctx.print(report);
  else {
    ctx.print(`${report.highlights} highlights: ${report.ok} ok, ${report.moved} moved, ${report.orphaned} orphaned`);
    for (const p of report.problems) ctx.print(`  ${p.status}: ${p.message}`);
  }
  return 0;
}
