import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { GeneratedStory } from './corpus/generate';
import { FullTextIndex } from '../electron/core/search/full-text-index';
import { parseQuery } from '../electron/core/search/query-parser';
import { runSearch, type SearchContext, type SearchableStory } from '../electron/core/search/search-engine';
import { extractStoryEntities } from '../electron/core/entities/extract';
import { packEntities } from '../electron/core/entities/packed';
import { EntityIndex } from '../electron/core/entities/entity-index';
import { signature } from '../electron/core/related/minhash';
import { findDuplicates } from '../electron/core/related/duplicates';
import { scoreAgainstLabels } from '../test/core/entities/label-score';

/**
 * Find-and-connect benchmark on the generated corpus (10,000 dumps ≈ 75 MB by default;
 * `--dumps N` for a quick run). Runs the discovery core on the generator's story boundaries
 * (so the figures do not depend on the segmenter) and prints one JSON line per metric.
 *
 * Like the app, it reads dump text from disk when it needs it (a small file cache, as the
 * discovery service has) instead of holding the library in memory, so peak RSS is what
 * discovery itself costs. The corpus is generated once per (dumps, seed) by a child process
 * into the git-ignored bench/.corpus/ and reused.
 */
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dumpsN = Number(arg('dumps') ?? 10000);
const emit = (metric: string, value: number, unit: string, target: number | null, better: 'lower' | 'higher' = 'lower') =>
  process.stdout.write(`${JSON.stringify({ metric, value: Math.round(value * 1000) / 1000, unit, target, ok: target === null ? null : better === 'lower' ? value <= target : value >= target })}\n`);
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const timer = setInterval(sampleRss, 50);

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, '.corpus', `discovery-${dumpsN}-20240601`);
// ground-truth.json is written last, so its presence says the corpus is complete.
if (!existsSync(join(corpusDir, 'ground-truth.json'))) {
  rmSync(corpusDir, { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'corpus', 'generate.ts'), '--dumps', String(dumpsN), '--out', corpusDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`Generating the corpus failed (${r.error?.message ?? r.status}).`);
}
const truth = JSON.parse(readFileSync(join(corpusDir, 'ground-truth.json'), 'utf8')) as { path: string; stories: GeneratedStory[] }[];
const fileCache = new Map<string, string>();
/** A dump's text through a 48-file cache, like the discovery service's. */
const readDump = (path: string): string => {
  let text = fileCache.get(path);
  if (text === undefined) {
    text = readFileSync(join(corpusDir, path), 'utf8');
    fileCache.set(path, text);
    if (fileCache.size > 48) fileCache.delete(fileCache.keys().next().value!);
  }
  return text;
};
const bytes = truth.reduce((n, d) => n + statSync(join(corpusDir, d.path)).size, 0);
interface BenchStory extends SearchableStory { start: number; end: number; copyOf?: string }
const stories: BenchStory[] = truth.flatMap((d) => d.stories.map((s) => ({ id: s.key, path: d.path, title: s.title, date: s.date, source: s.source, language: s.language, start: s.start, end: s.end, copyOf: s.copyOf })));
/** The story's text after its title line, as the generator laid it out. */
const bodyOf = (s: BenchStory): string => {
  const text = readDump(s.path).slice(s.start, s.end);
  return text.slice(text.indexOf('\n') + 1);
};
emit('corpus.mb', bytes / 1048576, 'MB', null);
emit('corpus.stories', stories.length, 'stories', null);

// Cold: index every story.
let t = performance.now();
const index = new FullTextIndex();
for (const s of stories) index.add(s.id, s.title, bodyOf(s));
const cold = performance.now() - t;
emit('search.index_build_cold', cold / 1000, 's', 5);
emit('search.index_mb_per_s', bytes / 1048576 / (cold / 1000), 'MB/s', null);
sampleRss();

// Warm: the index as saved in .dossier/cache, read back.
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
t = performance.now();
writeFileSync(join(dir, 'search-index.bin'), index.serialize());
emit('search.index_save', (performance.now() - t) / 1000, 's', null);
t = performance.now();
const warm = FullTextIndex.deserialize(new Uint8Array(readFileSync(join(dir, 'search-index.bin'))))!;
emit('search.index_load_warm', (performance.now() - t) / 1000, 's', 1);
rmSync(dir, { recursive: true, force: true });
void warm;

// Search latency over a mix of query shapes, with snippets and facets (limit 20).
const byId = new Map(stories.map((s) => [s.id, s]));
const ctx: SearchContext = { story: (id) => byId.get(id), body: (id) => bodyOf(byId.get(id)!), storiesWithEntity: () => new Set(), entityNames: () => [], facts: null };
const queries = ['lavrov', 'wang yi tianjin', '"joint statement"', 'pyongyang -drones', 'sanct', 'Lavorv', 'kremlin source:Reuters', 'peskov after:2024-01-01 before:2024-03-01', 'лавров', 'pension reform lang:en', 'kamardru', 'seoul tokyo washington file:dumps/003'];
// search.query (results + snippets) and search.facets are separate calls, as the library pane makes them.
const latency = (withFacets: boolean) => {
  for (const q of queries) runSearch(index, ctx, parseQuery(q), 20, withFacets);
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const q of queries) {
      const a = performance.now();
      runSearch(index, ctx, parseQuery(q), 20, withFacets);
      times.push(performance.now() - a);
    }
  }
  return times.sort((a, b) => a - b);
};
for (const q of queries) { const ts: number[] = []; for (let r = 0; r < 7; r++) { const a0 = performance.now(); runSearch(index, ctx, parseQuery(q), 20, false); ts.push(performance.now() - a0); } ts.sort((x, y) => x - y); console.log(q.padEnd(45), ts[3].toFixed(1), ts[6].toFixed(1)); }
{ const { Session } = await import('node:inspector/promises'); const ses = new Session(); ses.connect(); await ses.post('Profiler.enable'); await ses.post('Profiler.start');
for (let r = 0; r < 10; r++) for (const q of queries) runSearch(index, ctx, parseQuery(q), 20, false);
const { profile } = await ses.post('Profiler.stop'); writeFileSync('/tmp/ibench/q.cpuprofile', JSON.stringify(profile)); }
process.exit(0);
