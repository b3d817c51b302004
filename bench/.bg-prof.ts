import { createHash } from 'node:crypto';
import { generateCorpus } from './corpus/generate';
import { extractStoryEntities as extractEntities } from '../electron/core/entities/extract';
import { EntityIndex } from '../electron/core/entities/entity-index';
import { signature } from '../electron/core/related/minhash';
import { findDuplicates } from '../electron/core/related/duplicates';
const N = Number(process.argv[2] ?? 2000);
const dumps = generateCorpus({ dumps: N });
const stories: any[] = [];
for (const d of dumps) for (const s of d.stories) { const text = d.text.slice(s.start, s.end); const nl = text.indexOf('\n'); stories.push({ id: s.key, title: s.title, body: text.slice(nl + 1) }); }
const cpu = (c: NodeJS.CpuUsage) => ((process.cpuUsage(c).user + process.cpuUsage(c).system) / 1e6).toFixed(2);
const mem = () => { (globalThis as any).gc?.(); return Math.round(process.memoryUsage().rss / 1048576) + '/' + Math.round(process.memoryUsage().heapUsed / 1048576); };
console.log('after corpus', mem());
let prof: any = null;
if (process.env.PROF) { const { Session } = await import('node:inspector/promises'); prof = new Session(); prof.connect(); await prof.post('Profiler.enable'); await prof.post('Profiler.start'); }
let c0 = process.cpuUsage();
const per = new Map<string, any>();
for (const s of stories) per.set(s.id, extractEntities(`${s.title}\n\n${s.body}`));
console.log('extract cpu', cpu(c0), 'rss', mem());
c0 = process.cpuUsage();
const items = stories.map((s) => ({ id: s.id, signature: signature(s.body), exactHash: createHash('sha1').update(s.body).digest('base64') }));
console.log('sig cpu', cpu(c0));
c0 = process.cpuUsage();
const ents = new EntityIndex(per, { merges: [], splits: [] });
console.log('entindex cpu', cpu(c0), ents.entities.size, 'rss', mem());
c0 = process.cpuUsage();
const cl = await findDuplicates(items);
console.log('dups cpu', cpu(c0), cl.length);
if (prof) { const { profile } = await prof.post('Profiler.stop'); (await import('node:fs')).writeFileSync('/tmp/ibench/bg.cpuprofile', JSON.stringify(profile)); }
