import { generateCorpus } from './corpus/generate';
import { FullTextIndex } from '../electron/core/search/full-text-index';
import { terms } from '../electron/core/search/tokenize';
const dumps = generateCorpus({ dumps: 10000 });
const stories: any[] = [];
for (const d of dumps) for (const s of d.stories) { const text = d.text.slice(s.start, s.end); const nl = text.indexOf('\n'); stories.push({ id: s.key, title: s.title, body: text.slice(nl + 1) }); }
const cpu = (c: NodeJS.CpuUsage) => ((process.cpuUsage(c).user + process.cpuUsage(c).system) / 1e6).toFixed(2);
let na = 0; for (const s of stories) if (/[^\x00-\x7f]/.test(s.body)) na++; console.log('nonascii', na, stories.length);
let c0 = process.cpuUsage(); let n = 0;
for (const s of stories) n += terms(s.body).length;
console.log('terms cpu', cpu(c0), n);
const { Session } = await import('node:inspector/promises');
const ses = new Session(); ses.connect(); await ses.post('Profiler.enable'); await ses.post('Profiler.start');
c0 = process.cpuUsage();
const index = new FullTextIndex();
for (const s of stories) index.add(s.id, s.title, s.body);
console.log('build cpu', cpu(c0));
const { profile } = await ses.post('Profiler.stop');
(await import('node:fs')).writeFileSync('/tmp/ibench/build.cpuprofile', JSON.stringify(profile));
