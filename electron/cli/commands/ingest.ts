import { resolve } from 'node:path';
import type { CliContext } from '../context';

/**
 * `dossier ingest <folder> --json`: read every dump and print what Dossier made of it.
 * The JSON shape is a stable contract for scripts: fields are only ever added. `withText` adds
 * each readable file's document text as `text` (for a web page, the text derived from it).
 */
export async function ingestCommand(ctx: CliContext, folder: string, opts: { withText?: boolean } = {}): Promise<number> {
  const ws = ctx.services().workspace;
  await ws.open(resolve(folder));
  // Group once: filtering all stories per file is quadratic at 10,000 dumps.
  const byPath = new Map<string, ReturnType<typeof ws.listStories>>();
  for (const s of ws.listStories()) {
    const list = byPath.get(s.path);
    if (list) list.push(s);
    else byPath.set(s.path, [s]);
  }
  const files = ws.listFiles().map((f) => ({
    path: f.path,
    status: f.status,
    encoding: f.encoding,
    lossy: f.lossy,
    size: f.size,
    ...(f.error ? { error: { code: f.error.code, message: f.error.message } } : {}),
    ...(opts.withText && f.status === 'ok' ? { text: ws.rawFile(f.path).text } : {}),
    stories: (byPath.get(f.path) ?? []).map((s) => {
      const full = ws.storyRecord(s.id);
      return {
        id: s.id,
        title: s.title,
        start: full.start,
        end: full.end,
        date: s.date,
        source: s.source,
        byline: s.byline,
        language: s.language,
        words: s.words,
        noise: full.noise.map((n) => ({ kind: n.kind, start: n.start, end: n.end })),
      };
    }),
  }));
  if (ctx.json) ctx.print({ files });
  else {
    for (const f of files) {
      ctx.print(`${f.path}  ${f.status === 'ok' ? `${f.stories.length} stories` : `${f.status}: ${f.error?.message ?? ''}`}`);
      for (const s of f.stories) ctx.print(`    ${s.title}`);
    }
  }
  return 0;
}
