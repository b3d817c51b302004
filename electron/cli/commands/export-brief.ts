import { resolve } from 'node:path';
import { UsageError } from '../args';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/briefs/render';
import type { CliContext } from '../context';

/** `--format` as typed, checked; PDF by default because that is what gets sent. */
export function exportFormat(value: string | undefined): ExportFormat {
  const f = (value ?? 'pdf').toLowerCase();
  const alias = f === 'markdown' ? 'md' : f;
  if (!(EXPORT_FORMATS as readonly string[]).includes(alias)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  return alias as ExportFormat;
}

/**
 * `dossier export-brief <folder> <briefId> --format pdf|html|md|json --out <file>`. PDF is
 * printed through a Chromium at CHROME_PATH or on the PATH; the other formats need nothing.
 * Reads the workspace only.
 */
export async function exportBriefCommand(
  ctx: CliContext,
  folder: string,
  briefId: string,
  format: ExportFormat,
  out: string,
): Promise<number> {
  const services = ctx.services();
  await services.workspace.open(resolve(folder));
  try {
    const written = await services.briefs.exportTo(briefId, format, resolve(out));
    if (ctx.json) ctx.print({ briefId, format, path: written.path, bytes: written.bytes });
    else ctx.print(`${written.path}  (${format}, ${written.bytes} bytes)`);
    return 0;
  } finally {
    await services.annotations.stop();
  }
}
