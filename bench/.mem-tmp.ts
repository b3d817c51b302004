import { generateCorpus } from './corpus/generate';
import { extractStoryEntities } from '../electron/core/entities/extract';
const dumps = generateCorpus({ dumps: 3000 });
const stories: any[] = [];
for (const d of dumps) for (const s of d.stories) { const text = d.text.slice(s.start, s.end); const nl = text.indexOf('\n'); stories.push({ id: s.key, title: s.title, body: text.slice(nl + 1) }); }
const heap = () => { (globalThis as any).gc(); return Math.round(process.memoryUsage().heapUsed / 1048576); };
console.log('heap corpus', heap());
const per = new Map<string, any>();
for (const s of stories) per.set(s.id, extractStoryEntities(`${s.title}\n\n${s.body}`));
console.log('heap after extract', heap());
let n = 0, weak = 0, surf = 0, chars = 0;
for (const l of per.values()) for (const e of l) { n++; if (!e.strong) weak++; surf += e.surfaces.length; chars += e.name.length + e.key.length; }
console.log({ stories: stories.length, n, weak, surf, chars });
const { nameKey } = await import('../electron/core/entities/name-key');
const m = new Map(); for (let i = 0; i < 60000; i++) nameKey('Zzq' + i); console.log('heap after memo reset', heap());
