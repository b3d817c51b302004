import { resolve } from 'node:path';
import type { CliContext } from '../context';
import type { createServices } from '../../services/create-services';

type Svc = ReturnType<typeof createServices>;

/**
 * Open a workspace for a discovery command, run `fn` once the index and background work are
 * done, and release the workspace (watcher, store) so the process can exit.
 */
export async function withDiscovery<T>(ctx: CliContext, folder: string, fn: (s: Svc) => Promise<T>): Promise<T> {
  const s = ctx.services();
  await s.workspace.open(resolve(folder));
  try {
    await s.discovery.whenReady();
    return await fn(s);
  } finally {
    await s.annotations.stop().catch(() => undefined);
    await s.workspace.stop().catch(() => undefined);
  }
}

/**
 * `dossier search <folder> "<query>" --json` → `{"results":[{storyId,path,title,score,snippet,date,source,byline,tier?}],
 * "facets":{…},"total":n,"warnings":[]}`. The snippet is `{text, marks:[{start,end}]}`.
 * A malformed query exits 1 with `{"error":{"code":"bad-query",…}}`.
 */
export async function searchCommand(ctx: CliContext, folder: string, query: string, limit: number): Promise<number> {
  const r = await withDiscovery(ctx, folder, (s) => s.discovery.search(query, limit));
  for (const w of r.warnings) ctx.warn(`dossier: ${w}`);
  if (ctx.json) {
    ctx.print({
      results: r.results.map((x) => ({
        storyId: x.storyId,
        path: x.path,
        title: x.title,
        score: x.score,
        snippet: x.snippet,
        date: x.date,
        source: x.source,
        byline: x.byline,
        ...(x.tier ? { tier: x.tier } : {}),
      })),
      facets: r.facets,
      total: r.total,
      warnings: r.warnings,
    });
  } else {
    ctx.print(`${r.total} stories match`);
    for (const x of r.results)
      ctx.print(
        `${x.score.toFixed(2).padStart(7)}  ${x.title}  (${x.path})${x.tier ? '  [in hidden lines]' : ''}\n         ${x.snippet.text}`,
      );
  }
  return 0;
}
