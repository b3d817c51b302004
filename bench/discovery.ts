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
import { signatureAndLength } from '../electron/core/related/minhash';
import { topTerms } from '../electron/core/related/story-terms';
import { buildStorylines } from '../electron/core/related/storylines';
import { terms } from '../electron/core/search/tokenize';
import { findDuplicates } from '../electron/core/related/duplicates';
import { scoreAgainstLabels } from '../test/support/label-score';
import { SEARCH_QUERIES } from './search-queries';

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
  process.stdout.write(
    `${JSON.stringify({
      metric,
      value: Math.round(value * 1000) / 1000,
      unit,
      target,
      ok: target === null ? null : better === 'lower' ? value <= target : value >= target,
    })}\n`,
  );
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const timer = setInterval(sampleRss, 50);

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, '.corpus', `discovery-${dumpsN}-20240601`);
// ground-truth.json is written last, so its presence says the corpus is complete.
if (!existsSync(join(corpusDir, 'ground-truth.json'))) {
  rmSync(corpusDir, { recursive: true, force: true });
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'corpus', 'generate.ts'), '--dumps', String(dumpsN), '--out', corpusDir],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
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
interface BenchStory extends SearchableStory {
  start: number;
  end: number;
  copyOf?: string;
}
const stories: BenchStory[] = truth.flatMap((d) =>
  d.stories.map((s) => ({
    id: s.key,
    path: d.path,
    title: s.title,
    date: s.date,
    source: s.source,
    language: s.language,
    start: s.start,
    end: s.end,
    copyOf: s.copyOf,
  })),
);
/** The story's text after its title line, as the generator laid it out. */
const bodyOf = (s: BenchStory): string => {
  const text = readDump(s.path).slice(s.start, s.end);
  return text.slice(text.indexOf('\n') + 1);
};
emit('corpus.mb', bytes / 1048576, 'MB', null);
emit('corpus.stories', stories.length, 'stories', null);

// Cold: index every story.
/** CPU seconds since `c` (user + system): on a shared, loaded machine wall time alone misleads. */
const cpuSince = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1e6;
};
let cpu = process.cpuUsage();
let t = performance.now();
const index = new FullTextIndex();
for (const s of stories) index.add(s.id, s.title, bodyOf(s));
const cold = performance.now() - t;
emit('search.index_build_cold', cold / 1000, 's', 5);
emit('search.index_build_cold_cpu', cpuSince(cpu), 's', null);
emit('search.index_mb_per_s', bytes / 1048576 / (cold / 1000), 'MB/s', null);
sampleRss();

// Warm: the index as saved in .dossier/cache, read back.
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
t = performance.now();
writeFileSync(join(dir, 'search-index.bin'), index.serialize());
emit('search.index_save', (performance.now() - t) / 1000, 's', null);
cpu = process.cpuUsage();
t = performance.now();
const warm = FullTextIndex.deserialize(new Uint8Array(readFileSync(join(dir, 'search-index.bin'))))!;
emit('search.index_load_warm', (performance.now() - t) / 1000, 's', 1);
emit('search.index_load_warm_cpu', cpuSince(cpu), 's', null);
rmSync(dir, { recursive: true, force: true });
void warm;

// Search latency over a mix of query shapes, with snippets and facets (limit 20).
const byId = new Map(stories.map((s) => [s.id, s]));
const ctx: SearchContext = {
  story: (id) => byId.get(id),
  body: (id) => bodyOf(byId.get(id)!),
  storiesWithEntity: () => new Set(),
  entityNames: () => [],
  facts: null,
};
const queries = SEARCH_QUERIES;
// search.query (results + snippets) and search.facets are separate calls, as the library pane makes them.
const latency = (withFacets: boolean) => {
  for (const q of queries) runSearch(index, ctx, parseQuery(q), 20, withFacets);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const q of queries) {
      const c = process.cpuUsage();
      const a = performance.now();
      runSearch(index, ctx, parseQuery(q), 20, withFacets);
      times.push(performance.now() - a);
      cpuTimes.push(cpuSince(c) * 1000);
    }
  }
  return { wall: times.sort((a, b) => a - b), cpu: cpuTimes.sort((a, b) => a - b) };
};
const { wall: plain, cpu: plainCpu } = latency(false);
emit('search.p50', plain[Math.floor(plain.length * 0.5)], 'ms', null);
emit('search.p95', plain[Math.floor(plain.length * 0.95)], 'ms', 10);
emit('search.p95_cpu', plainCpu[Math.floor(plainCpu.length * 0.95)], 'ms', null);
const faceted = latency(true).wall;
emit('search.with_facets_p95', faceted[Math.floor(faceted.length * 0.95)], 'ms', null);
sampleRss();
emit('memory.rss_after_index', process.memoryUsage().rss / 1048576, 'MB', null);

