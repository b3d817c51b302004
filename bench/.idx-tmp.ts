import { generateCorpus } from './corpus/generate';
import { FullTextIndex } from '../electron/core/search/full-text-index';
import { parseQuery } from '../electron/core/search/query-parser';
import { runSearch, type SearchContext } from '../electron/core/search/search-engine';
const n = Number(process.argv[2] ?? 10000);
const dumps = generateCorpus({ dumps: n });
const stories: any[] = [];
for (const d of dumps) for (const s of d.stories) { const text = d.text.slice(s.start, s.end); const nl = text.indexOf('\n'); stories.push({ id: s.key, path: d.path, title: s.title, date: s.date, source: s.source, language: s.language, body: text.slice(nl + 1) }); }
const mem = () => Math.round(process.memoryUsage().rss / 1048576);
console.log('rss after corpus', mem());
let c0 = process.cpuUsage(); let t = performance.now();
const index = new FullTextIndex();
for (const s of stories) index.add(s.id, s.title, s.body);
const cpu = (c: NodeJS.CpuUsage) => ((process.cpuUsage(c).user + process.cpuUsage(c).system) / 1e6).toFixed(2);
console.log('build wall', ((performance.now() - t) / 1000).toFixed(2), 'cpu', cpu(c0), 'rss', mem());
c0 = process.cpuUsage(); t = performance.now();
const bin = index.serialize(); console.log('ser', ((performance.now() - t) / 1000).toFixed(2), 'MB', (bin.byteLength / 1048576).toFixed(1));
c0 = process.cpuUsage(); t = performance.now();
const warm = FullTextIndex.deserialize(bin.slice())!;
console.log('load wall', ((performance.now() - t) / 1000).toFixed(2), 'cpu', cpu(c0), warm.size);
const byId = new Map(stories.map((s) => [s.id, s]));
const ctx: SearchContext = { story: (id) => byId.get(id), body: (id) => byId.get(id)!.body, storiesWithEntity: () => new Set(), entityNames: () => [], facts: null };
const queries = ['lavrov', 'wang yi tianjin', '"joint statement"', 'pyongyang -drones', 'sanct', 'Lavorv', 'kremlin source:Reuters', 'peskov after:2024-01-01 before:2024-03-01', 'лавров', 'pension reform lang:en', 'kamardru', 'seoul tokyo washington file:dumps/003'];
for (const wf of [false, true]) {
  for (const q of queries) runSearch(index, ctx, parseQuery(q), 20, wf);
  const per: Record<string, number[]> = {};
  for (let r = 0; r < 5; r++) for (const q of queries) { const a = performance.now(); const res = runSearch(index, ctx, parseQuery(q), 20, wf); (per[q] ??= []).push(performance.now() - a); if (r === 0 && !wf) console.log(q, 'total', res.total, res.warnings.join(' ')); }
  for (const [q, ts] of Object.entries(per)) console.log(wf ? 'F' : ' ', q.padEnd(40), ts.sort((a, b) => a - b)[2].toFixed(1));
}
console.log('rss end', mem());
if (process.env.PROF) {
  const { Session } = await import('node:inspector/promises');
  const ses = new Session(); ses.connect(); await ses.post('Profiler.enable'); await ses.post('Profiler.start');
  for (let r = 0; r < 10; r++) for (const q of queries) runSearch(index, ctx, parseQuery(q), 20, false);
  const { profile } = await ses.post('Profiler.stop');
  (await import('node:fs')).writeFileSync('/tmp/ibench/search.cpuprofile', JSON.stringify(profile));
}