// Background: entities + MinHash per story, entity merging, near-duplicate clustering.
cpu = process.cpuUsage();
t = performance.now();
// Kept per story the way the discovery service keeps them: one packed string each.
const per = new Map<string, string>();
const topWords = new Map<string, string>();
const items = stories.map((s) => {
  const body = bodyOf(s);
  per.set(s.id, packEntities(extractStoryEntities(`${s.title}\n\n${body}`)));
  topWords.set(s.id, topTerms(s.title, body));
  const sig = signatureAndLength(body);
  return {
    id: s.id,
    signature: sig.signature,
    words: sig.words,
    exactHash: createHash('sha1').update(body).digest('base64'),
    terms: () => terms(bodyOf(s)),
  };
});
const tExtract = performance.now() - t;
const ents = new EntityIndex(per, { merges: [], splits: [] });
const tEntities = performance.now() - t;
const clusters = await findDuplicates(items, async () => new Promise<void>((r) => setImmediate(r)));
const tTotal = performance.now() - t;
emit('memory.rss_after_background', process.memoryUsage().rss / 1048576, 'MB', null);
emit('background.entities_and_signatures', tExtract / 1000, 's', null);
emit('background.entity_index', (tEntities - tExtract) / 1000, 's', null);
emit('background.duplicates', (tTotal - tEntities) / 1000, 's', null);
// Storylines, as the service runs them after the duplicates: from the kept facts, no text read.
{
  const dupOf = new Map(clusters.flatMap((c) => c.storyIds.map((id) => [id, c.id] as const)));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const lines = buildStorylines(
    stories.map((s) => ({
      id: s.id,
      date: s.date,
      source: s.source,
      entities: ents.forStory(s.id),
      terms: topWords.get(s.id) ?? '',
    })),
    { entityName: (e) => ents.entities.get(e)?.name, duplicateGroup: (id) => dupOf.get(id) ?? null },
  );
  emit('background.storylines', (performance.now() - t0) / 1000, 's', 3, 'lower');
  emit('background.storylines_cpu', cpuSince(c0), 's', null);
  emit('storylines.count', lines.length, 'storylines', null);
}
emit('background.total', tTotal / 1000, 's', 30);
emit('background.total_cpu', cpuSince(cpu), 's', null);
emit('entities.count', ents.entities.size, 'entities', null);
sampleRss();

// Near-duplicate precision/recall over pairs, against the generator's ground truth.
const root = (id: string): string => {
  const s = byId.get(id)!;
  return s.copyOf ? root(s.copyOf) : id;
};
const truePairs = new Set<string>();
const groups = new Map<string, string[]>();
for (const s of stories) groups.set(root(s.id), [...(groups.get(root(s.id)) ?? []), s.id]);
for (const g of groups.values())
  for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) truePairs.add([g[i], g[j]].sort().join('|'));
let predicted = 0;
let hit = 0;
for (const c of clusters) {
  for (let i = 0; i < c.storyIds.length; i++) {
    for (let j = i + 1; j < c.storyIds.length; j++) {
      predicted++;
      if (truePairs.has([c.storyIds[i], c.storyIds[j]].sort().join('|'))) hit++;
    }
  }
}
emit('duplicates.clusters', clusters.length, 'clusters', null);
emit('duplicates.precision', predicted ? hit / predicted : 1, 'ratio', 0.9, 'higher');
emit('duplicates.recall', truePairs.size ? hit / truePairs.size : 1, 'ratio', 0.9, 'higher');

const pr = scoreAgainstLabels();
emit('entities.precision_labelled', pr.precision, 'ratio', 0.8, 'higher');
emit('entities.recall_labelled', pr.recall, 'ratio', 0.7, 'higher');

sampleRss();
clearInterval(timer);
emit('memory.peak_rss', peakRss / 1048576, 'MB', 400);

// Side by side: Debian's desktop search engine indexing the same dumps (`--recoll`).
if (process.argv.includes('--recoll')) {
  const work = mkdtempSync(join(tmpdir(), 'dossier-recoll-'));
  mkdirSync(join(work, 'conf'));
  writeFileSync(join(work, 'conf', 'recoll.conf'), `topdirs = ${join(corpusDir, 'dumps')}\nloglevel = 1\n`);
  const a = performance.now();
  const r = spawnSync('recollindex', ['-c', join(work, 'conf'), '-z'], { stdio: 'ignore', timeout: 1_800_000 });
  const recoll = (performance.now() - a) / 1000;
  if (r.status === 0) {
    emit('recoll.index_build', recoll, 's', null);
    emit('recoll.time_ratio_vs_dossier_index', recoll / (cold / 1000), 'x', 1, 'higher');
  } else process.stderr.write(`recollindex failed (${r.error?.message ?? r.status}); is recoll installed?\n`);
  rmSync(work, { recursive: true, force: true });
}
